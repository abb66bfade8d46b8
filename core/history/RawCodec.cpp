#include "core/history/RawCodec.h"

#include <zlib.h>

#include <array>
#include <cstring>

namespace tid::core::RawCodec {

namespace {

// Form 't': ThunderID's JSON with its recurring pieces replaced by one byte each. JSON text
// never holds a raw control character (they must be escaped inside strings, and Go writes no
// whitespace between tokens), so bytes 0x01–0x1f are free to stand for the pieces; a
// lowercase canonical UUID becomes 0x1f followed by its 16 bytes. Encoding is one pass with a
// first-byte lookup — about a microsecond a line — and halves a typical line.
constexpr const char *Pieces[] = {
    nullptr, // 0x00 is never used
    R"({"trace_id":")",
    R"(","event_id":")",
    R"(","type":")",
    R"(","timestamp":")",
    R"(","component":"AuthHandler","status":")",
    R"(","component":"FlowEngine","status":")",
    R"(","data":{"client_id":")",
    R"(","data":{"app_id":")",
    nullptr, // 0x09 tab: left alone
    nullptr, // 0x0a newline: left alone
    R"(","duration_ms":")",
    R"(","grant_type":")",
    nullptr, // 0x0d carriage return: left alone
    R"(","scope":")",
    R"("}})",
    "TOKEN_ISSUANCE_STARTED",
    "TOKEN_ISSUANCE_FAILED",
    "TOKEN_ISSUED",
    "TOKEN_REVOKED",
    "in_progress",
    "success",
    "failure",
    "client_credentials",
    "urn:ietf:params:oauth:grant-type:token-exchange",
    R"(","error":{"code":")",
    R"(","message":")",
    R"(","type":"client_error"},")",
    R"(","execution_id":")",
    R"(","flow_type":"AUTHENTICATION)",
    R"(","user_id":")",
    nullptr, // 0x1f: a UUID follows
};
constexpr unsigned char UuidMark = 0x1f;
constexpr int PieceCount = int(sizeof(Pieces) / sizeof(Pieces[0]));
static_assert(PieceCount <= 32, "one byte below 0x20 per piece");

struct Index
{
    // For each first byte, the pieces starting with it, longest first.
    std::array<std::array<unsigned char, 32>, 256> byFirst{}; // PieceCount <= 32
    std::array<unsigned char, 256> count{};
    std::array<size_t, PieceCount> length{};
    Index()
    {
        for (int i = 1; i < PieceCount; ++i) {
            if (!Pieces[i])
                continue;
            length[i] = std::strlen(Pieces[i]);
            const auto first = static_cast<unsigned char>(Pieces[i][0]);
            auto &list = byFirst[first];
            unsigned char &n = count[first];
            unsigned char pos = n++;
            while (pos > 0 && length[list[pos - 1]] < length[i]) {
                list[pos] = list[pos - 1];
                --pos;
            }
            list[pos] = static_cast<unsigned char>(i);
        }
    }
};

const Index &index()
{
    static const Index i;
    return i;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// A lowercase 8-4-4-4-12 UUID at p (36 bytes available)?
bool uuidAt(const char *p, unsigned char *bytes)
{
    int b = 0;
    for (int i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (p[i] != '-')
                return false;
            continue;
        }
        const int hi = hexValue(p[i]);
        const int lo = hexValue(p[i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        bytes[b++] = static_cast<unsigned char>(hi << 4 | lo);
        ++i;
    }
    return true;
}

QByteArray inflateLegacy(QByteArrayView stored, bool *ok); // form 'z' (earlier builds)

QByteArray plain(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + 1);
    out.append('p');
    out.append(text);
    return out;
}

} // namespace

QByteArray encode(QByteArrayView text)
{
    const Index &ix = index();
    QByteArray out;
    out.reserve(text.size() / 2 + 16);
    out.append('t');
    const char *p = text.data();
    const char *end = p + text.size();
    while (p < end) {
        const auto c = static_cast<unsigned char>(*p);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return plain(text); // not JSON text: kept as it is
        if (end - p >= 36 && hexValue(*p) >= 0) {
            unsigned char bytes[16];
            if (uuidAt(p, bytes)) {
                out.append(char(UuidMark));
                out.append(reinterpret_cast<const char *>(bytes), 16);
                p += 36;
                continue;
            }
        }
        bool matched = false;
        for (unsigned char k = 0; k < ix.count[c]; ++k) {
            const int piece = ix.byFirst[c][k];
            const size_t n = ix.length[piece];
            if (size_t(end - p) >= n && std::memcmp(p, Pieces[piece], n) == 0) {
                out.append(char(piece));
                p += n;
                matched = true;
                break;
            }
        }
        if (!matched)
            out.append(*p++);
    }
    return out;
}

QByteArray decode(QByteArrayView stored, bool *ok)
{
    if (ok)
        *ok = true;
    if (stored.isEmpty())
        return {};
    switch (stored.front()) {
    case 'p':
        return stored.sliced(1).toByteArray();
    case '{': // written by hand
        return stored.toByteArray();
    case 'z':
        return inflateLegacy(stored, ok);
    case 't':
        break;
    default:
        if (ok)
            *ok = false;
        return {};
    }
    const Index &ix = index();
    QByteArray out;
    out.reserve(stored.size() * 2 + 32);
    const char *p = stored.data() + 1;
    const char *end = stored.data() + stored.size();
    static const char hex[] = "0123456789abcdef";
    while (p < end) {
        const auto c = static_cast<unsigned char>(*p++);
        if (c == UuidMark) {
            if (end - p < 16) {
                if (ok)
                    *ok = false;
                return {};
            }
            char text[36];
            int t = 0;
            for (int i = 0; i < 16; ++i) {
                if (i == 4 || i == 6 || i == 8 || i == 10)
                    text[t++] = '-';
                const auto b = static_cast<unsigned char>(p[i]);
                text[t++] = hex[b >> 4];
                text[t++] = hex[b & 15];
            }
            out.append(text, 36);
            p += 16;
        } else if (c > 0 && c < PieceCount && Pieces[c]) {
            out.append(Pieces[c], qsizetype(ix.length[c]));
        } else {
            out.append(char(c));
        }
    }
    return out;
}

namespace {

QByteArray inflateLegacy(QByteArrayView stored, bool *ok)
{
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK) {
        if (ok)
            *ok = false;
        return {};
    }
    QByteArray out(std::max<qsizetype>(256, stored.size() * 4), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(stored.data() + 1));
    z.avail_in = uInt(stored.size() - 1);
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = inflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    inflateEnd(&z);
    if (rc != Z_STREAM_END) {
        if (ok)
            *ok = false;
        return {};
    }
    return out;
}

} // namespace

} // namespace tid::core::RawCodec
