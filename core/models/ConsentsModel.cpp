#include "core/models/ConsentsModel.h"

#include "core/models/EntityNames.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {
constexpr int ClientTypeRole = FirstCustomRole;

QString formatTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' +
           locale.toString(local.time(), u"HH:mm"_s);
}
} // namespace

ConsentsModel::ConsentsModel(const AdminExtensionsApi *api, QObject *parent)
    : PagedRowsModel(parent)
    , m_api(api)
{}

void ConsentsModel::setEntityNames(EntityNames *names)
{
    if (m_names)
        disconnect(m_names, nullptr, this, nullptr);
    m_names = names;
    if (m_names)
        connect(m_names, &EntityNames::resolved, this, &ConsentsModel::onNameResolved);
}

void ConsentsModel::setQuery(const ConsentQuery &query)
{
    if (query == m_query && isLoaded())
        return;
    m_query = query;
    reload();
}

int ConsentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConsentsModel::statusLabel(Consent::Status status)
{
    switch (status) {
    case Consent::Status::Active:
        return tr("Active");
    case Consent::Status::Revoked:
        return tr("Revoked");
    case Consent::Status::Expired:
        return tr("Expired");
    case Consent::Status::Unknown:
        break;
    }
    return tr("Unknown");
}

QVariant ConsentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Consent &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == KindRole)
        return int(c.status);
    if (role == ClientTypeRole)
        return c.clientType;
    if (role == ResourceServerIdRole)
        return c.resourceServerId;
    switch (index.column()) {
    case UserColumn: {
        if (role == RawRole || role == Qt::ToolTipRole)
            return c.userId;
        if (role != Qt::DisplayRole && role != SortRole)
            break;
        const QString name = m_names ? m_names->name(c.userId, EntityRef::Type::User) : QString();
        const QString shown = name.isEmpty() ? c.userId : name;
        return role == SortRole ? QVariant(shown.toCaseFolded()) : QVariant(shown);
    }
    case ClientColumn:
        if (role == Qt::DisplayRole)
            return c.clientName.isEmpty() ? c.clientId : c.clientName;
        if (role == SortRole)
            return (c.clientName.isEmpty() ? c.clientId : c.clientName).toCaseFolded();
        if (role == RawRole)
            return c.clientEntityId;
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2, client id %3)")
                .arg(c.clientName, c.clientType == "agent"_L1 ? tr("agent") : tr("application"),
                     c.clientId);
        break;
    case ResourceServerColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            if (c.resourceServerId.isEmpty())
                return role == SortRole ? QVariant(QString()) : QVariant(tr("(OpenID only)"));
            return c.resourceServerName.isEmpty() ? c.resourceServerIdentifier
                                                  : c.resourceServerName;
        }
        if (role == RawRole)
            return c.resourceServerId;
        if (role == Qt::ToolTipRole)
            return c.resourceServerIdentifier;
        break;
    case ScopesColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return c.scopes.join(u' ');
        if (role == RawRole)
            return c.scopes;
        if (role == Qt::ToolTipRole)
            return c.scopes.join(u'\n');
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return statusLabel(c.status);
        if (role == RawRole)
            return Consent::statusName(c.status);
        if (role == SortRole)
            return int(c.status);
        if (role == Qt::ToolTipRole && c.revokedAt.isValid())
            return tr("Revoked %1").arg(formatTime(c.revokedAt));
        break;
    case CreatedColumn:
        if (role == Qt::DisplayRole)
            return formatTime(c.createdAt);
        if (role == RawRole || role == SortRole)
            return c.createdAt;
        break;
    case ExpiresColumn:
        if (role == Qt::DisplayRole)
            return formatTime(c.expiresAt);
        if (role == RawRole || role == SortRole)
            return c.expiresAt;
        break;
    default:
        break;
    }
    return {};
}

QVariant ConsentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn:
        return tr("User");
    case ClientColumn:
        return tr("Agent or application");
    case ResourceServerColumn:
        return tr("Resource server");
    case ScopesColumn:
        return tr("Scopes");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Granted");
    case ExpiresColumn:
        return tr("Expires");
    default:
        break;
    }
    return {};
}

Consent ConsentsModel::consentAt(int row) const
{
    return rowOr(row);
}

void ConsentsModel::updateConsent(const Consent &consent)
{
    const int row = rowOf(consent.id);
    if (row < 0)
        return;
    m_rows[row] = consent;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ConsentsModel::requestPage(const PageRequest &request, int generation)
{
    m_api->listConsents(m_query, request)
        .then(this, [this, generation](const Result<Page<Consent>> &r) {
            deliverPage(generation, r,
                        [this](const QList<Consent> &items) { m_rows.append(items); });
        });
}

void ConsentsModel::onNameResolved(const QString &id)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).userId == id)
            Q_EMIT dataChanged(index(row, UserColumn), index(row, UserColumn));
    }
}

// --- ConsentFilterProxy ---------------------------------------------------------------------

ConsentFilterProxy::ConsentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void ConsentFilterProxy::setStatus(Consent::Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
}

void ConsentFilterProxy::setClientType(const QString &clientType)
{
    if (m_clientType == clientType)
        return;
    m_clientType = clientType;
    invalidateFilter();
}

void ConsentFilterProxy::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (m_text == t)
        return;
    m_text = t;
    invalidateFilter();
}

bool ConsentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m)
        return false;
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (m_status != Consent::Status::Unknown && first.data(KindRole).toInt() != int(m_status))
        return false;
    if (!m_clientType.isEmpty() && first.data(ClientTypeRole).toString() != m_clientType)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c : {int(ConsentsModel::UserColumn), int(ConsentsModel::ClientColumn),
                  int(ConsentsModel::ResourceServerColumn), int(ConsentsModel::ScopesColumn)}) {
        if (m->index(sourceRow, c, sourceParent)
                .data(Qt::DisplayRole)
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace tid::core
