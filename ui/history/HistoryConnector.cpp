#include "ui/history/HistoryConnector.h"

#include "core/Settings.h"
#include "core/api/AuditEventsApi.h"
#include "core/api/Session.h"
#include "core/history/AuditSync.h"
#include "core/history/HistoryStore.h"
#include "core/models/EntityNames.h"
#include "core/secrets/Keychain.h"
#include "ui/history/HistoryPane.h"
#include "ui/widgets/MessageWidget.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;
using tid::core::AuditSync;
using tid::core::HistoryStore;

namespace tid::ui {

namespace {

constexpr int NamesPageSize = 100;
constexpr int NamesMaxPages = 50;

// A profile-less connection's store name: the server's host and port, one path segment.
QString nameForServer(const QUrl &url)
{
    QString name =
        url.host() + u'_' + QString::number(url.port(url.scheme() == "https"_L1 ? 443 : 80));
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'-' && c != u'_')
            c = u'_';
    }
    return u"server-"_s + name;
}

} // namespace

HistoryConnector::HistoryConnector(core::Session *session, HistoryPane *pane,
                                   core::Settings *settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_principals(new core::EntityNames(&session->admin(), this))
    , m_pane(pane)
    , m_settings(settings)
{
    connect(session, &core::Session::connected, this, &HistoryConnector::onConnected);
    connect(session, &core::Session::stateChanged, this, [this](core::Session::State state) {
        if (state != core::Session::State::Disconnected || !m_sync)
            return;
        // Disconnected on purpose: the store stays readable, the sync stops.
        m_sync->stop();
        m_sync->deleteLater();
        m_sync = nullptr;
        if (m_pane)
            m_pane->setAuditSync(nullptr, tr("Not connected: showing what was stored"));
    });
}

HistoryConnector::~HistoryConnector() = default;

void HistoryConnector::onConnected()
{
    if (!m_session || !m_pane)
        return;
    Profile profile = m_resolver ? m_resolver() : Profile{};
    if (profile.name.isEmpty())
        profile.name = m_session->profileName();
    const bool named = !profile.name.isEmpty();
    if (!named)
        profile.name = nameForServer(m_session->baseUrl());
    // The cursor follows the profile, or the server itself when there is no profile.
    m_cursorKey = AuditSync::cursorKeyFor(named ? profile.name : m_session->baseUrl().toString());
    ++m_connectGeneration;
    if (m_sync) {
        m_sync->stop();
        m_sync->deleteLater();
        m_sync = nullptr;
    }
    m_pane->setAuditSync(nullptr, {});
    m_pane->setServer(m_session->issuer(), m_session->isAdministrator()
                                               ? m_principals->principalLookup(m_session->issuer())
                                               : core::ActorNameResolver::Lookup());
    useStore(profile);
    loadClientNames();
}

void HistoryConnector::useStore(const Profile &profile)
{
    const int generation = m_connectGeneration;
    // A profile that moved its history elsewhere opens the new store.
    if (HistoryStore *existing = m_stores.value(profile.name + u'\n' + profile.database)) {
        m_profile = profile.name;
        if (m_store != existing) {
            m_store = existing;
            m_pane->setStore(existing);
        }
        if (existing->isOpen())
            startSync();
        return;
    }
    if (HistoryStore::isPostgresLocation(profile.database)) {
        // A team's store: its password from the profile's keychain entry (none stored: libpq's
        // own sources, e.g. ~/.pgpass, or a server that asks for none).
        core::Keychain *keychain = m_session ? m_session->keychain() : nullptr;
        if (!keychain) {
            openStore(profile, {});
            return;
        }
        keychain->read(profile.name, core::Keychain::HistoryDatabasePassword, this,
                       [this, profile, generation](const core::KeychainResult &r) {
                           if (generation == m_connectGeneration)
                               openStore(profile, r.ok ? r.secret : QString());
                       });
        return;
    }
    openStore(profile, {});
}

void HistoryConnector::openStore(const Profile &profile, const QString &password)
{
    const int generation = m_connectGeneration;
    const bool team = HistoryStore::isPostgresLocation(profile.database);
    const QString path = team ? profile.database : HistoryStore::defaultPath(profile.name);
    if (profile.ephemeral && !team) {
        // The server behind this profile forgot everything when it stopped; so does its
        // history (and the sync cursor kept in it). Once per console run: a reconnect keeps it.
        QString error;
        if (!HistoryStore::removeSqlite(path, &error) && m_pane)
            m_pane->messageWidget()->showMessage(error, MessageWidget::Type::Warning);
    }
    QString locationError;
    auto *store = team ? HistoryStore::openPostgres(path, password, this, &locationError)
                       : HistoryStore::openSqlite(path, this);
    if (!store) {
        const QString message =
            tr("The history store %1 could not be opened: %2").arg(path, locationError);
        m_pane->messageWidget()->showMessage(message, MessageWidget::Type::Error);
        Q_EMIT storeFailed(message);
        return;
    }
    m_stores.insert(profile.name + u'\n' + profile.database, store);
    m_profile = profile.name;
    m_store = store;
    m_pane->setStore(nullptr);
    m_pane->setOpening(tr("Opening the token history of “%1”…").arg(profile.name));
    const int days = m_settings ? m_settings->historyRetentionDays() : 0;
    store->open().then(
        this, [this, store, generation, days, path](const core::HistoryResult<bool> &r) {
            if (!r.ok()) {
                const QString message =
                    tr("The history store %1 could not be opened: %2").arg(path, r.error);
                if (m_pane && m_store == store) {
                    m_pane->setOpening(QString());
                    m_pane->messageWidget()->showMessage(message, MessageWidget::Type::Error);
                }
                Q_EMIT storeFailed(message);
                return;
            }
            auto ready = [this, store, generation] {
                if (m_store != store || !m_pane)
                    return;
                m_pane->setStore(store);
                Q_EMIT storeOpened(store);
                if (generation == m_connectGeneration)
                    startSync();
            };
            if (days <= 0) {
                ready();
                return;
            }
            store->applyRetention(days).then(this, [this, ready,
                                                    days](const core::HistoryResult<qint64> &p) {
                if (!p.ok() && m_pane)
                    m_pane->messageWidget()->showMessage(
                        tr("Applying the retention of %n day(s): %1", nullptr, days).arg(p.error),
                        MessageWidget::Type::Warning);
                ready();
            });
        });
}

void HistoryConnector::startSync()
{
    if (!m_session || !m_pane || !m_store || m_sync)
        return;
    if (!m_session->isConnected())
        return;
    if (!m_session->hasExtension(core::AuditEventsApi::Extension)) {
        m_pane->setAuditSync(nullptr,
                             tr("This server has no audit-events API (ThunderID has none yet): "
                                "import its event files to see its history"));
        return;
    }
    m_sync = new AuditSync(&m_session->apis().audit(), m_store, this);
    m_sync->setCursorKey(m_cursorKey);
    m_sync->setPollInterval(m_pollMs);
    m_pane->setAuditSync(m_sync);
    // A sync can bring events older than the retention (an empty cursor starts at the
    // beginning): the limit applies again each time it has caught up.
    connect(m_sync, &AuditSync::caughtUp, this, [this] {
        const int days = m_settings ? m_settings->historyRetentionDays() : 0;
        if (days > 0 && m_store)
            m_store->applyRetention(days);
    });
    m_sync->start();
}

void HistoryConnector::loadClientNames()
{
    const int generation = ++m_namesGeneration;
    if (!m_session || !m_session->isAdministrator()) {
        // A user session cannot list agents: ids stay as they are.
        return;
    }
    m_names.clear();
    m_pendingNameLists = 2;
    loadAgentNames(0, generation);
    loadApplicationNames(0, generation);
}

void HistoryConnector::loadAgentNames(int offset, int generation)
{
    m_session->admin()
        .listAgents(core::PageRequest::window(NamesPageSize, offset))
        .then(this, [this, offset, generation](const core::Result<core::Page<core::Agent>> &r) {
            if (generation != m_namesGeneration)
                return;
            if (r.ok()) {
                for (const core::Agent &a : r.value.items) {
                    const QString id = a.effectiveClientId();
                    if (!id.isEmpty() && !a.name.isEmpty())
                        m_names.insert(id, a.name);
                }
                if (r.value.hasMore() && offset / NamesPageSize + 1 < NamesMaxPages) {
                    loadAgentNames(r.value.nextOffset(), generation);
                    return;
                }
            }
            publishNames(generation);
        });
}

void HistoryConnector::loadApplicationNames(int offset, int generation)
{
    m_session->admin()
        .listApplications(core::PageRequest::window(NamesPageSize, offset))
        .then(this,
              [this, offset, generation](const core::Result<core::Page<core::Application>> &r) {
                  if (generation != m_namesGeneration)
                      return;
                  if (r.ok()) {
                      for (const core::Application &a : r.value.items) {
                          if (!a.clientId.isEmpty() && !a.name.isEmpty())
                              m_names.insert(a.clientId, a.name);
                      }
                      if (r.value.hasMore() && offset / NamesPageSize + 1 < NamesMaxPages) {
                          loadApplicationNames(r.value.nextOffset(), generation);
                          return;
                      }
                  }
                  publishNames(generation);
              });
}

void HistoryConnector::publishNames(int generation)
{
    if (generation != m_namesGeneration || --m_pendingNameLists > 0)
        return;
    if (m_pane)
        m_pane->setClientNames(m_names);
    Q_EMIT clientNamesLoaded(int(m_names.size()));
}

} // namespace tid::ui
