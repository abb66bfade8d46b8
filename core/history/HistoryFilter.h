#pragma once

#include "core/token/ChainPolicy.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace tid::core {

// The history's filter language, one for the pane and the command line:
//
//   type:TOKEN_ISSUED client:nightly-kpi-builder grant:token-exchange scope:reports:read
//   outcome:failure since:24h until:2026-11-30 depth>=2 trace:abc "free text" -type:FLOW_STARTED
//
// Terms are ANDed; an empty filter matches every event. `key:value` or `key:"quoted value"`;
// a leading '-' negates a term. Keys:
//   type      the event type (exact, case-insensitive)
//   client    the client id (exact)
//   grant     the full grant-type URN or its last part (token-exchange, client_credentials)
//   scope     the event's scopes contain this one
//   outcome   success | failure | in_progress
//   since     inclusive instant; until: exclusive instant — ISO 8601 with any fraction and zone,
//             a date (UTC midnight), or relative to now: 30s 15m 24h 7d 2w
//   depth     number of actors in the chain, with = != > >= < <= (depth:2 is depth=2)
//   trace, subject (sub), audience (aud), jti, parent (parentJti), source (file | api), id
//   policy    a chain-policy file (docs/policies.md): TOKEN_ISSUED events whose token holds
//             every rule; -policy:FILE those that break one. Read when the filter is parsed.
// A bare word or a quoted phrase searches the event's original text.
class HistoryFilter final
{
public:
    enum class Field
    {
        Type,
        Client,
        Grant,
        Scope,
        Outcome,
        Since,
        Until,
        Depth,
        Trace,
        Subject,
        Audience,
        Jti,
        Parent,
        Source,
        Id,
        Policy,
        Text,
    };
    enum class Op
    {
        Eq,
        Ne,
        Gt,
        Ge,
        Lt,
        Le,
    };
    struct Term
    {
        Field field = Field::Text;
        Op op = Op::Eq;
        QString value;     // as written (unquoted); normalised for type/outcome/source
        qint64 number = 0; // depth; since/until as ns since the epoch
        bool negated = false;
        std::shared_ptr<const ChainPolicy> policy; // Policy: the file as read at parse time
        friend bool operator==(const Term &a, const Term &b)
        {
            return a.field == b.field && a.op == b.op && a.value == b.value &&
                   a.number == b.number && a.negated == b.negated;
        }
    };
    struct Error
    {
        QString message;  // translated, e.g. "Unknown key “clint”."
        int position = 0; // character offset in the text
        int length = 0;
    };

    HistoryFilter() = default;

    // `now` resolves relative times (24h); defaults to the current time.
    static HistoryFilter parse(const QString &text, Error *error = nullptr,
                               const QDateTime &now = {});

    bool isEmpty() const { return m_terms.isEmpty(); }
    const QList<Term> &terms() const { return m_terms; }
    QString text() const { return m_text; }

    // A copy with one more term (and the text to match), e.g. a click on a facet.
    HistoryFilter withTerm(const Term &term) const;
    // A copy whose since/until are replaced by [fromNs, toNs) — a range dragged on the timeline.
    HistoryFilter withTimeRange(qint64 fromNs, qint64 toNs) const;
    // The tightest [since, until) of the filter's positive time terms; 0 where open.
    qint64 sinceNs() const;
    qint64 untilNs() const;

    static QString keyName(Field field); // "type", "client", …
    static std::optional<Field> fieldFromKey(QStringView key);
    // Completion: every key with its colon ("type:", "client:", "depth>=" …).
    static QStringList keys();
    // Quotes a value when it needs it (spaces, quotes).
    static QString quoted(const QString &value);
    // The term as text ("client:\"a b\"", "depth>=2").
    static QString termText(const Term &term);

    friend bool operator==(const HistoryFilter &a, const HistoryFilter &b)
    {
        return a.m_terms == b.m_terms;
    }

private:
    QList<Term> m_terms;
    QString m_text;
};

} // namespace tid::core
