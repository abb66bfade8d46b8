#pragma once

#include <QString>
#include <QStringList>

namespace tid::core {

// "Start with the session": an XDG autostart entry (Desktop Application Autostart
// Specification) that starts the console as an approver in the tray when the user logs in —
// `thunderid-console --inbox [--profile NAME]`. The entry lives in
// $XDG_CONFIG_HOME/autostart/thunderid-console.desktop; enabling writes it (atomically), disabling
// removes it. Nothing else is touched.
class Autostart final
{
public:
    static constexpr const char *FileName = "thunderid-console.desktop";

    // The entry's path for this user.
    static QString path();
    static bool isEnabled();
    // `program`: the executable to start (an absolute path, or a name found on PATH).
    static bool enable(const QString &program, const QStringList &arguments, QString *error);
    static bool disable(QString *error);

    // The whole entry, as written.
    static QByteArray entry(const QString &program, const QStringList &arguments);
    // One Exec argument quoted as the Desktop Entry Specification asks: in double quotes when it
    // holds a reserved character, with ", `, $ and \ escaped; a literal % doubled.
    static QString quoteExecArgument(const QString &argument);
};

} // namespace tid::core
