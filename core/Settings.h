#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;

namespace tid::core {

// A server the console connects to. Never holds a secret: client secrets and tokens live in the
// Keychain under (name, purpose).
struct ServerProfile
{
    enum class SignIn
    {
        ClientCredentials,
        Browser
    };

    QString name;
    QUrl baseUrl;
    QString tlsPin; // SHA-256 certificate fingerprint (hex); empty: system CAs
    SignIn signIn = SignIn::ClientCredentials;
    QString clientId; // the admin application (client credentials) or CONSOLE (browser)
    // Where the profile's token history is kept: empty for the local SQLite store, or a team's
    // postgresql://user@host:port/database?sslmode=… (its password in the keychain).
    QString historyDatabase;

    static QString signInName(SignIn method); // "client-credentials", "browser"
    static SignIn signInFromName(const QString &name);
    friend bool operator==(const ServerProfile &, const ServerProfile &) = default;
};

// The console's settings: one typed accessor per key over QSettings, with every default in one
// table (Settings.cpp). Paths come from QStandardPaths; tests pass their own file.
class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key
    {
        LastProfile,
        RequestTimeoutMs,
        PageSize,
        WindowGeometry,
        WindowState,
        LastPane,
        ClipboardClearSeconds,
        HistoryRetentionDays,
        HistorySavedFilters,
        HistoryChainDepthLimit,
        CloseToTray,
        Theme,
        Language,
    };

    // Empty fileName: <AppConfigLocation>/thunderid-console.conf.
    explicit Settings(const QString &fileName = {});
    ~Settings();

    QString fileName() const;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    static QVariant defaultValue(Key key);
    static QString keyPath(Key key);

    // Typed accessors.
    QString lastProfile() const { return value(Key::LastProfile).toString(); }
    void setLastProfile(const QString &name) { setValue(Key::LastProfile, name); }
    int requestTimeoutMs() const { return value(Key::RequestTimeoutMs).toInt(); }
    void setRequestTimeoutMs(int ms) { setValue(Key::RequestTimeoutMs, ms); }
    int pageSize() const { return value(Key::PageSize).toInt(); }
    void setPageSize(int n) { setValue(Key::PageSize, n); }
    QByteArray windowGeometry() const { return value(Key::WindowGeometry).toByteArray(); }
    void setWindowGeometry(const QByteArray &g) { setValue(Key::WindowGeometry, g); }
    QByteArray windowState() const { return value(Key::WindowState).toByteArray(); }
    void setWindowState(const QByteArray &s) { setValue(Key::WindowState, s); }
    QString lastPane() const { return value(Key::LastPane).toString(); }
    void setLastPane(const QString &pane) { setValue(Key::LastPane, pane); }
    // A copied client secret is cleared from the clipboard after this many seconds.
    int clipboardClearSeconds() const { return value(Key::ClipboardClearSeconds).toInt(); }
    void setClipboardClearSeconds(int s) { setValue(Key::ClipboardClearSeconds, s); }
    // Token history: events older than this many days are deleted when a store opens (0: kept).
    int historyRetentionDays() const { return value(Key::HistoryRetentionDays).toInt(); }
    void setHistoryRetentionDays(int days) { setValue(Key::HistoryRetentionDays, days); }
    // Named history filters: name -> filter text.
    QVariantMap historySavedFilters() const { return value(Key::HistorySavedFilters).toMap(); }
    void setHistorySavedFilters(const QVariantMap &f) { setValue(Key::HistorySavedFilters, f); }
    // The delegation view flags chains deeper than this.
    int historyChainDepthLimit() const { return value(Key::HistoryChainDepthLimit).toInt(); }
    void setHistoryChainDepthLimit(int n) { setValue(Key::HistoryChainDepthLimit, n); }
    // Closing the normal window keeps the console running in the tray (the approver's inbox).
    bool closeToTray() const { return value(Key::CloseToTray).toBool(); }
    void setCloseToTray(bool on) { setValue(Key::CloseToTray, on); }
    // "system", "light" or "dark".
    QString theme() const { return value(Key::Theme).toString(); }
    void setTheme(const QString &theme) { setValue(Key::Theme, theme); }
    // A locale name ("de", "fr", "en"); empty: the system's.
    QString language() const { return value(Key::Language).toString(); }
    void setLanguage(const QString &language) { setValue(Key::Language, language); }

    // Server profiles, stored under profiles/<name>/…
    QStringList profileNames() const;
    std::optional<ServerProfile> profile(const QString &name) const;
    // False if the profile has no name or an invalid base URL.
    bool saveProfile(const ServerProfile &profile);
    void removeProfile(const QString &name);

    void sync();

    // Where the console keeps its data (history database, ...) and cache; created on demand.
    static QString dataDirectory();
    static QString cacheDirectory();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace tid::core
Q_DECLARE_METATYPE(tid::core::ServerProfile)
