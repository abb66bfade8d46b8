#include "core/models/CibaRequestsModel.h"

#include "core/api/ApiClient.h"
#include "core/api/EventStream.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

QString formatTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), u"HH:mm:ss"_s);
    if (local.date() == QDate::currentDate())
        return time;
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' + time;
}

bool newerThan(const CibaRequest &a, const CibaRequest &b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id > b.id;
}

} // namespace

CibaRequestsModel::CibaRequestsModel(const CibaApprovalsApi *api, QObject *parent, Start start)
    : QAbstractTableModel(parent)
    , m_given(api)
    , m_api(start == Start::Now ? api : nullptr)
    , m_pollTimer(new QTimer(this))
    , m_tickTimer(new QTimer(this))
{
    m_pollTimer->setInterval(m_pollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &CibaRequestsModel::refresh);
    m_tickTimer->setInterval(1000);
    connect(m_tickTimer, &QTimer::timeout, this, &CibaRequestsModel::tick);
    if (m_api)
        refresh();
    updateStream();
    updateTimers();
}

CibaRequestsModel::~CibaRequestsModel() = default;

void CibaRequestsModel::setLiveUpdates(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    updateStream();
    updateTimers();
}

bool CibaRequestsModel::isLive() const
{
    return m_stream && m_stream->isConnected();
}

void CibaRequestsModel::updateStream()
{
    ApiClient *client = m_api ? m_api->client() : nullptr;
    const bool want = m_live && client && client->baseUrl().isValid();
    if (m_stream && (!want || m_streamClient != client)) {
        const bool wasLive = m_stream->isConnected();
        delete m_stream;
        m_stream = nullptr;
        if (wasLive)
            Q_EMIT liveChanged(false);
    }
    if (!want || m_stream)
        return;
    m_streamClient = client;
    m_stream = new EventStream(client, u"/ciba/requests/stream"_s, this);
    connect(m_stream, &EventStream::eventReceived, this, &CibaRequestsModel::refresh);
    connect(m_stream, &EventStream::connectedChanged, this, [this](bool connected) {
        updateTimers();
        if (connected)
            refresh(); // what changed while the stream was closed
        Q_EMIT liveChanged(connected);
    });
    m_stream->start();
}

void CibaRequestsModel::setActive(bool active)
{
    m_api = active ? m_given : nullptr;
    clear();
    if (m_api)
        refresh();
    // Always a new stream: the same client may now talk to another server or carry another
    // token.
    m_streamClient = nullptr;
    updateStream();
    updateTimers();
}

void CibaRequestsModel::setPollInterval(int ms)
{
    m_pollMs = qMax(0, ms);
    updateTimers();
}

void CibaRequestsModel::updateTimers()
{
    const bool polling = m_api && m_pollMs > 0;
    const int interval = isLive() ? qMax(m_pollMs, LivePollIntervalMs) : m_pollMs;
    if (polling && m_pollTimer->interval() != interval)
        m_pollTimer->setInterval(interval);
    if (polling && !m_pollTimer->isActive())
        m_pollTimer->start();
    else if (!polling)
        m_pollTimer->stop();
    if (!m_rows.isEmpty() && !m_tickTimer->isActive())
        m_tickTimer->start();
    else if (m_rows.isEmpty())
        m_tickTimer->stop();
}

void CibaRequestsModel::clear()
{
    ++m_generation; // answers in flight belong to the old list
    setInFlight(false);
    m_refreshAgain = false;
    m_loaded = false;
    m_failing = false;
    m_lastError = {};
    m_removed.clear();
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        m_expiredShown.clear();
        endResetModel();
    }
    updateTimers();
}

void CibaRequestsModel::refresh()
{
    if (!m_api || !m_api->client() || !m_api->client()->baseUrl().isValid())
        return;
    if (m_inFlight) {
        m_refreshAgain = true; // the list in flight may predate what the caller knows of
        return;
    }
    setInFlight(true);
    const int generation = m_generation;
    m_api->listRequests(CibaRequest::Status::Pending)
        .then(this, [this, generation](const Result<Page<CibaRequest>> &r) {
            if (generation != m_generation)
                return;
            setInFlight(false);
            if (m_refreshAgain) {
                m_refreshAgain = false;
                QTimer::singleShot(0, this, &CibaRequestsModel::refresh);
            }
            if (!r.ok()) {
                m_lastError = r.error;
                if (!m_failing) {
                    m_failing = true;
                    Q_EMIT errorOccurred(r.error);
                }
                return;
            }
            m_failing = false;
            m_lastError = {};
            merge(r.value.items);
            m_loaded = true;
            updateTimers();
            Q_EMIT refreshed();
        });
}

void CibaRequestsModel::setInFlight(bool inFlight)
{
    if (m_inFlight == inFlight)
        return;
    m_inFlight = inFlight;
    Q_EMIT busyChanged(inFlight);
}

void CibaRequestsModel::merge(const QList<CibaRequest> &freshList)
{
    QList<CibaRequest> fresh;
    QSet<QString> freshIds;
    for (const CibaRequest &r : freshList) {
        if (m_removed.contains(r.id))
            continue;
        fresh.append(r);
        freshIds.insert(r.id);
    }
    std::stable_sort(fresh.begin(), fresh.end(), newerThan);
    // Gone from the server's pending list: decided, expired or consumed.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (freshIds.contains(m_rows.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_expiredShown.removeAt(row);
        endRemoveRows();
    }
    // Update what stayed, insert what is new at its place (newest first).
    for (const CibaRequest &r : fresh) {
        const int existing = rowOf(r.id);
        if (existing >= 0) {
            m_rows[existing] = r;
            Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            continue;
        }
        int at = 0;
        while (at < m_rows.size() && newerThan(m_rows.at(at), r))
            ++at;
        beginInsertRows({}, at, at);
        m_rows.insert(at, r);
        m_expiredShown.insert(at, !r.isDecidable(QDateTime::currentDateTimeUtc()));
        endInsertRows();
    }
}

void CibaRequestsModel::tick()
{
    if (m_rows.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_rows.size(); ++row) {
        const bool expired = !m_rows.at(row).isDecidable(now);
        if (expired != m_expiredShown.at(row)) {
            m_expiredShown[row] = expired;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    Q_EMIT dataChanged(index(0, ExpiresColumn), index(int(m_rows.size()) - 1, ExpiresColumn),
                       {Qt::DisplayRole});
}

int CibaRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CibaRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CibaRequestsModel::formatRemaining(qint64 seconds)
{
    if (seconds <= 0)
        return tr("expired");
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QVariant CibaRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CibaRequest &c = m_rows.at(index.row());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (role == IdRole)
        return c.id;
    if (role == KindRole)
        return int(c.status);
    if (role == ExpiredRole)
        return !c.isDecidable(now);
    if (role == ResourceServerIdRole)
        return c.resourceServerId;
    switch (index.column()) {
    case AgentColumn: {
        const QString shown = c.clientName.isEmpty() ? c.clientId : c.clientName;
        if (role == Qt::DisplayRole && !c.actingFor.id.isEmpty())
            return tr("%1 for %2")
                .arg(shown, c.actingFor.name.isEmpty() ? c.actingFor.id : c.actingFor.name);
        if (role == Qt::DisplayRole)
            return shown;
        if (role == SortRole)
            return shown.toCaseFolded();
        if (role == RawRole)
            return c.clientEntityId;
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2, client id %3)")
                .arg(shown, c.clientType == "app"_L1 ? tr("application") : tr("agent"), c.clientId);
        break;
    }
    case UserColumn:
        if (role == Qt::DisplayRole || role == RawRole || role == Qt::ToolTipRole)
            return c.userId;
        if (role == SortRole)
            return c.userId.toCaseFolded();
        break;
    case BindingMessageColumn:
        if (role == Qt::DisplayRole || role == RawRole || role == Qt::ToolTipRole)
            return c.bindingMessage;
        if (role == SortRole)
            return c.bindingMessage.toCaseFolded();
        break;
    case ScopesColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return c.scopeNames().join(u' ');
        if (role == RawRole)
            return c.scopeNames();
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (const CibaRequest::Scope &s : c.scopes)
                lines << (s.description.isEmpty() ? s.name
                                                  : tr("%1 — %2").arg(s.name, s.description));
            return lines.join(u'\n');
        }
        break;
    case ResourceColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            if (c.resourceServerId.isEmpty())
                return role == SortRole ? QVariant(QString()) : QVariant(tr("(OpenID only)"));
            return c.resourceServerName.isEmpty() ? c.resourceServerIdentifier
                                                  : c.resourceServerName;
        }
        if (role == RawRole)
            return c.resourceServerIdentifier;
        if (role == Qt::ToolTipRole)
            return c.resourceServerIdentifier;
        break;
    case RequestedColumn:
        if (role == Qt::DisplayRole)
            return formatTime(c.createdAt);
        if (role == Qt::ToolTipRole)
            return QLocale().toString(c.createdAt.toLocalTime(), QLocale::LongFormat);
        if (role == RawRole || role == SortRole)
            return c.createdAt;
        break;
    case ExpiresColumn:
        if (role == Qt::DisplayRole) {
            if (!c.expiresAt.isValid())
                return QString();
            return formatRemaining(now.secsTo(c.expiresAt));
        }
        if (role == RawRole || role == SortRole)
            return c.expiresAt;
        if (role == Qt::ToolTipRole)
            return tr("Expires %1").arg(formatTime(c.expiresAt));
        break;
    default:
        break;
    }
    return {};
}

QVariant CibaRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AgentColumn:
        return tr("Agent or application");
    case UserColumn:
        return tr("User");
    case BindingMessageColumn:
        return tr("Binding message");
    case ScopesColumn:
        return tr("Scopes");
    case ResourceColumn:
        return tr("Resource server");
    case RequestedColumn:
        return tr("Requested");
    case ExpiresColumn:
        return tr("Expires in");
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> CibaRequestsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawRole, "raw");
    names.insert(SortRole, "sort");
    names.insert(IdRole, "id");
    names.insert(KindRole, "status");
    names.insert(ExpiredRole, "expired");
    return names;
}

CibaRequest CibaRequestsModel::requestAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : CibaRequest{};
}

int CibaRequestsModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

bool CibaRequestsModel::isExpired(int row) const
{
    return row < 0 || row >= m_rows.size() ||
           !m_rows.at(row).isDecidable(QDateTime::currentDateTimeUtc());
}

void CibaRequestsModel::removeRequest(const QString &id)
{
    m_removed.insert(id);
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_expiredShown.removeAt(row);
    endRemoveRows();
    updateTimers();
}

} // namespace tid::core
