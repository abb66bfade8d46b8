#pragma once

#include "core/api/AdminExtensionsApi.h"
#include "core/domain/Consent.h"
#include "core/models/ApiReady.h"
#include "core/models/PagedRowsModel.h"

#include <QPointer>
#include <QSortFilterProxyModel>

namespace tid::core {

class EntityNames;

// Consents (extension API `consents`), newest first, a page at a time. setQuery() applies the
// server-side filters (user, client, resource server, status) and reloads.
class ConsentsModel final : public PagedRowsModel<Consent>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentsModel)

public:
    enum Column
    {
        UserColumn,
        ClientColumn,
        ResourceServerColumn,
        ScopesColumn,
        StatusColumn,
        CreatedColumn,
        ExpiresColumn,
        ColumnCount
    };

    explicit ConsentsModel(const AdminExtensionsApi *api = nullptr, QObject *parent = nullptr);

    // Off: the server lacks the extension; the model loads nothing (reload() clears it).
    void setAvailable(bool available) { m_available = available; }
    bool isAvailable() const { return m_available; }
    // Resolves user ids to names (optional).
    void setEntityNames(EntityNames *names);
    void setQuery(const ConsentQuery &query);
    ConsentQuery query() const { return m_query; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Consent consentAt(int row) const;
    // After a revoke: replace the row's value.
    void updateConsent(const Consent &consent);

    static QString statusLabel(Consent::Status status);

protected:
    bool canRequest() const override { return m_available && apiReady(m_api); }
    void requestPage(const PageRequest &request, int generation) override;
    QString idOf(const Consent &c) const override { return c.id; }

private:
    void onNameResolved(const QString &id);

    const AdminExtensionsApi *const m_api;
    bool m_available = true;
    QPointer<EntityNames> m_names;
    ConsentQuery m_query;
};

// Client-side filters over the loaded consents.
class ConsentFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentFilterProxy)

public:
    explicit ConsentFilterProxy(QObject *parent = nullptr);

    void setStatus(Consent::Status status);        // Unknown: any
    void setClientType(const QString &clientType); // "agent", "app", empty: any
    void setText(const QString &text);             // user, client, resource server, scopes

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Consent::Status m_status = Consent::Status::Unknown;
    QString m_clientType;
    QString m_text;
};

} // namespace tid::core
