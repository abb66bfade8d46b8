#include "core/token/StrictJson.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

// Above this many members a frame switches from linear comparison to a hash set, so a 1 MiB
// object with tens of thousands of members stays linear time.
constexpr size_t kLinearLimit = 24;

struct Frame
{
    bool isObject = false;
    size_t keyStart = 0; // index into Scanner::m_keys
    std::unique_ptr<std::unordered_set<std::string_view>> set;
};

// Working storage reused across scans on the same thread: a bulk run of the CLI parses two
// documents per token, and fresh vectors/deques would cost several allocations each time.
struct Scratch
{
    std::vector<Frame> stack;
    std::vector<std::string_view> keys;
    std::deque<std::string> decoded;
};

class Scanner
{
public:
    Scanner(QByteArrayView in, Scratch &scratch)
        : m_p(reinterpret_cast<const uchar *>(in.data()))
        , m_end(m_p + in.size())
        , m_begin(m_p)
        , m_stack(scratch.stack)
        , m_keys(scratch.keys)
        , m_decoded(scratch.decoded)
    {
        m_stack.clear();
        m_keys.clear();
        m_decoded.clear();
    }

    bool run();
    QString reason;
    qsizetype offset = 0;

private:
    bool fail(const QString &what)
    {
        reason = what;
        offset = m_p - m_begin;
        return false;
    }
    void skipWs()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool literal(const char *word, size_t n)
    {
        if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
            return fail(u"invalid literal"_s);
        m_p += n;
        return true;
    }
    bool number();
    // Scans a string starting at '"'. When `key` is non-null it receives the decoded name
    // (a view into the input when there are no escapes, else into m_decoded).
    bool string(std::string_view *key);
    bool addKey(std::string_view key, const uchar *at);

    const uchar *m_p;
    const uchar *m_end;
    const uchar *m_begin;
    std::vector<Frame> &m_stack;
    std::vector<std::string_view> &m_keys;
    std::deque<std::string> &m_decoded;
};

bool Scanner::number()
{
    const uchar *start = m_p;
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (m_p >= m_end)
        return fail(u"truncated number"_s);
    if (*m_p == '0') {
        ++m_p;
    } else if (*m_p >= '1' && *m_p <= '9') {
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
    } else {
        return fail(u"invalid number"_s);
    }
    // A short integer (up to 16 characters: every NumericDate, iat, nbf, exp) is always a finite
    // double: no conversion needed to know it is in range.
    if (m_p - start <= 16 && (m_p >= m_end || (*m_p != '.' && *m_p != 'e' && *m_p != 'E')))
        return true;
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        if (m_p >= m_end || *m_p < '0' || *m_p > '9')
            return fail(u"invalid number fraction"_s);
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p >= m_end || *m_p < '0' || *m_p > '9')
            return fail(u"invalid number exponent"_s);
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
    }
    // A number a double cannot hold (5e+331, 1e-400) is what QJsonDocument refuses too: never
    // "strictly valid".
    const QByteArray text(reinterpret_cast<const char *>(start), qsizetype(m_p - start));
    bool inRange = false;
    const double value = text.toDouble(&inRange);
    if (!inRange || !std::isfinite(value))
        return fail(u"number out of range"_s);
    return true;
}

bool Scanner::string(std::string_view *key)
{
    ++m_p; // opening quote
    const uchar *start = m_p;
    std::string *decoded = nullptr;
    const uchar *copiedUpTo = start;
    while (true) {
        if (m_p >= m_end)
            return fail(u"unterminated string"_s);
        const uchar c = *m_p;
        if (c == '"')
            break;
        if (c < 0x20)
            return fail(u"unescaped control character in string"_s);
        if (c == '\\') {
            if (key && !decoded) {
                m_decoded.emplace_back();
                decoded = &m_decoded.back();
            }
            if (decoded)
                decoded->append(reinterpret_cast<const char *>(copiedUpTo),
                                size_t(m_p - copiedUpTo));
            ++m_p;
            if (m_p >= m_end)
                return fail(u"unterminated escape"_s);
            const uchar e = *m_p++;
            char simple = 0;
            switch (e) {
            case '"':
                simple = '"';
                break;
            case '\\':
                simple = '\\';
                break;
            case '/':
                simple = '/';
                break;
            case 'b':
                simple = '\b';
                break;
            case 'f':
                simple = '\f';
                break;
            case 'n':
                simple = '\n';
                break;
            case 'r':
                simple = '\r';
                break;
            case 't':
                simple = '\t';
                break;
            case 'u': {
                if (m_end - m_p < 4)
                    return fail(u"truncated \\u escape"_s);
                quint32 cp = 0;
                for (int k = 0; k < 4; ++k) {
                    const int h = StrictJson::hexDigit(m_p[k]);
                    if (h < 0)
                        return fail(u"invalid \\u escape"_s);
                    cp = cp << 4 | quint32(h);
                }
                m_p += 4;
                // Combine a surrogate pair when one follows; a lone surrogate stays as is.
                if (cp >= 0xd800 && cp < 0xdc00 && m_end - m_p >= 6 && m_p[0] == '\\' &&
                    m_p[1] == 'u') {
                    quint32 lo = 0;
                    bool ok = true;
                    for (int k = 0; k < 4; ++k) {
                        const int h = StrictJson::hexDigit(m_p[2 + k]);
                        if (h < 0) {
                            ok = false;
                            break;
                        }
                        lo = lo << 4 | quint32(h);
                    }
                    if (ok && lo >= 0xdc00 && lo < 0xe000) {
                        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                        m_p += 6;
                    }
                }
                if (decoded)
                    StrictJson::appendUtf8(*decoded, cp);
                break;
            }
            default:
                --m_p;
                return fail(u"invalid escape sequence"_s);
            }
            if (simple && decoded)
                decoded->push_back(simple);
            copiedUpTo = m_p;
            continue;
        }
        if (c < 0x80) {
            ++m_p;
            continue;
        }
        const int len = StrictJson::utf8SequenceLength(m_p, m_end);
        if (len < 0)
            return fail(u"truncated UTF-8 sequence in string"_s);
        if (len == 0)
            return fail(u"invalid UTF-8 in string"_s);
        m_p += len;
    }
    if (key) {
        if (decoded) {
            decoded->append(reinterpret_cast<const char *>(copiedUpTo), size_t(m_p - copiedUpTo));
            *key = *decoded;
        } else {
            *key = std::string_view(reinterpret_cast<const char *>(start), size_t(m_p - start));
        }
    }
    ++m_p; // closing quote
    return true;
}

bool Scanner::addKey(std::string_view key, const uchar *at)
{
    Frame &f = m_stack.back();
    const size_t count = m_keys.size() - f.keyStart;
    bool dup = false;
    if (f.set) {
        dup = !f.set->insert(key).second;
    } else {
        for (size_t i = f.keyStart; i < m_keys.size(); ++i) {
            if (m_keys[i] == key) {
                dup = true;
                break;
            }
        }
        if (!dup && count + 1 > kLinearLimit) {
            f.set = std::make_unique<std::unordered_set<std::string_view>>(
                m_keys.begin() + qsizetype(f.keyStart), m_keys.end());
            f.set->insert(key);
        }
    }
    if (dup) {
        m_p = at;
        QString name = QString::fromUtf8(key.data(), qsizetype(key.size()));
        if (name.size() > 64)
            name = name.left(64) + u"…"_s;
        return fail(u"duplicate member name \"%1\""_s.arg(name));
    }
    if (!f.set)
        m_keys.push_back(key);
    return true;
}

bool Scanner::run()
{
    skipWs();
    // State machine: after a value is complete we look at the enclosing frame.
    bool expectValue = true;
    while (true) {
        if (expectValue) {
            skipWs();
            if (m_p >= m_end)
                return fail(u"unexpected end of input, expected a value"_s);
            switch (*m_p) {
            case '{':
            case '[': {
                if (m_stack.size() >= size_t(StrictJson::MaxDepth))
                    return fail(u"nesting deeper than %1 levels"_s.arg(StrictJson::MaxDepth));
                const bool obj = *m_p == '{';
                ++m_p;
                m_stack.push_back(Frame{obj, m_keys.size(), nullptr});
                skipWs();
                if (m_p < m_end && *m_p == (obj ? '}' : ']')) {
                    ++m_p;
                    m_stack.pop_back();
                    break; // empty container: value complete
                }
                if (obj) {
                    if (m_p >= m_end || *m_p != '"')
                        return fail(u"expected a member name"_s);
                    const uchar *at = m_p;
                    std::string_view key;
                    if (!string(&key) || !addKey(key, at))
                        return false;
                    skipWs();
                    if (m_p >= m_end || *m_p != ':')
                        return fail(u"expected ':' after member name"_s);
                    ++m_p;
                }
                continue; // expect the first value
            }
            case '"':
                if (!string(nullptr))
                    return false;
                break;
            case 't':
                if (!literal("true", 4))
                    return false;
                break;
            case 'f':
                if (!literal("false", 5))
                    return false;
                break;
            case 'n':
                if (!literal("null", 4))
                    return false;
                break;
            default:
                if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9')) {
                    if (!number())
                        return false;
                    break;
                }
                return fail(u"unexpected character, expected a value"_s);
            }
        }
        // A value is complete.
        skipWs();
        if (m_stack.empty()) {
            if (m_p != m_end)
                return fail(u"trailing characters after the JSON value"_s);
            return true;
        }
        if (m_p >= m_end)
            return fail(u"unexpected end of input"_s);
        Frame &f = m_stack.back();
        if (*m_p == ',') {
            ++m_p;
            skipWs();
            if (f.isObject) {
                if (m_p >= m_end || *m_p != '"')
                    return fail(u"expected a member name"_s);
                const uchar *at = m_p;
                std::string_view key;
                if (!string(&key) || !addKey(key, at))
                    return false;
                skipWs();
                if (m_p >= m_end || *m_p != ':')
                    return fail(u"expected ':' after member name"_s);
                ++m_p;
            }
            expectValue = true;
            continue;
        }
        if (*m_p == (f.isObject ? '}' : ']')) {
            ++m_p;
            if (f.isObject) {
                m_keys.resize(f.keyStart);
            }
            m_stack.pop_back();
            expectValue = false;
            continue;
        }
        return fail(f.isObject ? u"expected ',' or '}'"_s : u"expected ',' or ']'"_s);
    }
}

} // namespace

int StrictJson::utf8SequenceLength(const uchar *p, const uchar *end)
{
    const uchar c = *p;
    int len = 0;
    quint32 cp = 0;
    if (c >= 0xc2 && c <= 0xdf) {
        len = 2;
        cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        len = 3;
        cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (end - p < len)
        return -1;
    for (int k = 1; k < len; ++k) {
        if ((p[k] & 0xc0) != 0x80)
            return 0;
        cp = cp << 6 | (p[k] & 0x3f);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10ffff)))
        return 0;
    return len;
}

bool StrictJson::check(QByteArrayView json, QString *error)
{
    QString reason;
    qsizetype offset = 0;
    if (check(json, error ? &reason : nullptr, &offset))
        return true;
    if (error)
        *error = u"%1 at offset %2"_s.arg(reason).arg(offset);
    return false;
}

bool StrictJson::check(QByteArrayView json, QString *reason, qsizetype *offset)
{
    thread_local Scratch scratch;
    Scanner s(json, scratch);
    if (s.run())
        return true;
    if (reason)
        *reason = s.reason;
    if (offset)
        *offset = s.offset;
    return false;
}

bool StrictJson::parseObject(const QByteArray &json, QJsonObject *out, QString *error)
{
    if (!check(json, error))
        return false;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error)
            *error = u"%1 at offset %2"_s.arg(pe.errorString()).arg(pe.offset);
        return false;
    }
    if (!doc.isObject()) {
        if (error)
            *error = u"not a JSON object"_s;
        return false;
    }
    if (out)
        *out = doc.object();
    return true;
}

void StrictJson::appendUtf8(std::string &s, quint32 cp)
{
    if (cp < 0x80) {
        s.push_back(char(cp));
    } else if (cp < 0x800) {
        s.push_back(char(0xc0 | cp >> 6));
        s.push_back(char(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
        s.push_back(char(0xe0 | cp >> 12));
        s.push_back(char(0x80 | ((cp >> 6) & 0x3f)));
        s.push_back(char(0x80 | (cp & 0x3f)));
    } else {
        s.push_back(char(0xf0 | cp >> 18));
        s.push_back(char(0x80 | ((cp >> 12) & 0x3f)));
        s.push_back(char(0x80 | ((cp >> 6) & 0x3f)));
        s.push_back(char(0x80 | (cp & 0x3f)));
    }
}

int StrictJson::hexDigit(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace tid::core
