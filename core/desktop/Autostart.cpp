#include "core/desktop/Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

QString Autostart::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/autostart/"_s + QLatin1StringView(FileName);
}

bool Autostart::isEnabled()
{
    return QFileInfo::exists(path());
}

QString Autostart::quoteExecArgument(const QString &argument)
{
    static const QString reserved = u" \t\n\"'\\><~|&;$*?#()`"_s;
    QString escaped;
    bool quote = argument.isEmpty();
    for (const QChar c : argument) {
        if (reserved.contains(c))
            quote = true;
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    escaped.replace(u"%"_s, u"%%"_s);
    return quote ? u'"' + escaped + u'"' : escaped;
}

QByteArray Autostart::entry(const QString &program, const QStringList &arguments)
{
    QStringList exec{quoteExecArgument(program)};
    for (const QString &a : arguments)
        exec << quoteExecArgument(a);
    // The file format's own escape rule applies before the quoting rule: a backslash left in
    // the quoted text is written twice.
    QString execLine = exec.join(u' ');
    execLine.replace(u"\\"_s, u"\\\\"_s);
    // The desktop entry is not translated: the session reads it, not a person.
    QString text = u"[Desktop Entry]\n"
                   "Type=Application\n"
                   "Name=ThunderID Console approvals\n"
                   "Comment=Approve or deny the requests AI agents send on your behalf\n"
                   "Icon=thunderid-console\n"
                   "Exec="_s +
                   execLine +
                   u"\n"
                   "Terminal=false\n"
                   "X-GNOME-Autostart-enabled=true\n"_s;
    return text.toUtf8();
}

bool Autostart::enable(const QString &program, const QStringList &arguments, QString *error)
{
    const QString file = path();
    if (!QDir().mkpath(QFileInfo(file).absolutePath())) {
        if (error)
            *error = u"cannot create %1"_s.arg(QFileInfo(file).absolutePath());
        return false;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(entry(program, arguments)) < 0 ||
        !out.commit()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

bool Autostart::disable(QString *error)
{
    QFile file(path());
    if (!file.exists())
        return true;
    if (!file.remove()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace tid::core
