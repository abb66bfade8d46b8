#pragma once

#include "core/token/Finding.h"

#include <QAbstractTableModel>

namespace tid::core {

// Validator findings as a table: severity, message, code, RFC reference. SeverityRole holds the
// Finding::Severity as int so the view can colour rows; the model stays free of QtGui.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Column
    {
        SeverityColumn,
        MessageColumn,
        CodeColumn,
        ReferenceColumn,
        ColumnCount
    };
    enum Role
    {
        SeverityRole = Qt::UserRole + 1, // int(Finding::Severity)
        CodeRole,
        ReferenceRole,
        SortRole, // errors first, then warnings, then info; stable by position
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const Findings &findings);
    void clear();
    const Findings &findings() const { return m_findings; }
    int count(Finding::Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString severityText(Finding::Severity severity);

private:
    Findings m_findings;
};

} // namespace tid::core
