#include "core/models/FindingsModel.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FindingsModel::setFindings(const Findings &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

void FindingsModel::clear()
{
    setFindings({});
}

int FindingsModel::count(Finding::Severity severity) const
{
    int n = 0;
    for (const Finding &f : m_findings)
        n += f.severity == severity ? 1 : 0;
    return n;
}

QString FindingsModel::severityText(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Info:
        return tr("Info");
    case Finding::Severity::Warning:
        return tr("Warning");
    case Finding::Severity::Error:
        return tr("Error");
    }
    return {};
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_findings.size())
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(f.severity);
        case MessageColumn:
            return f.message;
        case CodeColumn:
            return f.code;
        case ReferenceColumn:
            return f.reference;
        }
        return {};
    case Qt::ToolTipRole:
        return u"%1 — %2\n%3\n%4"_s.arg(severityText(f.severity), f.code, f.message, f.reference);
    case SeverityRole:
        return int(f.severity);
    case CodeRole:
        return f.code;
    case ReferenceRole:
        return f.reference;
    case SortRole:
        return (2 - int(f.severity)) * 100000 + index.row();
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Finding");
    case CodeColumn:
        return tr("Code");
    case ReferenceColumn:
        return tr("Reference");
    default:
        return {};
    }
}

QHash<int, QByteArray> FindingsModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SeverityRole, "severity");
    names.insert(CodeRole, "code");
    names.insert(ReferenceRole, "reference");
    names.insert(SortRole, "sort");
    return names;
}

} // namespace tid::core
