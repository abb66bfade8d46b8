#include "sandbox/DataFiles.h"

#include "sandbox/SandboxConfig.h"
#include "sandbox/store/Ids.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox::DataFiles {

static constexpr QFileDevice::Permissions OwnerRw =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;
static constexpr qint64 MaxSecretBytes = 4096;

bool secureDirectory(const QString &dir, QString *error)
{
    if (!QFile::setPermissions(dir, OwnerRw | QFileDevice::ExeOwner)) {
        *error = u"cannot make data directory %1 private (mode 0700)"_s.arg(dir);
        return false;
    }
    return true;
}

bool secureFile(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        // Created with 0600 (QFile applies it at open, independent of the umask for the
        // owner-only bits); SQLite later opens the existing file and keeps its mode.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerRw)) {
            *error = u"cannot create %1: %2"_s.arg(path, file.errorString());
            return false;
        }
        file.close();
    }
    if (!QFile::setPermissions(path, OwnerRw)) {
        *error = u"cannot make %1 private (mode 0600)"_s.arg(path);
        return false;
    }
    return true;
}

bool readSecretFile(const QString &path, QByteArray *secret, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        *error = u"key file %1 is not a regular file"_s.arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read key file %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.read(MaxSecretBytes + 1);
    if (data.size() > MaxSecretBytes) {
        *error = u"key file %1 is larger than 4 KiB"_s.arg(path);
        return false;
    }
    *secret = data.trimmed();
    if (secret->isEmpty()) {
        *error = u"key file %1 is empty"_s.arg(path);
        return false;
    }
    return true;
}

bool keySecret(const SandboxConfig &config, const QString &dataDir, QByteArray *secret,
               QString *error)
{
    if (!config.keySecret.isEmpty()) {
        *secret = config.keySecret;
        return true;
    }
    if (!config.keyFile.isEmpty())
        return readSecretFile(config.keyFile, secret, error);
    const QString path = QDir(dataDir).filePath(u"signing-keys.secret"_s);
    if (QFileInfo::exists(path))
        return secureFile(path, error) && readSecretFile(path, secret, error);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerRw)) {
        *error = u"cannot create %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    file.setPermissions(OwnerRw);
    *secret = Ids::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding |
                                            QByteArray::OmitTrailingEquals);
    if (file.write(*secret) != secret->size() || !file.flush()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace tid::sandbox::DataFiles
