#include "core/history/SqlHistoryBackend.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "core/history/RawCodec.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SqlHistoryBackend", text);
}

// Term kinds of the fields stored through `terms`.
int termKindOf(HistoryFilter::Field field)
{
    switch (field) {
    case HistoryFilter::Field::Type:
        return 1;
    case HistoryFilter::Field::Client:
        return 2;
    case HistoryFilter::Field::Grant:
        return 3;
    case HistoryFilter::Field::Scope:
        return 4;
    case HistoryFilter::Field::Subject:
        return 5;
    case HistoryFilter::Field::Audience:
        return 6;
    default:
        return 0;
    }
}

// Fields compared with one bound value: their SQL and whether the value is the term's number.
struct Direct
{
    HistoryFilter::Field field;
    const char16_t *sql;
    bool number;
};
constexpr Direct Directs[] = {
    {HistoryFilter::Field::Outcome, u"outcome = ?", true},
    {HistoryFilter::Field::Since, u"ts >= ?", true},
    {HistoryFilter::Field::Until, u"ts < ?", true},
    {HistoryFilter::Field::Trace, u"trace = ?", false},
    {HistoryFilter::Field::Jti, u"jti = ?", false},
    {HistoryFilter::Field::Parent, u"parent_jti = ?", false},
};

const Direct *directOf(HistoryFilter::Field field)
{
    for (const Direct &d : Directs)
        if (d.field == field)
            return &d;
    return nullptr;
}

QString likeEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'%';
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'%';
    return out;
}

} // namespace

const QString SqlHistoryBackend::Columns =
    u"e.id, e.event_id, e.twin_id, e.source, e.ts, e.type, e.outcome, e.client, e.grant_type, "
    "e.scope, e.subject, e.audience, e.trace, e.jti, e.parent_jti, e.act, e.depth, "
    "e.error_code, e.raw, e.twin_raw"_s;

SqlHistoryBackend::SqlHistoryBackend(Dialect dialect)
    : m_dialect(dialect)
{}

SqlHistoryBackend::~SqlHistoryBackend() = default;

QString SqlHistoryBackend::errorText(const QSqlError &error) const
{
    return tr("history database error: %1").arg(error.text());
}

void SqlHistoryBackend::forgetTerms()
{
    for (auto &ids : m_termIds)
        ids.clear();
    m_termTexts.clear();
    m_maxTermId = 0;
}

QVariant SqlHistoryBackend::textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QStringList SqlHistoryBackend::scopeSet(const QString &scope)
{
    return scope.split(u' ', Qt::SkipEmptyParts);
}

// Event ids are UUIDv7 almost always: kept as their 16 bytes (a smaller row and unique index);
// anything else as its text. The two never compare equal in SQLite.
QByteArray SqlHistoryBackend::idKey(const QString &id)
{
    if (id.size() != 36)
        return id.toUtf8();
    QByteArray bytes;
    bytes.reserve(16);
    for (qsizetype i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (id[i] != u'-')
                return id.toUtf8();
            continue;
        }
        const auto hex = [](QChar c) {
            const char16_t u = c.unicode();
            return u >= '0' && u <= '9'   ? int(u - '0')
                   : u >= 'a' && u <= 'f' ? int(u - 'a' + 10)
                                          : -1;
        };
        const int hi = hex(id[i]);
        const int lo = i + 1 < 36 ? hex(id[i + 1]) : -1;
        if (hi < 0 || lo < 0)
            return id.toUtf8();
        bytes.append(char(hi << 4 | lo));
        ++i;
    }
    return bytes;
}

QString SqlHistoryBackend::idText(const QVariant &stored)
{
    if (stored.typeId() != QMetaType::QByteArray)
        return stored.toString();
    const QByteArray b = stored.toByteArray();
    if (b.size() != 16)
        return QString::fromUtf8(b);
    const QString hex = QString::fromLatin1(b.toHex());
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) +
           u'-' + hex.mid(20);
}

bool SqlHistoryBackend::exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = errorText(query.lastError());
    return false;
}

bool SqlHistoryBackend::prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    if (error)
        *error = errorText(query.lastError());
    return false;
}

void SqlHistoryBackend::loadTerms()
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, kind, text FROM terms WHERE id > ?"_s);
    q.addBindValue(m_maxTermId);
    if (!q.exec())
        return;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const int kind = q.value(1).toInt();
        const QString text = q.value(2).toString();
        if (kind > 0 && kind < 7)
            m_termIds[kind].insert(text, id);
        m_termTexts.insert(id, text);
        m_maxTermId = std::max(m_maxTermId, id);
    }
}

QString SqlHistoryBackend::termText(qint64 id)
{
    auto it = m_termTexts.constFind(id);
    if (it == m_termTexts.constEnd()) {
        loadTerms(); // written by the other connection since
        it = m_termTexts.constFind(id);
        if (it == m_termTexts.constEnd())
            return {};
    }
    return *it;
}

QVariant SqlHistoryBackend::termId(int kind, const QString &text, QString *error)
{
    if (text.isEmpty())
        return QVariant(QMetaType(QMetaType::LongLong));
    if (const auto it = m_termIds[kind].constFind(text); it != m_termIds[kind].constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO terms(kind, text) VALUES (?, ?) ON CONFLICT(kind, text) DO NOTHING"_s);
    q.addBindValue(kind);
    q.addBindValue(text);
    if (!exec(q, error))
        return {};
    q.prepare(u"SELECT id FROM terms WHERE kind = ? AND text = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(text);
    if (!exec(q, error) || !q.next())
        return {};
    const qint64 id = q.value(0).toLongLong();
    m_termIds[kind].insert(text, id);
    m_termTexts.insert(id, text);
    return id;
}

std::optional<QString> SqlHistoryBackend::meta(const QString &key, QString *error)
{
    if (!connectionReady(error))
        return {};
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!exec(q, error) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool SqlHistoryBackend::setMeta(const QString &key, const QString &value, QString *error)
{
    if (!connectionReady(error))
        return {};
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value "
              "= excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return exec(q, error);
}

SqlHistoryBackend::Where SqlHistoryBackend::where(const HistoryFilter &filter)
{
    connectionReady(nullptr); // before any query of the caller exists (a reconnect ends them)
    loadTerms();              // terms the writer added since
    using Field = HistoryFilter::Field;
    using Op = HistoryFilter::Op;
    Where w;
    QStringList parts;
    for (const HistoryFilter::Term &t : filter.terms()) {
        QString expr;
        const int kind = termKindOf(t.field);
        const bool negate = t.negated != (t.op == Op::Ne && t.field != Field::Depth);
        if (const Direct *d = directOf(t.field)) {
            expr = QString::fromUtf16(d->sql);
            w.values << (d->number ? QVariant(t.number) : QVariant(t.value));
            parts << (negate ? u"NOT coalesce("_s + expr + u", false)"_s : expr);
            continue;
        }
        switch (t.field) {
        case Field::Type:
        case Field::Client:
        case Field::Subject:
        case Field::Audience: {
            // Terms resolve to their ids here: the planner sees `client = 17` and takes the
            // (client, ts) index. An unknown value matches nothing.
            const QString column = t.field == Field::Type      ? u"type"_s
                                   : t.field == Field::Client  ? u"client"_s
                                   : t.field == Field::Subject ? u"subject"_s
                                                               : u"audience"_s;
            expr = column + u" = ?"_s;
            w.values << m_termIds[kind].value(t.value, -1);
            break;
        }
        case Field::Grant:
        case Field::Scope: {
            QStringList ids;
            const QString &wanted = t.value;
            for (auto it = m_termIds[kind].cbegin(); it != m_termIds[kind].cend(); ++it) {
                const QString &text = it.key();
                const bool match =
                    t.field == Field::Grant
                        ? (text == wanted || HistoryEvent::grantShortName(text) == wanted)
                        : scopeSet(text).contains(wanted);
                if (match)
                    ids << QString::number(it.value());
            }
            const QString column = t.field == Field::Grant ? u"grant_type"_s : u"scope"_s;
            expr = ids.isEmpty() ? u"false"_s : column + u" IN ("_s + ids.join(u',') + u')';
            break;
        }
        case Field::Depth: {
            static const QHash<int, QString> ops = {{int(Op::Eq), u"="_s}, {int(Op::Ne), u"!="_s},
                                                    {int(Op::Gt), u">"_s}, {int(Op::Ge), u">="_s},
                                                    {int(Op::Lt), u"<"_s}, {int(Op::Le), u"<="_s}};
            expr = u"depth "_s + ops.value(int(t.op)) + u" ?"_s;
            w.values << t.number;
            break;
        }
        case Field::Outcome:
        case Field::Since:
        case Field::Until:
        case Field::Trace:
        case Field::Jti:
        case Field::Parent:
            break; // compared directly, above
        case Field::Id:
            if (m_dialect == Dialect::Sqlite) { // a UUID's 16 bytes or the text
                expr = u"(event_id = ? OR event_id = ? OR twin_id = ?)"_s;
                w.values << QVariant(idKey(t.value)) << t.value << t.value;
            } else {
                expr = u"(event_id = ? OR twin_id = ?)"_s;
                w.values << t.value << t.value;
            }
            break;
        case Field::Source:
            expr = t.value == u"api"_s ? u"(source & 2) != 0"_s : u"(source & 1) != 0"_s;
            break;
        case Field::Policy: {
            if (m_dialect != Dialect::Sqlite || !t.policy) {
                w.error = tr("Chain policies (policy:) are evaluated in a local SQLite history "
                             "only; this store cannot filter by them.");
                parts << u"false"_s;
                continue;
            }
            // Tokens that hold it (= 1) or, negated, tokens that break it (= 0); other events
            // (NULL) neither.
            // The type first: SQLite then calls the function for the token events only.
            const QString key = registerPolicy(t.policy);
            w.values << m_policies.value(key).tokenIssued << key;
            parts << u"(type = ? AND tid_policy(?, type, grant_type, scope, subject, audience, "
                     "act, client) = "_s +
                         (t.negated ? u"0)"_s : u"1)"_s);
            continue;
        }
        case Field::Text:
            // Stored compact (RawCodec) in SQLite, as text in PostgreSQL (case-insensitive there
            // for every script, in SQLite for ASCII).
            expr = m_dialect == Dialect::Sqlite
                       ? u"(tid_raw(raw) LIKE ? ESCAPE '\\' OR coalesce(tid_raw(twin_raw) LIKE ? "
                         "ESCAPE '\\', false))"_s
                       : u"(raw ILIKE ? OR coalesce(twin_raw ILIKE ?, false))"_s;
            w.values << likeEscaped(t.value) << likeEscaped(t.value);
            break;
        }
        parts << (negate ? u"NOT coalesce("_s + expr + u", false)"_s : expr);
    }
    w.sql = parts.isEmpty() ? u"true"_s : parts.join(u" AND "_s);
    return w;
}

QString SqlHistoryBackend::registerPolicy(const std::shared_ptr<const ChainPolicy> &policy)
{
    // One entry per parsed filter; the old ones belong to queries that have finished.
    if (m_policies.size() > 32) {
        m_policies.clear();
        m_actCache.clear();
    }
    const QString key = QString::number(quintptr(policy.get()), 16);
    PolicyContext context;
    context.policy = policy;
    context.tokenIssued = m_termIds[TypeTerm].value(u"TOKEN_ISSUED"_s, -1);
    bool human = false;
    for (const ChainPolicy::Rule &r : policy->rules())
        human = human || r.type == ChainPolicy::RuleType::HumanInitiated;
    QStringList userGrants;
    for (auto it = m_termIds[GrantTerm].cbegin(); it != m_termIds[GrantTerm].cend(); ++it)
        if (ChainPolicy::isUserGrant(it.key()))
            userGrants << QString::number(it.value());
    if (human && context.tokenIssued >= 0 && !userGrants.isEmpty()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (q.exec(u"SELECT DISTINCT subject FROM events WHERE subject IS NOT NULL AND type = %1 "
                   "AND grant_type IN (%2)"_s.arg(context.tokenIssued)
                       .arg(userGrants.join(u','))))
            while (q.next())
                context.userSubjects.insert(q.value(0).toLongLong());
    }
    m_policies.insert(key, context);
    return key;
}

std::optional<bool> SqlHistoryBackend::policyHolds(const QString &key, qint64 type, qint64 grant,
                                                   qint64 scope, qint64 subject, qint64 audience,
                                                   const QString &act, qint64 client)
{
    const auto it = m_policies.find(key);
    if (it == m_policies.end() || type != it->tokenIssued)
        return std::nullopt;
    // Tokens repeat their chains: one verdict per distinct (grant, scope, subject, audience,
    // client, act).
    const QString memoKey =
        u"%1 %2 %3 %4 %5 "_s.arg(grant).arg(scope).arg(subject).arg(audience).arg(client) + act;
    if (const auto seen = it->verdicts.constFind(memoKey); seen != it->verdicts.constEnd())
        return *seen;
    // The token as the history recorded it (the server's own record, hence "verified").
    QJsonObject claims;
    auto put = [&](const QString &name, qint64 id) {
        if (id > 0)
            claims.insert(name, m_termTexts.value(id));
    };
    put(u"sub"_s, subject);
    put(u"aud"_s, audience);
    put(u"scope"_s, scope);
    put(u"grant_type"_s, grant);
    put(u"client_id"_s, client);
    if (!act.isEmpty()) {
        auto cached = m_actCache.constFind(act);
        if (cached == m_actCache.constEnd()) {
            if (m_actCache.size() > 4096)
                m_actCache.clear();
            cached = m_actCache.insert(act, QJsonDocument::fromJson(act.toUtf8()).object());
        }
        claims.insert(u"act"_s, *cached);
    }
    const bool signedIn = subject > 0 && it->userSubjects.contains(subject);
    PolicyEvidence evidence;
    evidence.claimsVerified = true;
    evidence.principal = [signedIn](const QString &, const QString &) {
        return signedIn ? PrincipalAnswer{PrincipalAnswer::State::Answered, PrincipalKind::User,
                                          u"the token history (it records a sign-in)"_s}
                        : PrincipalAnswer{};
    };
    const bool holds = ChainPolicy::allPassed(it->policy->evaluate(claims, evidence));
    if (it->verdicts.size() < 100000)
        it->verdicts.insert(memoKey, holds);
    return holds;
}

bool SqlHistoryBackend::commitWithMeta(const QList<QPair<QString, QString>> &meta, QString *error)
{
    for (const auto &[key, value] : meta)
        if (!setMeta(key, value, error))
            return false;
    if (m_db.commit())
        return true;
    if (error)
        *error = errorText(m_db.lastError());
    return false;
}

QVariant SqlHistoryBackend::storedRaw(const QByteArray &raw) const
{
    // SQLite keeps it compact (RawCodec); PostgreSQL as text, for ILIKE.
    return m_dialect == Dialect::Sqlite ? QVariant(RawCodec::encode(raw))
                                        : QVariant(QString::fromUtf8(raw));
}

bool SqlHistoryBackend::mergeTwin(const HistoryEvent &e, QString *error, bool *merged)
{
    *merged = false;
    const bool tokenEvent = e.type == "TOKEN_ISSUED"_L1 || e.type == "TOKEN_ISSUANCE_FAILED"_L1;
    const bool revocation = e.type == "TOKEN_REVOKED"_L1 && !e.jti.isEmpty();
    if (!tokenEvent && !revocation)
        return true;
    if (tokenEvent && e.traceId.isEmpty())
        return true;
    const int otherSource = e.source == HistoryEvent::Source::File ? ApiBit : FileBit;
    const QVariant type = termId(TypeTerm, e.type, error);
    const QVariant client = termId(ClientTerm, e.clientId, error);
    if (!type.isValid() || !client.isValid())
        return false;
    // A token event: the same trace, type and client, the nearest instant within 5 s. A
    // revocation: the same jti. PostgreSQL locks the row against another console's merge.
    QString sql = u"SELECT id, ts FROM events WHERE source = ? AND twin_id IS NULL AND type = ? "
                  "AND "_s;
    sql += tokenEvent ? u"trace = ? AND client IS NOT DISTINCT FROM ? AND ts > ? AND ts < ? "
                        "ORDER BY abs(ts - ?) LIMIT 1"_s
                      : u"jti = ? LIMIT 1"_s;
    if (m_dialect == Dialect::Postgres)
        sql += u" FOR UPDATE"_s;
    QSqlQuery q(m_db);
    if (!prepare(q, sql, error))
        return false;
    q.addBindValue(otherSource);
    q.addBindValue(type);
    if (tokenEvent) {
        q.addBindValue(e.traceId);
        q.addBindValue(client);
        q.addBindValue(e.timeNs - 5000000000LL);
        q.addBindValue(e.timeNs + 5000000000LL);
        q.addBindValue(e.timeNs);
    } else {
        q.addBindValue(e.jti);
    }
    if (!exec(q, error))
        return false;
    if (!q.next())
        return true;
    const qint64 rowId = q.value(0).toLongLong();
    const qint64 rowTs = q.value(1).toLongLong();
    q.finish();
    QSqlQuery u(m_db);
    if (e.source == HistoryEvent::Source::AuditApi) {
        // The API's event knows subject, audience and act; the file's does not.
        const QVariant subject = termId(SubjectTerm, e.subject, error);
        const QVariant audience = termId(AudienceTerm, e.audience, error);
        if (!subject.isValid() || !audience.isValid())
            return false;
        if (!prepare(u,
                     u"UPDATE events SET twin_id = ?, twin_raw = ?, source = 3, "
                     "subject = coalesce(?, subject), audience = coalesce(?, audience), "
                     "jti = coalesce(?, jti), parent_jti = coalesce(?, parent_jti), "
                     "act = coalesce(?, act), depth = %1(depth, ?) WHERE ts = ? AND id = ?"_s.arg(
                         m_dialect == Dialect::Sqlite ? u"max"_s : u"greatest"_s),
                     error))
            return false;
        u.addBindValue(e.id);
        u.addBindValue(storedRaw(e.raw));
        u.addBindValue(subject);
        u.addBindValue(audience);
        u.addBindValue(textOrNull(e.jti));
        u.addBindValue(textOrNull(e.parentJti));
        u.addBindValue(e.act.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(QString::fromUtf8(
                                             QJsonDocument(e.act).toJson(QJsonDocument::Compact))));
        u.addBindValue(e.depth);
    } else {
        if (!prepare(u,
                     u"UPDATE events SET twin_id = ?, twin_raw = ?, source = 3 WHERE ts = ? AND "
                     "id = ?"_s,
                     error))
            return false;
        u.addBindValue(e.id);
        u.addBindValue(storedRaw(e.raw));
    }
    u.addBindValue(rowTs);
    u.addBindValue(rowId);
    if (!exec(u, error))
        return false;
    *merged = true;
    return true;
}

QList<HistoryEvent> SqlHistoryBackend::readEvents(QSqlQuery &q)
{
    QList<HistoryEvent> out;
    while (q.next()) {
        HistoryEvent e;
        e.rowId = q.value(0).toLongLong();
        e.id = idText(q.value(1));
        e.twinId = q.value(2).toString();
        const int source = q.value(3).toInt();
        e.source = (source & FileBit) ? HistoryEvent::Source::File : HistoryEvent::Source::AuditApi;
        e.timeNs = q.value(4).toLongLong();
        e.type = termText(q.value(5).toLongLong());
        e.outcome = HistoryEvent::Outcome(q.value(6).toInt());
        e.clientId = q.value(7).isNull() ? QString() : termText(q.value(7).toLongLong());
        e.grantType = q.value(8).isNull() ? QString() : termText(q.value(8).toLongLong());
        e.scope = q.value(9).isNull() ? QString() : termText(q.value(9).toLongLong());
        e.subject = q.value(10).isNull() ? QString() : termText(q.value(10).toLongLong());
        e.audience = q.value(11).isNull() ? QString() : termText(q.value(11).toLongLong());
        e.traceId = q.value(12).toString();
        e.jti = q.value(13).toString();
        e.parentJti = q.value(14).toString();
        if (!q.value(15).isNull())
            e.act = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).object();
        e.depth = q.value(16).toInt();
        e.errorCode = q.value(17).toString();
        if (m_dialect == Dialect::Sqlite) {
            e.raw = RawCodec::decode(q.value(18).toByteArray());
            e.twinRaw = RawCodec::decode(q.value(19).toByteArray());
        } else {
            e.raw = q.value(18).toString().toUtf8();
            e.twinRaw = q.value(19).toString().toUtf8();
        }
        out << e;
    }
    return out;
}

qint64 SqlHistoryBackend::count(const HistoryFilter &filter, QString *error)
{
    const Where w = where(filter);
    if (w.failed(error))
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q, u"SELECT count(*) FROM events WHERE "_s + w.sql, error))
        return 0;
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!exec(q, error) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<HistoryEvent> SqlHistoryBackend::page(const HistoryFilter &filter,
                                            const std::optional<HistoryKey> &from, int limit,
                                            bool ascending, QString *error)
{
    const Where w = where(filter);
    if (w.failed(error))
        return {};
    QString sql = u"SELECT "_s + Columns + u" FROM events e WHERE "_s + w.sql;
    if (from)
        sql += ascending ? u" AND (e.ts, e.id) >= (?, ?)"_s : u" AND (e.ts, e.id) <= (?, ?)"_s;
    sql +=
        ascending ? u" ORDER BY e.ts, e.id LIMIT ?"_s : u" ORDER BY e.ts DESC, e.id DESC LIMIT ?"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q, sql, error))
        return {};
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (from) {
        q.addBindValue(from->timeNs);
        q.addBindValue(from->rowId);
    }
    q.addBindValue(limit);
    if (!exec(q, error))
        return {};
    return readEvents(q);
}

HistoryFacets SqlHistoryBackend::facets(const HistoryFilter &filter, int topN, QString *error)
{
    HistoryFacets f;
    const Where w = where(filter);
    if (w.failed(error))
        return {};
    if (m_dialect == Dialect::Postgres)
        return facetsInOnePass(w, topN, error);
    auto group = [&](const QString &column, QList<HistoryFacetCount> *out, bool terms) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!prepare(q,
                     u"SELECT "_s + column + u", count(*) AS c FROM events WHERE "_s + w.sql +
                         u" GROUP BY "_s + column + u" ORDER BY c DESC LIMIT ?"_s,
                     error))
            return false;
        for (const QVariant &v : w.values)
            q.addBindValue(v);
        q.addBindValue(topN);
        if (!exec(q, error))
            return false;
        while (q.next()) {
            QString value;
            if (q.value(0).isNull())
                value.clear();
            else if (terms)
                value = termText(q.value(0).toLongLong());
            else
                value = HistoryEvent::outcomeName(HistoryEvent::Outcome(q.value(0).toInt()));
            out->append({value, q.value(1).toLongLong()});
        }
        return true;
    };
    if (!group(u"type"_s, &f.types, true) || !group(u"client"_s, &f.clients, true) ||
        !group(u"outcome"_s, &f.outcomes, false) || !group(u"grant_type"_s, &f.grants, true))
        return {};
    for (const HistoryFacetCount &c : std::as_const(f.types))
        f.total += c.count;
    if (f.types.size() == topN)
        f.total = count(filter, error);
    return f;
}

HistoryFacets SqlHistoryBackend::facetsInOnePass(const Where &w, int topN, QString *error)
{
    // PostgreSQL: the four groupings in one pass over the matching rows (GROUPING SETS), not
    // four: on a large store the rows are read from the heap once. Every group comes back; the
    // top N of each are kept here, and the total is the sum of the types (no count query).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q,
                 u"SELECT GROUPING(type, client, outcome, grant_type), type, client, outcome, "
                 "grant_type, count(*) FROM events WHERE "_s +
                     w.sql +
                     u" GROUP BY GROUPING SETS ((type), (client), (outcome), (grant_type))"_s,
                 error))
        return {};
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!exec(q, error))
        return {};
    HistoryFacets f;
    while (q.next()) {
        // GROUPING(): a bit set for each column not grouped in this row's set.
        const int grouping = q.value(0).toInt();
        const qint64 n = q.value(5).toLongLong();
        auto termValue = [&](int column) {
            return q.value(column).isNull() ? QString() : termText(q.value(column).toLongLong());
        };
        switch (grouping) {
        case 0b0111:
            f.types.append({termValue(1), n});
            f.total += n;
            break;
        case 0b1011:
            f.clients.append({termValue(2), n});
            break;
        case 0b1101:
            f.outcomes.append({q.value(3).isNull() ? QString()
                                                   : HistoryEvent::outcomeName(
                                                         HistoryEvent::Outcome(q.value(3).toInt())),
                               n});
            break;
        case 0b1110:
            f.grants.append({termValue(4), n});
            break;
        default:
            break;
        }
    }
    for (QList<HistoryFacetCount> *list : {&f.types, &f.clients, &f.outcomes, &f.grants}) {
        std::stable_sort(list->begin(), list->end(),
                         [](const HistoryFacetCount &a, const HistoryFacetCount &b) {
                             return a.count > b.count;
                         });
        if (list->size() > topN)
            list->resize(topN);
    }
    return f;
}

QList<HistoryBucket> SqlHistoryBackend::timeline(const HistoryFilter &filter, qint64 bucketNs,
                                                 QString *error)
{
    QList<HistoryBucket> out;
    if (bucketNs <= 0)
        return out;
    const auto [first, last] = timeRange(filter, error);
    if (first == 0 && last == 0)
        return out;
    const qint64 origin = first - (first % bucketNs);
    const Where w = where(filter);
    if (w.failed(error))
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q,
                 u"SELECT (ts - ?) / ? AS b, outcome, count(*) FROM events WHERE "_s + w.sql +
                     u" GROUP BY b, outcome ORDER BY b"_s,
                 error))
        return out;
    q.addBindValue(origin);
    q.addBindValue(bucketNs);
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!exec(q, error))
        return out;
    const qint64 buckets = (last - origin) / bucketNs + 1;
    if (buckets > 100000) {
        if (error)
            *error = tr("too many timeline intervals");
        return {};
    }
    out.resize(buckets);
    for (qint64 i = 0; i < buckets; ++i)
        out[i].startNs = origin + i * bucketNs;
    while (q.next()) {
        const qint64 b = q.value(0).toLongLong();
        if (b < 0 || b >= buckets)
            continue;
        const qint64 n = q.value(2).toLongLong();
        switch (HistoryEvent::Outcome(q.value(1).toInt())) {
        case HistoryEvent::Outcome::Success:
            out[b].success += n;
            break;
        case HistoryEvent::Outcome::Failure:
            out[b].failure += n;
            break;
        case HistoryEvent::Outcome::InProgress:
            out[b].inProgress += n;
            break;
        case HistoryEvent::Outcome::Unknown:
            out[b].other += n;
            break;
        }
    }
    return out;
}

QPair<qint64, qint64> SqlHistoryBackend::timeRange(const HistoryFilter &filter, QString *error)
{
    const Where w = where(filter);
    if (w.failed(error))
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Two ordered probes use the time index; min()/max() over a filter would scan.
    qint64 first = 0, last = 0;
    for (const bool newest : {false, true}) {
        if (!prepare(q,
                     u"SELECT ts FROM events WHERE "_s + w.sql + u" ORDER BY ts "_s +
                         (newest ? u"DESC"_s : u"ASC"_s) + u" LIMIT 1"_s,
                     error))
            return {};
        for (const QVariant &v : w.values)
            q.addBindValue(v);
        if (!exec(q, error))
            return {};
        if (!q.next())
            return {0, 0};
        (newest ? last : first) = q.value(0).toLongLong();
        q.finish();
    }
    return {first, last};
}

std::optional<HistoryEvent> SqlHistoryBackend::event(qint64 rowId, QString *error)
{
    if (!connectionReady(error))
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q, u"SELECT "_s + Columns + u" FROM events e WHERE e.id = ?"_s, error))
        return std::nullopt;
    q.addBindValue(rowId);
    if (!exec(q, error))
        return std::nullopt;
    const auto events = readEvents(q);
    if (events.isEmpty())
        return std::nullopt;
    return events.first();
}

QList<HistoryEvent> SqlHistoryBackend::linked(const HistoryEvent &event, int limit, QString *error)
{
    if (!connectionReady(error))
        return {};
    QStringList conditions;
    QVariantList values;
    if (!event.traceId.isEmpty()) {
        conditions << u"e.trace = ?"_s;
        values << event.traceId;
    }
    if (!event.parentJti.isEmpty()) {
        conditions << u"e.jti = ?"_s;
        values << event.parentJti;
    }
    if (!event.jti.isEmpty()) {
        conditions << u"e.parent_jti = ?"_s << u"e.jti = ?"_s;
        values << event.jti << event.jti;
    }
    if (conditions.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q,
                 u"SELECT "_s + Columns + u" FROM events e WHERE e.id != ? AND ("_s +
                     conditions.join(u" OR "_s) + u") ORDER BY e.ts, e.id LIMIT ?"_s,
                 error))
        return {};
    q.addBindValue(event.rowId);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!exec(q, error))
        return {};
    return readEvents(q);
}

QList<DelegationChain> SqlHistoryBackend::chains(const HistoryFilter &filter, int limit,
                                                 QString *error)
{
    // Final tokens: issued through exchange (a parent) and not exchanged further.
    const Where w = where(filter);
    if (w.failed(error))
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepare(q,
                 u"SELECT "_s + Columns + u" FROM events e WHERE "_s + w.sql +
                     u" AND e.parent_jti IS NOT NULL AND e.jti IS NOT NULL AND e.type = (SELECT "
                     "id FROM terms WHERE kind = 1 AND text = 'TOKEN_ISSUED') AND NOT EXISTS "
                     "(SELECT 1 FROM events c WHERE c.parent_jti = e.jti AND c.type = e.type) "
                     "ORDER BY e.ts DESC, e.id DESC LIMIT ?"_s,
                 error))
        return {};
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!exec(q, error))
        return {};
    const QList<HistoryEvent> finals = readEvents(q);
    q.finish();
    QSqlQuery up(m_db);
    up.setForwardOnly(true);
    if (!prepare(up,
                 u"SELECT "_s + Columns +
                     u" FROM events e WHERE e.jti = ? AND e.type = (SELECT id FROM terms WHERE "
                     "kind = 1 AND text = 'TOKEN_ISSUED') LIMIT 1"_s,
                 error))
        return {};
    QList<DelegationChain> out;
    for (const HistoryEvent &last : finals) {
        QList<HistoryEvent> tokens{last};
        QSet<QString> seen{last.jti};
        while (!tokens.first().parentJti.isEmpty() && tokens.size() < 64) {
            const QString parent = tokens.first().parentJti;
            if (seen.contains(parent))
                break; // a loop in bad data
            up.bindValue(0, parent);
            if (!exec(up, error))
                return {};
            const auto found = readEvents(up);
            up.finish();
            if (found.isEmpty())
                break; // the parent is older than the store (or another server's)
            seen.insert(parent);
            tokens.prepend(found.first());
        }
        DelegationChain chain;
        const HistoryEvent &root = tokens.first();
        chain.rootSubject = root.subject;
        const QString rootGrant = root.grantShortName();
        chain.rootIsHuman = !root.parentJti.isEmpty()
                                ? false
                                : (rootGrant != u"client_credentials"_s && !rootGrant.isEmpty());
        QStringList parentScopes;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const HistoryEvent &t = tokens[i];
            DelegationHop hop{t.rowId,    t.jti,   t.clientId, t.subject,
                              t.audience, t.scope, t.timeNs,   true};
            if (i > 0) {
                for (const QString &s : scopeSet(t.scope))
                    if (!parentScopes.contains(s))
                        hop.scopesWithinParent = false;
            }
            parentScopes = scopeSet(t.scope);
            chain.hops << hop;
        }
        chain.finalAudience = last.audience;
        out << chain;
    }
    return out;
}

QStringList SqlHistoryBackend::values(HistoryFilter::Field field, const QString &prefix, int limit,
                                      QString *error)
{
    using Field = HistoryFilter::Field;
    if (!connectionReady(error))
        return {};
    if (field == Field::Outcome)
        return QStringList{u"success"_s, u"failure"_s, u"in_progress"_s}.filter(prefix);
    if (field == Field::Source)
        return QStringList{u"file"_s, u"api"_s}.filter(prefix);
    const int kind = termKindOf(field);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql;
    if (kind != 0) {
        sql = u"SELECT text FROM terms WHERE kind = %1 AND substr(text, 1, length(CAST(? AS "
              u"TEXT))) = ? "
              "ORDER BY text LIMIT ?"_s.arg(kind);
    } else if (field == Field::Trace || field == Field::Jti || field == Field::Parent) {
        const QString column = field == Field::Trace ? u"trace"_s
                               : field == Field::Jti ? u"jti"_s
                                                     : u"parent_jti"_s;
        sql = u"SELECT DISTINCT %1 FROM events WHERE %1 >= ? AND substr(%1, 1, length(CAST(? AS "
              u"TEXT))) = ? "
              "ORDER BY %1 LIMIT ?"_s.arg(column);
    } else {
        return {};
    }
    if (!prepare(q, sql, error))
        return {};
    if (kind == 0)
        q.addBindValue(prefix);
    q.addBindValue(prefix);
    q.addBindValue(prefix);
    q.addBindValue(limit);
    if (!exec(q, error))
        return {};
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool SqlHistoryBackend::forEach(const HistoryFilter &filter, int batchSize,
                                const std::function<bool(const QList<HistoryEvent> &)> &sink,
                                QString *error)
{
    std::optional<HistoryKey> from;
    while (true) {
        QString pageError;
        QList<HistoryEvent> batch = page(filter, from, batchSize + 1, true, &pageError);
        if (!pageError.isEmpty()) {
            if (error)
                *error = pageError;
            return false;
        }
        const bool more = batch.size() > batchSize;
        if (more) {
            from = HistoryKey{batch.last().timeNs, batch.last().rowId};
            batch.removeLast();
        }
        if (!batch.isEmpty() && !sink(batch))
            return true;
        if (!more)
            return true;
    }
}

} // namespace tid::core
