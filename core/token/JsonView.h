#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

#include <string_view>

namespace tid::core {

// A read-only view of one value inside JSON text that StrictJson::check() has accepted: it
// reads members, elements, strings and numbers straight from the text, without building a
// QJsonObject. The validator reads a token's claims this way (a bulk run checks a dozen claims
// per token; building the whole object cost more than all the checks). Only for checked text:
// on anything else the answers are unspecified (but never out of the view's bounds). The text
// must outlive the view.
class JsonView final
{
public:
    enum class Type
    {
        Undefined, // a missing member or element
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };

    JsonView() = default;
    // The top-level value of checked text (leading and trailing whitespace allowed).
    static JsonView of(QByteArrayView checkedJson);

    Type type() const { return m_type; }
    bool isUndefined() const { return m_type == Type::Undefined; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    // The value's text exactly as written (a string with its quotes).
    QByteArrayView raw() const { return m_raw; }

    // A string's value with its escapes resolved; an empty string for any other type (like
    // QJsonValue::toString()).
    QString toString() const;
    // Whether this is a string equal to `utf8` (compared without building a QString).
    bool equals(std::string_view utf8) const;
    // A number's value as a double (correctly rounded); 0 for any other type.
    double toDouble() const;
    bool toBool() const { return m_type == Type::Bool && m_raw.size() == 4; }

    // An object's member by name (names with escapes are decoded before comparing); Undefined
    // when absent or when this is not an object. StrictJson rejects duplicate names, so the
    // first match is the only one.
    JsonView member(std::string_view name) const;
    bool contains(std::string_view name) const { return !member(name).isUndefined(); }

    // Calls f(JsonView) for each element of an array, in order; f returns false to stop.
    template<typename F> void forEachElement(F &&f) const
    {
        if (m_type != Type::Array)
            return;
        const char *p = m_raw.data() + 1;
        const char *end = m_raw.data() + m_raw.size() - 1;
        while (true) {
            p = skipSpace(p, end);
            if (p >= end)
                return;
            const JsonView v = at(p, end);
            if (!f(v))
                return;
            p = skipSpace(v.m_raw.data() + v.m_raw.size(), end);
            if (p >= end || *p != ',')
                return;
            ++p;
        }
    }
    // Calls f(name, value) for each member of an object, in order; `name` is the member's name
    // as written (a String view, quotes and escapes included). f returns false to stop.
    template<typename F> void forEachMember(F &&f) const
    {
        if (m_type != Type::Object)
            return;
        const char *p = m_raw.data() + 1;
        const char *end = m_raw.data() + m_raw.size() - 1;
        while (true) {
            p = skipSpace(p, end);
            if (p >= end || *p != '"')
                return;
            const char *nameEnd = stringEnd(p, end);
            const JsonView name(Type::String, QByteArrayView(p, nameEnd));
            p = skipSpace(nameEnd, end);
            if (p >= end || *p != ':')
                return;
            const JsonView value = at(skipSpace(p + 1, end), end);
            if (value.isUndefined() || !f(name, value))
                return;
            p = skipSpace(value.m_raw.data() + value.m_raw.size(), end);
            if (p >= end || *p != ',')
                return;
            ++p;
        }
    }
    qsizetype size() const; // elements of an array, members of an object, else 0

private:
    JsonView(Type type, QByteArrayView raw)
        : m_type(type)
        , m_raw(raw)
    {}
    static const char *skipSpace(const char *p, const char *end);
    // One past the closing quote of the string whose opening quote is at p (never past end).
    static const char *stringEnd(const char *p, const char *end);
    // One past the closing bracket of the array or object whose opening bracket is at p.
    static const char *containerEnd(const char *p, const char *end);
    // The value starting at p (never past end).
    static JsonView at(const char *p, const char *end);

    friend class JsonObjectView;

    Type m_type = Type::Undefined;
    QByteArrayView m_raw;
};

// An object's members found in one pass, for many lookups: each then costs a comparison of
// names rather than a walk over the text (the validator asks a token's claims a dozen times).
// Empty for anything but an object. The text must outlive it.
class JsonObjectView final
{
public:
    JsonObjectView() = default;
    explicit JsonObjectView(const JsonView &object);

    JsonView member(std::string_view name) const;
    bool contains(std::string_view name) const { return !member(name).isUndefined(); }
    qsizetype size() const { return m_members.size(); }

private:
    struct Member
    {
        JsonView name; // the string as written, quotes included
        bool escaped = false;
        JsonView value;
    };
    QVarLengthArray<Member, 24> m_members;
};

} // namespace tid::core
