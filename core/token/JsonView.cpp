#include "core/token/JsonView.h"

#include "core/token/StrictJson.h"

#include <charconv>
#include <cstring>

namespace tid::core {

const char *JsonView::stringEnd(const char *p, const char *end)
{
    ++p;
    while (p < end) {
        const void *hit = std::memchr(p, '"', size_t(end - p));
        if (!hit)
            return end;
        const char *q = static_cast<const char *>(hit);
        // The quote closes the string unless an odd number of backslashes precede it.
        const char *b = q;
        while (b > p && b[-1] == '\\')
            --b;
        if ((q - b) % 2 == 0)
            return q + 1;
        p = q + 1;
    }
    return end;
}

const char *JsonView::containerEnd(const char *p, const char *end)
{
    int depth = 0;
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            p = stringEnd(p, end);
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return p + 1;
        }
        ++p;
    }
    return end;
}

namespace {

// The UTF-16 text of a string's inside (without quotes), escapes resolved the way QJsonDocument
// resolves them: \uXXXX adds that code unit, so a surrogate pair combines and a lone one stays.
QString decode(const char *p, const char *end)
{
    QString out;
    out.reserve(end - p);
    const char *run = p;
    while (p < end) {
        if (*p != '\\') {
            ++p;
            continue;
        }
        if (p > run)
            out += QString::fromUtf8(run, p - run);
        ++p;
        if (p >= end)
            break;
        const char e = *p++;
        switch (e) {
        case 'b':
            out += QChar(u'\b');
            break;
        case 'f':
            out += QChar(u'\f');
            break;
        case 'n':
            out += QChar(u'\n');
            break;
        case 'r':
            out += QChar(u'\r');
            break;
        case 't':
            out += QChar(u'\t');
            break;
        case 'u': {
            char16_t unit = 0;
            for (int k = 0; k < 4 && p < end; ++k, ++p)
                unit = char16_t(unit << 4 | char16_t(qMax(0, StrictJson::hexDigit(uchar(*p)))));
            out += QChar(unit);
            break;
        }
        default: // '"', '\\', '/'
            out += QChar(char16_t(uchar(e)));
            break;
        }
        run = p;
    }
    if (p > run)
        out += QString::fromUtf8(run, p - run);
    return out;
}

} // namespace

const char *JsonView::skipSpace(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        ++p;
    return p;
}

JsonView JsonView::at(const char *p, const char *end)
{
    if (p >= end)
        return {};
    const char c = *p;
    auto view = [p](Type t, const char *e) { return JsonView(t, QByteArrayView(p, e - p)); };
    switch (c) {
    case '"':
        return view(Type::String, stringEnd(p, end));
    case '{':
        return view(Type::Object, containerEnd(p, end));
    case '[':
        return view(Type::Array, containerEnd(p, end));
    case 't':
        return view(Type::Bool, p + qMin<qsizetype>(4, end - p));
    case 'f':
        return view(Type::Bool, p + qMin<qsizetype>(5, end - p));
    case 'n':
        return view(Type::Null, p + qMin<qsizetype>(4, end - p));
    default: {
        const char *e = p;
        while (e < end && ((*e >= '0' && *e <= '9') || *e == '-' || *e == '+' || *e == '.' ||
                           *e == 'e' || *e == 'E'))
            ++e;
        return e == p ? JsonView() : view(Type::Number, e);
    }
    }
}

JsonView JsonView::of(QByteArrayView checkedJson)
{
    const char *begin = checkedJson.data();
    const char *end = begin + checkedJson.size();
    begin = skipSpace(begin, end);
    // Checked text holds one value: an object or array ends where the text does, without a walk
    // over it to its closing bracket.
    while (end > begin && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r'))
        --end;
    if (begin < end && (*begin == '{' || *begin == '['))
        return JsonView(*begin == '{' ? Type::Object : Type::Array, QByteArrayView(begin, end));
    return at(begin, end);
}

QString JsonView::toString() const
{
    if (m_type != Type::String || m_raw.size() < 2)
        return {};
    const char *p = m_raw.data() + 1;
    const char *end = m_raw.data() + m_raw.size() - 1;
    if (!std::memchr(p, '\\', size_t(end - p)))
        return QString::fromUtf8(p, end - p);
    return decode(p, end);
}

bool JsonView::equals(std::string_view utf8) const
{
    if (m_type != Type::String || m_raw.size() < 2)
        return false;
    const QByteArrayView inside = m_raw.sliced(1, m_raw.size() - 2);
    if (!inside.contains('\\'))
        return inside == QByteArrayView(utf8.data(), qsizetype(utf8.size()));
    return toString() == QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

double JsonView::toDouble() const
{
    if (m_type != Type::Number)
        return 0;
    double d = 0;
    const char *p = m_raw.data();
    // from_chars takes no leading '+', which JSON never has anyway.
    std::from_chars(p, p + m_raw.size(), d);
    return d;
}

JsonView JsonView::member(std::string_view name) const
{
    JsonView found;
    forEachMember([&](const JsonView &n, const JsonView &value) {
        if (!n.equals(name))
            return true;
        found = value;
        return false;
    });
    return found;
}

JsonObjectView::JsonObjectView(const JsonView &object)
{
    object.forEachMember([this](const JsonView &name, const JsonView &value) {
        m_members.append(Member{name, name.m_raw.contains('\\'), value});
        return true;
    });
}

JsonView JsonObjectView::member(std::string_view name) const
{
    const qsizetype n = qsizetype(name.size());
    for (const Member &m : m_members) {
        if (m.escaped) {
            if (m.name.equals(name))
                return m.value;
        } else if (m.name.m_raw.size() == n + 2 &&
                   std::memcmp(m.name.m_raw.data() + 1, name.data(), name.size()) == 0) {
            return m.value;
        }
    }
    return {};
}

qsizetype JsonView::size() const
{
    qsizetype n = 0;
    auto count = [&n](const auto &...) {
        ++n;
        return true;
    };
    forEachElement(count);
    forEachMember(count);
    return n;
}

} // namespace tid::core
