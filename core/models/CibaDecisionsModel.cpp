#include "core/models/CibaDecisionsModel.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

CibaDecisionsModel::CibaDecisionsModel(const CibaApprovalsApi *api, QObject *parent)
    : PagedRowsModel<CibaRequest>(parent)
    , m_api(api)
{}

int CibaDecisionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CibaDecisionsModel::outcomeLabel(CibaRequest::Status status)
{
    switch (status) {
    case CibaRequest::Status::Pending:
        return tr("waiting");
    case CibaRequest::Status::Approved:
        return tr("approved");
    case CibaRequest::Status::Consumed:
        return tr("approved, tokens issued");
    case CibaRequest::Status::Denied:
        return tr("denied");
    case CibaRequest::Status::Expired:
        return tr("expired");
    case CibaRequest::Status::Unknown:
        break;
    }
    return tr("unknown");
}

QVariant CibaDecisionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CibaRequest r = rowOr(index.row());
    if (role == IdRole)
        return r.id;
    if (role == StatusRole || role == KindRole)
        return int(r.status);
    const bool granted =
        r.status == CibaRequest::Status::Approved || r.status == CibaRequest::Status::Consumed;
    switch (index.column()) {
    case DecidedColumn: {
        // When it was decided; an expired request ended at its expiry, a waiting one not yet.
        const QDateTime when = r.decidedAt.isValid()                      ? r.decidedAt
                               : r.status == CibaRequest::Status::Expired ? r.expiresAt
                                                                          : r.createdAt;
        if (role == Qt::DisplayRole)
            return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
        if (role == SortRole || role == RawRole)
            return when;
        break;
    }
    case OutcomeColumn:
        if (role == Qt::DisplayRole)
            return outcomeLabel(r.status);
        if (role == RawRole || role == SortRole)
            return CibaRequest::statusName(r.status);
        break;
    case AgentColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.clientName.isEmpty() ? r.clientId : r.clientName;
        if (role == Qt::ToolTipRole)
            return tr("client id %1").arg(r.clientId);
        break;
    case BindingMessageColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return r.bindingMessage;
        break;
    case GrantedColumn:
        if (role == RawRole)
            return granted ? (r.authorizedScopes.isEmpty() ? r.scopeNames() : r.authorizedScopes)
                           : QStringList();
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
            if (!granted)
                return role == Qt::DisplayRole ? QVariant(u"—"_s) : QVariant(QString());
            const QStringList scopes =
                r.authorizedScopes.isEmpty() ? r.scopeNames() : r.authorizedScopes;
            return scopes.join(role == Qt::ToolTipRole ? u"\n"_s : u" "_s);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CibaDecisionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedTableModel::headerData(section, orientation, role);
    switch (section) {
    case DecidedColumn:
        return tr("When");
    case OutcomeColumn:
        return tr("Outcome");
    case AgentColumn:
        return tr("Agent");
    case BindingMessageColumn:
        return tr("Binding message");
    case GrantedColumn:
        return tr("Scopes granted");
    default:
        break;
    }
    return {};
}

void CibaDecisionsModel::requestPage(const PageRequest &request, int generation)
{
    m_api->listRequests(CibaRequest::Status::Unknown, request)
        .then(this, [this, generation](const Result<Page<CibaRequest>> &r) {
            deliverPage(generation, r,
                        [this](const QList<CibaRequest> &items) { m_rows.append(items); });
        });
}

} // namespace tid::core
