#include "core/models/CredentialsModel.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

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

CredentialsModel::CredentialsModel(const AdminExtensionsApi *api, QObject *parent)
    : PagedRowsModel(parent)
    , m_api(api)
{}

void CredentialsModel::setAgentId(const QString &agentId)
{
    m_agentId = agentId;
    m_clientId.clear();
    if (agentId.isEmpty())
        clear();
    else
        reload();
}

int CredentialsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CredentialsModel::statusLabel(Credential::Status status)
{
    switch (status) {
    case Credential::Status::Active:
        return tr("Active");
    case Credential::Status::Expiring:
        return tr("Expiring (grace period)");
    case Credential::Status::Expired:
        return tr("Expired");
    case Credential::Status::Revoked:
        return tr("Revoked");
    case Credential::Status::Unknown:
        break;
    }
    return tr("Unknown");
}

QVariant CredentialsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Credential &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == KindRole)
        return int(c.status);
    auto timeCell = [role](const QDateTime &t, const QString &none) -> QVariant {
        if (role == Qt::DisplayRole)
            return t.isValid() ? formatTime(t) : none;
        if (role == RawRole || role == SortRole)
            return t;
        if (role == Qt::ToolTipRole && t.isValid())
            return t.toUTC().toString(Qt::ISODate);
        return {};
    };
    switch (index.column()) {
    case StatusColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return statusLabel(c.status);
        if (role == RawRole)
            return Credential::statusName(c.status);
        if (role == SortRole)
            return int(c.status);
        break;
    case CreatedColumn:
        return timeCell(c.createdAt, tr("—"));
    case LastUsedColumn:
        return timeCell(c.lastUsedAt, tr("never"));
    case ExpiresColumn:
        if (c.status == Credential::Status::Revoked)
            return timeCell(c.revokedAt, tr("—"));
        return timeCell(c.expiresAt, tr("no expiry"));
    case IdColumn:
        if (role == Qt::DisplayRole || role == RawRole || role == SortRole)
            return c.id;
        break;
    default:
        break;
    }
    return {};
}

QVariant CredentialsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case LastUsedColumn:
        return tr("Last used");
    case ExpiresColumn:
        return tr("Expires / revoked");
    case IdColumn:
        return tr("ID");
    default:
        break;
    }
    return {};
}

Credential CredentialsModel::credentialAt(int row) const
{
    return rowOr(row);
}

void CredentialsModel::requestPage(const PageRequest &, int generation)
{
    m_api->listCredentials(m_agentId).then(
        this, [this, generation](const Result<CredentialList> &r) {
            Result<Page<Credential>> page;
            page.error = r.error;
            page.httpStatus = r.httpStatus;
            page.value.items = r.value.credentials;
            page.value.totalResults = int(r.value.credentials.size());
            page.value.count = page.value.totalResults;
            if (r.ok() && generation == this->generation())
                m_clientId = r.value.clientId;
            deliverPage(generation, page,
                        [this](const QList<Credential> &items) { m_rows.append(items); });
        });
}

// --- CredentialFilterProxy ------------------------------------------------------------------

CredentialFilterProxy::CredentialFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void CredentialFilterProxy::setStatus(Credential::Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
}

void CredentialFilterProxy::setUsableOnly(bool usableOnly)
{
    if (m_usableOnly == usableOnly)
        return;
    m_usableOnly = usableOnly;
    invalidateFilter();
}

bool CredentialFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m)
        return false;
    const auto status = Credential::Status(
        m->index(sourceRow, CredentialsModel::StatusColumn, sourceParent).data(KindRole).toInt());
    if (m_status != Credential::Status::Unknown && status != m_status)
        return false;
    if (m_usableOnly &&
        (status == Credential::Status::Expired || status == Credential::Status::Revoked))
        return false;
    return true;
}

} // namespace tid::core
