#pragma once

#include "core/api/ApiError.h"
#include "core/api/CibaApprovalsApi.h"
#include "core/domain/CibaRequest.h"
#include "core/models/ModelRoles.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSet>

class QTimer;

namespace tid::core {
class ApiClient;
class EventStream;
} // namespace tid::core

namespace tid::core {

// The pending CIBA requests the caller may see (extension API `ciba-approvals`), newest first.
// The list is merged into the rows, so a request that arrives, is decided elsewhere or expires
// on the server appears or goes away without a reset. With live updates (the default) the
// server's event stream (GET /ciba/requests/stream) triggers a refresh on every event, and the
// list is polled only every LivePollIntervalMs as a safety net while the stream is open; without
// an open stream it is polled every pollInterval() ms (3 s by default). A request past its
// expiresAt is marked expired locally at once (ExpiredRole) and the "expires in" column counts down
// every second.
class CibaRequestsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CibaRequestsModel)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    enum Column
    {
        AgentColumn,
        UserColumn,
        BindingMessageColumn,
        ScopesColumn,
        ResourceColumn,
        RequestedColumn,
        ExpiresColumn,
        ColumnCount
    };
    enum Role
    {
        ExpiredRole = FirstCustomRole, // bool: past expiresAt or no longer PENDING
    };
    static constexpr int DefaultPollIntervalMs = 3000;
    static constexpr int LivePollIntervalMs = 30000;

    enum class Start
    {
        Now,   // loads, follows the stream and polls from construction
        Later, // until setActive(true) (a pane that waits for the server's discovery)
    };
    explicit CibaRequestsModel(const CibaApprovalsApi *api = nullptr, QObject *parent = nullptr,
                               Start start = Start::Now);
    ~CibaRequestsModel() override;

    // Clears the rows; active: loads the list again over a new event stream (the client may
    // now talk to another server or carry another token); inactive: stops.
    void setActive(bool active);
    bool isActive() const { return m_api != nullptr; }
    const CibaApprovalsApi *api() const { return m_given; }
    // 0: no polling (refresh() only).
    void setPollInterval(int ms);
    int pollInterval() const { return m_pollMs; }
    // Follow the server's event stream (on by default).
    void setLiveUpdates(bool live);
    bool liveUpdates() const { return m_live; }
    // The event stream is open.
    bool isLive() const;

    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_inFlight; }
    ApiError lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    CibaRequest requestAt(int row) const;
    int rowOf(const QString &id) const;
    bool isExpired(int row) const;
    // After a decision: the row goes away at once (the next poll agrees).
    void removeRequest(const QString &id);

    // "1 min 20 s", "45 s", or "expired".
    static QString formatRemaining(qint64 seconds);

public Q_SLOTS:
    // Asks the server for the list now; with a list in flight, once more after it.
    void refresh();
    void clear();

Q_SIGNALS:
    void busyChanged(bool busy);
    // Once per failure run: not repeated on every poll until a list arrives again.
    void errorOccurred(const tid::core::ApiError &error);
    void refreshed();
    void liveChanged(bool live);

private:
    void merge(const QList<CibaRequest> &fresh);
    void tick();
    void setInFlight(bool inFlight);
    void updateTimers();
    void updateStream();

    const CibaApprovalsApi *const m_given;
    const CibaApprovalsApi *m_api; // m_given while active, else nullptr
    QList<CibaRequest> m_rows;
    QList<bool> m_expiredShown; // what data() last reported per row, to signal changes
    QSet<QString> m_removed;    // decided here: a list asked for before must not bring them back
    int m_pollMs = DefaultPollIntervalMs;
    QTimer *m_pollTimer;
    QTimer *m_tickTimer;
    EventStream *m_stream = nullptr;
    ApiClient *m_streamClient = nullptr;
    bool m_live = true;
    bool m_refreshAgain = false; // refresh() while a list was in flight
    bool m_loaded = false;
    bool m_inFlight = false;
    bool m_failing = false;
    int m_generation = 0;
    ApiError m_lastError;
};

} // namespace tid::core
