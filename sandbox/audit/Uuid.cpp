#include "sandbox/audit/Uuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <openssl/rand.h>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox::uuid {

QByteArray randomBytes(int bytes)
{
    QByteArray out(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), bytes) != 1) {
        // OpenSSL's DRBG does not fail on Linux once seeded; fall back to the system source.
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(out.data()), bytes / 4);
    }
    return out;
}

static QString format(QByteArray b)
{
    const QByteArray hex = b.toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' +
                               hex.mid(16, 4) + '-' + hex.mid(20, 12));
}

QString v7(qint64 unixMs)
{
    if (unixMs < 0)
        unixMs = QDateTime::currentMSecsSinceEpoch();
    QByteArray b = randomBytes(16);
    for (int i = 0; i < 6; ++i)
        b[i] = char((unixMs >> (8 * (5 - i))) & 0xff);
    b[6] = char((b[6] & 0x0f) | 0x70);
    b[8] = char((b[8] & 0x3f) | 0x80);
    return format(b);
}

QString v4()
{
    QByteArray b = randomBytes(16);
    b[6] = char((b[6] & 0x0f) | 0x40);
    b[8] = char((b[8] & 0x3f) | 0x80);
    return format(b);
}

qint64 v7Millis(const QString &uuid)
{
    if (uuid.size() != 36 || uuid.at(14) != u'7')
        return -1;
    QString hex = uuid.left(8) + uuid.mid(9, 4);
    bool ok = false;
    const qint64 ms = hex.toLongLong(&ok, 16);
    return ok ? ms : -1;
}

} // namespace tid::sandbox::uuid
