#pragma once

#include "core/history/AuditSync.h"
#include "core/history/HistoryStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace tid::core {
class AuditSync;
class EntityNames;
class HistoryStore;
class Session;
class Settings;
} // namespace tid::core

namespace tid::ui {

class HistoryPane;

// Connects the History pane to the session: one history store per connection profile (opened
// when the session connects, retention applied, kept open for a reconnect), the audit-events
// sync when the server announces the extension (cursor per profile, or per server URL without
// one), and the client-id -> name map from the management API when signed in as an
// administrator.
class HistoryConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryConnector)

public:
    struct Profile
    {
        QString name;
        // The embedded sandbox keeps its data in memory: each run is a new server (new event
        // ids, a new demo week), so its history store starts afresh once per console run.
        bool ephemeral = false;
        // Empty: the local SQLite store; a postgresql:// location: the team's store there.
        QString database;
    };
    using ProfileResolver = std::function<Profile()>;

    HistoryConnector(core::Session *session, HistoryPane *pane, core::Settings *settings,
                     QObject *parent = nullptr);
    ~HistoryConnector() override;

    // Which profile the session's connection belongs to (asked on every connect). Default:
    // the session's profileName(), else a name made from the server's host and port.
    void setProfileResolver(ProfileResolver resolver) { m_resolver = std::move(resolver); }
    // Poll interval of the audit sync once caught up (tests use a short one).
    void setSyncPollInterval(int ms) { m_pollMs = ms; }

    core::HistoryStore *store() const { return m_store; }
    core::AuditSync *sync() const { return m_sync; }
    QString profileName() const { return m_profile; }
    const QHash<QString, QString> &clientNames() const { return m_names; }

Q_SIGNALS:
    void storeOpened(tid::core::HistoryStore *store);
    void storeFailed(const QString &message);
    void clientNamesLoaded(int count);

private:
    void onConnected();
    void useStore(const Profile &profile);
    void openStore(const Profile &profile, const QString &password);
    void startSync();
    void loadClientNames();
    void loadAgentNames(int offset, int generation);
    void loadApplicationNames(int offset, int generation);
    void publishNames(int generation);

    QPointer<core::Session> m_session;
    core::EntityNames *m_principals; // actor names for the event detail
    QPointer<HistoryPane> m_pane;
    core::Settings *m_settings;
    ProfileResolver m_resolver;
    QHash<QString, core::HistoryStore *> m_stores; // by profile and location, owned (children)
    QPointer<core::HistoryStore> m_store;
    QPointer<core::AuditSync> m_sync;
    QString m_profile;
    QString m_cursorKey;
    QHash<QString, QString> m_names;
    int m_namesGeneration = 0;
    int m_pendingNameLists = 0;
    int m_pollMs = 30000;
    int m_connectGeneration = 0;
};

} // namespace tid::ui
