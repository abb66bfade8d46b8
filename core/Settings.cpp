#include "core/Settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

struct Entry
{
    Settings::Key key;
    const char *path;
    QVariant defaultValue;
};

// The single table of settings and their defaults.
const std::array<Entry, 13> &table()
{
    static const std::array<Entry, 13> entries{{
        {Settings::Key::LastProfile, "connection/lastProfile", QString()},
        {Settings::Key::RequestTimeoutMs, "network/requestTimeoutMs", 15000},
        {Settings::Key::PageSize, "ui/pageSize", 50},
        {Settings::Key::WindowGeometry, "ui/windowGeometry", QByteArray()},
        {Settings::Key::WindowState, "ui/windowState", QByteArray()},
        {Settings::Key::LastPane, "ui/lastPane", u"resource-servers"_s},
        {Settings::Key::ClipboardClearSeconds, "security/clipboardClearSeconds", 30},
        {Settings::Key::HistoryRetentionDays, "history/retentionDays", 0},
        {Settings::Key::HistorySavedFilters, "history/savedFilters", QVariantMap()},
        {Settings::Key::HistoryChainDepthLimit, "history/chainDepthLimit", 3},
        {Settings::Key::CloseToTray, "window/closeToTray", false},
        {Settings::Key::Theme, "ui/theme", u"system"_s},
        {Settings::Key::Language, "ui/language", QString()},
    }};
    return entries;
}

const Entry &entry(Settings::Key key)
{
    for (const Entry &e : table()) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

// Profile names become QSettings groups: keep them to one safe path segment.
QString groupFor(const QString &name)
{
    return u"profiles/"_s + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

} // namespace

QString ServerProfile::signInName(SignIn method)
{
    return method == SignIn::Browser ? u"browser"_s : u"client-credentials"_s;
}

ServerProfile::SignIn ServerProfile::signInFromName(const QString &name)
{
    return name == "browser"_L1 ? SignIn::Browser : SignIn::ClientCredentials;
}

Settings::Settings(const QString &fileName)
{
    QString file = fileName;
    if (file.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
        file = dir + u"/thunderid-console.conf"_s;
    }
    m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
}

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QString Settings::keyPath(Key key)
{
    return QString::fromLatin1(entry(key).path);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    QVariant v = m_settings->value(QLatin1StringView(e.path), e.defaultValue);
    // INI files read back strings: convert to the default's type; a bad value reads as default.
    if (e.defaultValue.isValid() && v.metaType() != e.defaultValue.metaType()) {
        if (!v.convert(e.defaultValue.metaType()))
            return e.defaultValue;
    }
    return v;
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(QLatin1StringView(entry(key).path), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(QLatin1StringView(entry(key).path));
}

QStringList Settings::profileNames() const
{
    m_settings->beginGroup(u"profiles"_s);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QStringList names;
    for (const QString &g : groups)
        names << QUrl::fromPercentEncoding(g.toLatin1());
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<ServerProfile> Settings::profile(const QString &name) const
{
    if (name.isEmpty() || !profileNames().contains(name))
        return std::nullopt;
    m_settings->beginGroup(groupFor(name));
    ServerProfile p;
    p.name = name;
    p.baseUrl = QUrl(m_settings->value(u"baseUrl"_s).toString());
    p.tlsPin = m_settings->value(u"tlsPin"_s).toString();
    p.signIn = ServerProfile::signInFromName(m_settings->value(u"signIn"_s).toString());
    p.clientId = m_settings->value(u"clientId"_s).toString();
    p.historyDatabase = m_settings->value(u"historyDatabase"_s).toString();
    m_settings->endGroup();
    return p;
}

bool Settings::saveProfile(const ServerProfile &profile)
{
    if (profile.name.trimmed().isEmpty() || !profile.baseUrl.isValid() ||
        profile.baseUrl.isRelative())
        return false;
    m_settings->remove(groupFor(profile.name));
    m_settings->beginGroup(groupFor(profile.name));
    // Only these fields, by design: secrets go to the Keychain.
    m_settings->setValue(u"baseUrl"_s, profile.baseUrl.toString());
    m_settings->setValue(u"tlsPin"_s, profile.tlsPin);
    m_settings->setValue(u"signIn"_s, ServerProfile::signInName(profile.signIn));
    m_settings->setValue(u"clientId"_s, profile.clientId);
    if (!profile.historyDatabase.isEmpty())
        m_settings->setValue(u"historyDatabase"_s, profile.historyDatabase);
    m_settings->endGroup();
    return true;
}

void Settings::removeProfile(const QString &name)
{
    m_settings->remove(groupFor(name));
    if (lastProfile() == name)
        reset(Key::LastProfile);
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::dataDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString Settings::cacheDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(dir);
    return dir;
}

} // namespace tid::core
