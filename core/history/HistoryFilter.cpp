#include "core/history/HistoryFilter.h"

#include "core/history/HistoryEvent.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

struct KeyInfo
{
    HistoryFilter::Field field;
    QLatin1StringView name;
};

constexpr KeyInfo Keys[] = {
    {HistoryFilter::Field::Type, "type"_L1},
    {HistoryFilter::Field::Client, "client"_L1},
    {HistoryFilter::Field::Grant, "grant"_L1},
    {HistoryFilter::Field::Scope, "scope"_L1},
    {HistoryFilter::Field::Outcome, "outcome"_L1},
    {HistoryFilter::Field::Since, "since"_L1},
    {HistoryFilter::Field::Until, "until"_L1},
    {HistoryFilter::Field::Depth, "depth"_L1},
    {HistoryFilter::Field::Trace, "trace"_L1},
    {HistoryFilter::Field::Subject, "subject"_L1},
    {HistoryFilter::Field::Audience, "audience"_L1},
    {HistoryFilter::Field::Jti, "jti"_L1},
    {HistoryFilter::Field::Parent, "parent"_L1},
    {HistoryFilter::Field::Source, "source"_L1},
    {HistoryFilter::Field::Id, "id"_L1},
    {HistoryFilter::Field::Policy, "policy"_L1},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("HistoryFilter", text);
}

constexpr qint64 NsPerSecond = 1000000000LL;

std::optional<qint64> parseTime(const QString &value, const QDateTime &now)
{
    static const QRegularExpression relative(u"^(\\d{1,6})([smhdw])$"_s);
    if (const auto m = relative.match(value); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 seconds = unit == u's'   ? n
                               : unit == u'm' ? n * 60
                               : unit == u'h' ? n * 3600
                               : unit == u'd' ? n * 86400
                                              : n * 7 * 86400;
        return now.toMSecsSinceEpoch() * 1000000LL - seconds * NsPerSecond;
    }
    if (auto instant = HistoryEvent::parseInstant(value))
        return instant;
    // A date or a date-time without zone: UTC.
    static const QRegularExpression dateOnly(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (dateOnly.match(value).hasMatch())
        return HistoryEvent::parseInstant(QString(value + u"T00:00:00Z"_s));
    static const QRegularExpression noZone(
        u"^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$"_s);
    if (noZone.match(value).hasMatch()) {
        QString v = value;
        if (v.size() == 16)
            v += u":00"_s;
        return HistoryEvent::parseInstant(QString(v + u'Z'));
    }
    return std::nullopt;
}

// Reads a value at `pos`: a quoted string (with \" and \\ escapes) or everything up to the next
// whitespace. Returns false on an unterminated quote.
bool readValue(const QString &text, qsizetype &pos, QString *value)
{
    value->clear();
    if (pos < text.size() && text[pos] == u'"') {
        ++pos;
        while (pos < text.size() && text[pos] != u'"') {
            if (text[pos] == u'\\' && pos + 1 < text.size())
                ++pos;
            value->append(text[pos]);
            ++pos;
        }
        if (pos >= text.size())
            return false;
        ++pos; // closing quote
        return true;
    }
    while (pos < text.size() && !text[pos].isSpace())
        value->append(text[pos++]);
    return true;
}

} // namespace

QString HistoryFilter::keyName(Field field)
{
    for (const KeyInfo &k : Keys)
        if (k.field == field)
            return k.name;
    return {};
}

std::optional<HistoryFilter::Field> HistoryFilter::fieldFromKey(QStringView key)
{
    for (const KeyInfo &k : Keys)
        if (key.compare(k.name, Qt::CaseInsensitive) == 0)
            return k.field;
    if (key.compare(u"sub", Qt::CaseInsensitive) == 0)
        return Field::Subject;
    if (key.compare(u"aud", Qt::CaseInsensitive) == 0)
        return Field::Audience;
    if (key.compare(u"agent", Qt::CaseInsensitive) == 0)
        return Field::Client;
    if (key.compare(u"status", Qt::CaseInsensitive) == 0)
        return Field::Outcome;
    return std::nullopt;
}

QStringList HistoryFilter::keys()
{
    QStringList out;
    for (const KeyInfo &k : Keys)
        out << k.name + u':';
    out << u"depth>="_s << u"depth<="_s << u"depth>"_s;
    return out;
}

QString HistoryFilter::quoted(const QString &value)
{
    bool needs = value.isEmpty();
    for (const QChar c : value)
        if (c.isSpace() || c == u'"')
            needs = true;
    if (!needs)
        return value;
    QString out = u"\""_s;
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

QString HistoryFilter::termText(const Term &term)
{
    QString out = term.negated ? u"-"_s : QString();
    if (term.field == Field::Text) {
        // A phrase that would read as key:value, an operator or a negation keeps its quotes.
        static const QRegularExpression special(u"[:=<>!\"\\s]|^-"_s);
        if (term.value.contains(special)) {
            QString escaped = term.value;
            escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
            return out + u'"' + escaped + u'"';
        }
        return out + quoted(term.value);
    }
    out += keyName(term.field);
    switch (term.op) {
    case Op::Eq:
        out += u':';
        break;
    case Op::Ne:
        out += u"!="_s;
        break;
    case Op::Gt:
        out += u'>';
        break;
    case Op::Ge:
        out += u">="_s;
        break;
    case Op::Lt:
        out += u'<';
        break;
    case Op::Le:
        out += u"<="_s;
        break;
    }
    return out + quoted(term.value);
}

HistoryFilter HistoryFilter::parse(const QString &text, Error *error, const QDateTime &nowArg)
{
    const QDateTime now = nowArg.isValid() ? nowArg : QDateTime::currentDateTimeUtc();
    HistoryFilter filter;
    filter.m_text = text;
    auto fail = [&](const QString &message, qsizetype at, qsizetype length) {
        if (error)
            *error = Error{message, int(at), int(length)};
        HistoryFilter invalid;
        invalid.m_text = text;
        return invalid;
    };
    if (error)
        *error = {};
    qsizetype pos = 0;
    while (true) {
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
        if (pos >= text.size())
            break;
        const qsizetype start = pos;
        Term term;
        if (text[pos] == u'-' && pos + 1 < text.size() && !text[pos + 1].isSpace()) {
            term.negated = true;
            ++pos;
        }
        if (text[pos] == u'"') {
            if (!readValue(text, pos, &term.value))
                return fail(tr("The quote is not closed."), start, text.size() - start);
            term.field = Field::Text;
            if (!term.value.isEmpty())
                filter.m_terms << term;
            continue;
        }
        // key, then an operator, then a value — or a bare word.
        qsizetype k = pos;
        while (k < text.size() && (text[k].isLetter() || text[k] == u'_'))
            ++k;
        const QString key = text.mid(pos, k - pos);
        Op op = Op::Eq;
        qsizetype opLength = 0;
        if (k < text.size() && k > pos) {
            const QStringView rest = QStringView(text).mid(k);
            if (rest.startsWith(u">="))
                op = Op::Ge, opLength = 2;
            else if (rest.startsWith(u"<="))
                op = Op::Le, opLength = 2;
            else if (rest.startsWith(u"!="))
                op = Op::Ne, opLength = 2;
            else if (rest.startsWith(u'>'))
                op = Op::Gt, opLength = 1;
            else if (rest.startsWith(u'<'))
                op = Op::Lt, opLength = 1;
            else if (rest.startsWith(u':') || rest.startsWith(u'='))
                op = Op::Eq, opLength = 1;
        }
        if (opLength == 0) { // a bare word
            pos = start + (term.negated ? 1 : 0);
            readValue(text, pos, &term.value);
            term.field = Field::Text;
            filter.m_terms << term;
            continue;
        }
        const auto field = fieldFromKey(key);
        if (!field)
            return fail(
                tr("Unknown key “%1”. Keys: %2.").arg(key, keys().join(u", "_s).remove(u':')), pos,
                k - pos);
        term.field = *field;
        term.op = op;
        pos = k + opLength;
        if (!readValue(text, pos, &term.value))
            return fail(tr("The quote is not closed."), start, text.size() - start);
        if (term.value.isEmpty())
            return fail(tr("“%1” needs a value.").arg(key), start, pos - start);
        const bool ordered = op == Op::Gt || op == Op::Ge || op == Op::Lt || op == Op::Le;
        if ((ordered || op == Op::Ne) && term.field == Field::Policy)
            return fail(tr("A policy is given as policy:FILE (-policy:FILE for the tokens that "
                           "break it)."),
                        start, pos - start);
        if (ordered && term.field != Field::Depth)
            return fail(tr("Only depth compares with <, <=, > and >=."), start, pos - start);
        switch (term.field) {
        case Field::Type:
            term.value = term.value.toUpper();
            break;
        case Field::Outcome: {
            const auto o = HistoryEvent::outcomeFromName(term.value);
            if (o == HistoryEvent::Outcome::Unknown)
                return fail(tr("Outcome is success, failure or in_progress."), start, pos - start);
            term.value = HistoryEvent::outcomeName(o);
            term.number = int(o);
            break;
        }
        case Field::Policy: {
            QString why;
            auto policy = std::make_shared<ChainPolicy>(ChainPolicy::fromFile(term.value, &why));
            if (!policy->isValid())
                return fail(tr("The policy %1 cannot be used: %2").arg(term.value, why), start,
                            pos - start);
            term.policy = std::move(policy);
            break;
        }
        case Field::Source:
            term.value = term.value.toLower();
            if (term.value != u"file"_s && term.value != u"api"_s)
                return fail(tr("Source is file or api."), start, pos - start);
            break;
        case Field::Depth: {
            bool ok = false;
            term.number = term.value.toLongLong(&ok);
            if (!ok || term.number < 0)
                return fail(tr("Depth is a whole number (0: no actor)."), start, pos - start);
            break;
        }
        case Field::Since:
        case Field::Until: {
            const auto t = parseTime(term.value, now);
            if (!t)
                return fail(tr("“%1” is not a time: use 2026-11-30, 2026-11-30T08:00:00Z or "
                               "24h, 7d, 30m.")
                                .arg(term.value),
                            start, pos - start);
            term.number = *t;
            break;
        }
        default:
            break;
        }
        filter.m_terms << term;
    }
    return filter;
}

HistoryFilter HistoryFilter::withTerm(const Term &term) const
{
    HistoryFilter out = *this;
    if (!out.m_terms.contains(term)) {
        out.m_terms << term;
        out.m_text =
            (m_text.trimmed().isEmpty() ? QString() : m_text.trimmed() + u' ') + termText(term);
    }
    return out;
}

HistoryFilter HistoryFilter::withTimeRange(qint64 fromNs, qint64 toNs) const
{
    HistoryFilter out;
    QStringList parts;
    for (const Term &t : m_terms) {
        if (t.field == Field::Since || t.field == Field::Until)
            continue;
        out.m_terms << t;
        parts << termText(t);
    }
    for (const auto &[field, ns] : {std::pair{Field::Since, fromNs}, {Field::Until, toNs}}) {
        if (ns == 0)
            continue;
        Term t;
        t.field = field;
        t.number = ns;
        t.value = HistoryEvent::formatInstant(ns);
        out.m_terms << t;
        parts << termText(t);
    }
    out.m_text = parts.join(u' ');
    return out;
}

qint64 HistoryFilter::sinceNs() const
{
    qint64 since = 0;
    for (const Term &t : m_terms)
        if (t.field == Field::Since && !t.negated)
            since = std::max(since, t.number);
    return since;
}

qint64 HistoryFilter::untilNs() const
{
    qint64 until = 0;
    for (const Term &t : m_terms)
        if (t.field == Field::Until && !t.negated)
            until = until == 0 ? t.number : std::min(until, t.number);
    return until;
}

} // namespace tid::core
