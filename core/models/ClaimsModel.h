#pragma once

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace tid::core {

class Jwt;

// The header and payload of a JWT as a tree: two top-level rows ("Header", "Payload"), one row
// per member, nested objects and arrays expandable. Column 0 is the claim with its IANA "JSON Web
// Token Claims" / JOSE header registry label, column 1 the value. NumericDate claims show local
// time plus a relative phrase ("in 4 min", "expired 2 h ago"); RawRole always holds the raw value.
class ClaimsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimsModel)

public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        ColumnCount
    };
    enum Role
    {
        RawRole = Qt::UserRole + 1, // QVariant of the raw JSON value
        KeyRole,                    // member name ("exp"), or "[i]" inside arrays
        RawJsonRole,                // compact JSON text of the value
        IsNumericDateRole,          // bool
        SectionRole,                // "header" or "payload"
        PathRole,                   // "payload.act.sub"
    };

    explicit ClaimsModel(QObject *parent = nullptr);
    ~ClaimsModel() override;

    void setToken(const Jwt &jwt);
    void setClaims(const QJsonObject &header, const QJsonObject &payload);
    void clear();

    // Time the relative phrases are computed against (seconds since the epoch); 0 = the clock.
    void setReferenceTime(qint64 secs);
    // Re-announces every NumericDate value (the view calls this once per second).
    void refreshTimes();

    // Registry label ("Expiration Time") for a claim or header name; empty when not registered.
    static QString claimLabel(const QString &name, bool header);
    static QString claimDescription(const QString &name, bool header);
    static bool isNumericDateClaim(const QString &name);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The index of a member by path, e.g. "payload.exp"; invalid when absent.
    QModelIndex indexForPath(const QString &path) const;

private:
    struct Node
    {
        QString key;
        QJsonValue value;
        Node *parent = nullptr;
        int row = 0;
        bool inHeader = false;
        bool isSection = false;
        bool topLevelClaim = false;
        std::vector<std::unique_ptr<Node>> children;
    };
    void build(Node *node, const QJsonValue &value, bool inHeader);
    Node *nodeFor(const QModelIndex &index) const;
    QString displayValue(const Node *node) const;
    QString path(const Node *node) const;
    qint64 now() const;
    void collectDates(Node *node, QModelIndexList &out) const;

    std::vector<std::unique_ptr<Node>> m_sections;
    qint64 m_referenceTime = 0;
};

} // namespace tid::core
