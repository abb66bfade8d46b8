#include "sandbox/store/Ids.h"

#include <QDateTime>
#include <QRegularExpression>

#include <openssl/rand.h>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

QByteArray Ids::randomBytes(int count)
{
    QByteArray out(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        throw std::runtime_error("RAND_bytes failed");
    return out;
}

// 16 random bytes for a UUID, taken from a per-thread block of 512 that RAND_bytes filled:
// identifiers are made several times per token (issue 15), and a RAND_bytes call costs about as
// much for 16 bytes as for 512. Secrets, salts and nonces take their bytes from randomBytes().
static QByteArray uuidRandom()
{
    struct Block
    {
        unsigned char bytes[512];
        int used = sizeof(bytes);
    };
    thread_local Block block;
    if (block.used + 16 > int(sizeof(block.bytes))) {
        if (RAND_bytes(block.bytes, int(sizeof(block.bytes))) != 1)
            throw std::runtime_error("RAND_bytes failed");
        block.used = 0;
    }
    const QByteArray out(reinterpret_cast<const char *>(block.bytes + block.used), 16);
    block.used += 16;
    return out;
}

static QString formatUuid(const QByteArray &b)
{
    const QByteArray hex = b.toHex();
    return QString::fromLatin1(hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' +
                               hex.mid(16, 4) + '-' + hex.mid(20, 12));
}

QString Ids::uuid7(qint64 unixMs)
{
    QByteArray b = uuidRandom();
    const quint64 ms = quint64(unixMs < 0 ? QDateTime::currentMSecsSinceEpoch() : unixMs);
    for (int i = 0; i < 6; ++i)
        b[i] = char((ms >> (8 * (5 - i))) & 0xff);
    b[6] = char((b[6] & 0x0f) | 0x70); // version 7
    b[8] = char((b[8] & 0x3f) | 0x80); // RFC 4122 variant
    return formatUuid(b);
}

QString Ids::uuid4()
{
    QByteArray b = uuidRandom();
    b[6] = char((b[6] & 0x0f) | 0x40);
    b[8] = char((b[8] & 0x3f) | 0x80);
    return formatUuid(b);
}

qint64 Ids::uuid7Millis(const QString &uuid)
{
    if (uuid.size() != 36 || uuid.at(14) != u'7')
        return -1;
    const QString hex = uuid.left(8) + uuid.mid(9, 4);
    bool ok = false;
    const qint64 ms = hex.toLongLong(&ok, 16);
    return ok ? ms : -1;
}

bool Ids::isUuid(const QString &value)
{
    static const QRegularExpression re(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return re.match(value).hasMatch();
}

QString Ids::clientId()
{
    return QString::fromLatin1(
        randomBytes(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Ids::clientSecret()
{
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Ids::password(int length)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    constexpr int size = int(sizeof(alphabet)) - 1;
    QString out;
    while (out.size() < length) {
        const QByteArray bytes = randomBytes(length * 2);
        for (char c : bytes) {
            const int v = int(static_cast<unsigned char>(c));
            // Rejection sampling keeps the distribution uniform.
            if (v >= 256 - (256 % size))
                continue;
            out.append(QLatin1Char(alphabet[v % size]));
            if (out.size() == length)
                break;
        }
    }
    return out;
}

QString Ids::now()
{
    return iso(QDateTime::currentDateTimeUtc());
}

QString Ids::iso(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // What toString(Qt::ISODateWithMs) writes for a UTC time, "yyyy-MM-ddTHH:mm:ss.zzzZ",
    // without its general formatter (written for every token's audit record, issue 15).
    const QDateTime utc = time.toUTC();
    int year = 0;
    int month = 0;
    int day = 0;
    utc.date().getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return utc.toString(Qt::ISODateWithMs);
    const int ms = utc.time().msecsSinceStartOfDay();
    char out[24];
    const auto put = [&out](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            out[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    out[4] = '-';
    put(5, month, 2);
    out[7] = '-';
    put(8, day, 2);
    out[10] = 'T';
    put(11, ms / 3'600'000, 2);
    out[13] = ':';
    put(14, ms / 60'000 % 60, 2);
    out[16] = ':';
    put(17, ms / 1000 % 60, 2);
    out[19] = '.';
    put(20, ms % 1000, 3);
    out[23] = 'Z';
    return QString::fromLatin1(out, 24);
}

QDateTime Ids::fromIso(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace tid::sandbox
