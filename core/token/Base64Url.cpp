#include "core/token/Base64Url.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

constexpr std::array<qint8, 256> makeTable()
{
    std::array<qint8, 256> t{};
    for (auto &v : t)
        v = -1;
    for (int i = 0; i < 26; ++i) {
        t[size_t('A' + i)] = qint8(i);
        t[size_t('a' + i)] = qint8(26 + i);
    }
    for (int i = 0; i < 10; ++i)
        t[size_t('0' + i)] = qint8(52 + i);
    t[size_t('-')] = 62;
    t[size_t('_')] = 63;
    return t;
}

constexpr std::array<qint8, 256> kDecode = makeTable();
constexpr char kEncode[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

QString describeChar(char c)
{
    const auto u = uchar(c);
    if (u >= 0x21 && u < 0x7f)
        return u"'%1'"_s.arg(QLatin1Char(c));
    return u"byte 0x%1"_s.arg(uint(u), 2, 16, QLatin1Char('0'));
}

} // namespace

qsizetype Base64Url::decodedLength(qsizetype n)
{
    if (n < 0 || n % 4 == 1)
        return -1;
    return n / 4 * 3 + (n % 4 == 0 ? 0 : n % 4 - 1);
}

bool Base64Url::decode(QByteArrayView in, QByteArray &out, QString *error)
{
    const qsizetype n = in.size();
    const qsizetype outLen = decodedLength(n);
    if (outLen < 0) {
        if (error)
            *error = u"length %1 is not a valid unpadded base64url length"_s.arg(n);
        return false;
    }
    out.resize(outLen);
    auto *dst = reinterpret_cast<uchar *>(out.data());
    const auto *src = reinterpret_cast<const uchar *>(in.data());
    const qsizetype full = n / 4 * 4;
    qsizetype i = 0;
    for (; i < full; i += 4) {
        const int a = kDecode[src[i]], b = kDecode[src[i + 1]], c = kDecode[src[i + 2]],
                  d = kDecode[src[i + 3]];
        if ((a | b | c | d) < 0)
            break;
        const quint32 v = quint32(a) << 18 | quint32(b) << 12 | quint32(c) << 6 | quint32(d);
        *dst++ = uchar(v >> 16);
        *dst++ = uchar(v >> 8);
        *dst++ = uchar(v);
    }
    if (i < full) {
        // Find the exact offending character for the message.
        for (qsizetype j = i; j < i + 4; ++j) {
            if (kDecode[src[j]] < 0) {
                if (error) {
                    *error = in[j] == '='
                                 ? u"padding '=' at offset %1 is not allowed in base64url"_s.arg(j)
                                 : u"%1 at offset %2 is not a base64url character"_s
                                       .arg(describeChar(in[j]))
                                       .arg(j);
                }
                return false;
            }
        }
    }
    const qsizetype rest = n - full;
    if (rest > 0) {
        int vals[3] = {0, 0, 0};
        for (qsizetype j = 0; j < rest; ++j) {
            const int v = kDecode[src[full + j]];
            if (v < 0) {
                if (error) {
                    *error = in[full + j] == '='
                                 ? u"padding '=' at offset %1 is not allowed in base64url"_s.arg(
                                       full + j)
                                 : u"%1 at offset %2 is not a base64url character"_s
                                       .arg(describeChar(in[full + j]))
                                       .arg(full + j);
                }
                return false;
            }
            vals[j] = v;
        }
        if (rest == 2) {
            if (vals[1] & 0x0f) {
                if (error)
                    *error = u"non-zero trailing bits in the last character (offset %1): not a "
                             "canonical base64url encoding"_s.arg(n - 1);
                return false;
            }
            *dst++ = uchar(vals[0] << 2 | vals[1] >> 4);
        } else { // rest == 3
            if (vals[2] & 0x03) {
                if (error)
                    *error = u"non-zero trailing bits in the last character (offset %1): not a "
                             "canonical base64url encoding"_s.arg(n - 1);
                return false;
            }
            *dst++ = uchar(vals[0] << 2 | vals[1] >> 4);
            *dst++ = uchar((vals[1] & 0x0f) << 4 | vals[2] >> 2);
        }
    }
    return true;
}

QByteArray Base64Url::encode(QByteArrayView data)
{
    const qsizetype n = data.size();
    QByteArray out;
    out.resize(n / 3 * 4 + (n % 3 == 0 ? 0 : n % 3 + 1));
    char *dst = out.data();
    const auto *src = reinterpret_cast<const uchar *>(data.data());
    qsizetype i = 0;
    for (; i + 3 <= n; i += 3) {
        const quint32 v = quint32(src[i]) << 16 | quint32(src[i + 1]) << 8 | src[i + 2];
        *dst++ = kEncode[v >> 18];
        *dst++ = kEncode[(v >> 12) & 63];
        *dst++ = kEncode[(v >> 6) & 63];
        *dst++ = kEncode[v & 63];
    }
    if (n - i == 1) {
        *dst++ = kEncode[src[i] >> 2];
        *dst++ = kEncode[(src[i] & 3) << 4];
    } else if (n - i == 2) {
        *dst++ = kEncode[src[i] >> 2];
        *dst++ = kEncode[(src[i] & 3) << 4 | src[i + 1] >> 4];
        *dst++ = kEncode[(src[i + 1] & 15) << 2];
    }
    return out;
}

} // namespace tid::core
