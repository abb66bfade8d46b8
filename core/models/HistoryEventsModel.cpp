#include "core/models/HistoryEventsModel.h"

#include "core/history/HistoryStore.h"

#include <QDateTime>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

HistoryEventsModel::HistoryEventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

HistoryEventsModel::~HistoryEventsModel() = default;

void HistoryEventsModel::setStore(HistoryStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        // Imports and syncs store in batches: one re-query per half second at most.
        auto *coalesce = new QTimer(this);
        coalesce->setSingleShot(true);
        coalesce->setInterval(500);
        connect(coalesce, &QTimer::timeout, this, &HistoryEventsModel::reload);
        connect(m_store, &HistoryStore::changed, coalesce, qOverload<>(&QTimer::start));
        connect(m_store, &QObject::destroyed, coalesce, &QObject::deleteLater);
    }
    setFilter(m_filter);
}

void HistoryEventsModel::setClientNames(const QHash<QString, QString> &names)
{
    m_clientNames = names;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, Client), index(m_rows - 1, Client), {Qt::DisplayRole});
}

void HistoryEventsModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void HistoryEventsModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    ++m_generation;
    beginResetModel();
    m_blocks.clear();
    m_requested.clear();
    m_index = {};
    m_rows = 0;
    m_count = 0;
    m_countKnown = false;
    m_error.clear();
    endResetModel();
    if (!m_store) {
        setLoading(false);
        return;
    }
    setLoading(true);
    const int generation = m_generation;
    // The first block straight away (newest first, no anchor needed) …
    m_requested.insert(0);
    m_store->page(m_filter, std::nullopt, BlockSize)
        .then(this, [this, generation](const HistoryResult<QList<HistoryEvent>> &r) {
            if (generation != m_generation)
                return;
            m_requested.remove(0);
            if (!r.ok()) {
                m_error = r.error;
                setLoading(false);
                Q_EMIT errorOccurred(r.error);
                return;
            }
            m_blocks.insert(0, Block{r.value, ++m_useClock});
            if (!m_countKnown && m_rows == 0 && !r.value.isEmpty()) {
                beginInsertRows({}, 0, int(r.value.size()) - 1);
                m_rows = int(r.value.size());
                endInsertRows();
            } else if (m_rows > 0) {
                Q_EMIT dataChanged(index(0, 0),
                                   index(std::min(m_rows, BlockSize) - 1, ColumnCount - 1));
            }
            Q_EMIT blockLoaded(0, std::min(m_rows, BlockSize) - 1);
        });
    // … then the count and the anchors for every other block.
    m_store->windowIndex(m_filter, BlockSize)
        .then(this, [this, generation](const HistoryResult<HistoryWindowIndex> &r) {
            if (generation != m_generation)
                return;
            setLoading(false);
            if (!r.ok()) {
                m_error = r.error;
                Q_EMIT errorOccurred(r.error);
                return;
            }
            m_index = r.value;
            m_count = r.value.count;
            const int rows = int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
            if (rows > m_rows) {
                beginInsertRows({}, m_rows, rows - 1);
                m_rows = rows;
                endInsertRows();
            } else if (rows < m_rows) {
                beginRemoveRows({}, rows, m_rows - 1);
                m_rows = rows;
                endRemoveRows();
            }
            m_countKnown = true;
            Q_EMIT countKnown(m_count);
        });
}

void HistoryEventsModel::reload()
{
    if (!m_store)
        return;
    // Blocks in flight stay valid unless the index really changed: only then a new generation.
    const int reloadGeneration = ++m_reloadGeneration;
    const int generation = m_generation;
    const HistoryWindowIndex before = m_index;
    setLoading(true);
    m_store->windowIndex(m_filter, BlockSize)
        .then(this, [this, reloadGeneration, generation,
                     before](const HistoryResult<HistoryWindowIndex> &r) {
            if (reloadGeneration != m_reloadGeneration || generation != m_generation)
                return; // a newer reload or another filter
            setLoading(false);
            if (!r.ok()) {
                m_error = r.error;
                Q_EMIT errorOccurred(r.error);
                return;
            }
            if (m_countKnown && r.value.count == before.count && r.value.anchors == before.anchors)
                return; // nothing new under this filter
            ++m_generation;
            beginResetModel();
            m_blocks.clear();
            m_requested.clear();
            m_index = r.value;
            m_count = r.value.count;
            m_rows = int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
            m_countKnown = true;
            m_error.clear();
            endResetModel();
            Q_EMIT countKnown(m_count);
        });
}

void HistoryEventsModel::requestBlock(int block) const
{
    if (!m_store || m_requested.contains(block))
        return;
    if (block >= m_index.anchors.size())
        return; // its anchor is not known yet: asked again once the index arrives
    m_requested.insert(block);
    const int generation = m_generation;
    auto *self = const_cast<HistoryEventsModel *>(this);
    m_store->page(m_filter, m_index.anchors.at(block), BlockSize)
        .then(self, [self, block, generation](const HistoryResult<QList<HistoryEvent>> &page) {
            // Asked from data(): never answer inside it (a finished future continues at once).
            QMetaObject::invokeMethod(
                self,
                [self, block, generation, r = page] {
                    if (generation != self->m_generation)
                        return;
                    self->m_requested.remove(block);
                    if (!r.ok()) {
                        self->m_error = r.error;
                        Q_EMIT self->errorOccurred(r.error);
                        return;
                    }
                    self->m_blocks.insert(block, Block{r.value, ++self->m_useClock});
                    // Keep the most recently used blocks only.
                    while (self->m_blocks.size() > MaxBlocks) {
                        auto oldest = self->m_blocks.begin();
                        for (auto it = self->m_blocks.begin(); it != self->m_blocks.end(); ++it)
                            if (it->lastUsed < oldest->lastUsed)
                                oldest = it;
                        self->m_blocks.erase(oldest);
                    }
                    const int first = block * BlockSize;
                    const int last = std::min(self->m_rows, first + BlockSize) - 1;
                    if (last >= first) {
                        Q_EMIT self->dataChanged(self->index(first, 0),
                                                 self->index(last, ColumnCount - 1));
                        Q_EMIT self->blockLoaded(first, last);
                    }
                },
                Qt::QueuedConnection);
        });
}

std::optional<HistoryEvent> HistoryEventsModel::eventAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return std::nullopt;
    const auto it = m_blocks.find(row / BlockSize);
    if (it == m_blocks.end())
        return std::nullopt;
    const int offset = row % BlockSize;
    if (offset >= it->events.size())
        return std::nullopt;
    it->lastUsed = ++m_useClock;
    return it->events.at(offset);
}

int HistoryEventsModel::rowOfRowId(qint64 rowId) const
{
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it)
        for (qsizetype i = 0; i < it->events.size(); ++i)
            if (it->events.at(i).rowId == rowId)
                return it.key() * BlockSize + int(i);
    return -1;
}

int HistoryEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int HistoryEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryEventsModel::clientDisplay(const QString &clientId) const
{
    const QString name = m_clientNames.value(clientId);
    return name.isEmpty() ? clientId : name;
}

QVariant HistoryEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto event = eventAt(index.row());
    if (!event) {
        requestBlock(index.row() / BlockSize);
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == Time)
            return u"…"_s;
        return {};
    }
    const HistoryEvent &e = *event;
    switch (role) {
    case LoadedRole:
        return true;
    case EventRole:
        return QVariant::fromValue(e);
    case RowIdRole:
        return e.rowId;
    case TimeNsRole:
        return e.timeNs;
    case OutcomeRole:
        return int(e.outcome);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return HistoryEvent::formatInstant(e.timeNs);
        case Client:
            return e.clientId;
        case Grant:
            return e.grantType;
        case Outcome:
            return e.errorCode.isEmpty() ? QVariant() : QVariant(tr("Error %1").arg(e.errorCode));
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(e.timeNs / 1000000)
                .toLocalTime()
                .toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
        case Type:
            return e.type;
        case Outcome:
            switch (e.outcome) {
            case HistoryEvent::Outcome::Success:
                return tr("success");
            case HistoryEvent::Outcome::Failure:
                return tr("failure");
            case HistoryEvent::Outcome::InProgress:
                return tr("in progress");
            case HistoryEvent::Outcome::Unknown:
                return QString();
            }
            return {};
        case Client:
            return clientDisplay(e.clientId);
        case Subject:
            return e.subject;
        case Audience:
            return e.audience;
        case Scopes:
            return e.scope;
        case Grant:
            return e.grantShortName();
        case Depth:
            return e.depth > 0 ? QVariant(e.depth) : QVariant();
        case Trace:
            return e.traceId;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant HistoryEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Type:
        return tr("Type");
    case Outcome:
        return tr("Outcome");
    case Client:
        return tr("Agent / application");
    case Subject:
        return tr("Subject");
    case Audience:
        return tr("Audience");
    case Scopes:
        return tr("Scopes");
    case Grant:
        return tr("Grant");
    case Depth:
        return tr("Chain depth");
    case Trace:
        return tr("Trace");
    default:
        return {};
    }
}

} // namespace tid::core
