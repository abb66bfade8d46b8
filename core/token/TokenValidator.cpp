#include "core/token/TokenValidator.h"

#include "core/token/Jwt.h"
#include "core/token/RelativeTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

using S = Finding::Severity;

constexpr auto kTokenExchange = "urn:ietf:params:oauth:grant-type:token-exchange";

void add(ValidationResult &r, S severity, const QString &code, const QString &message,
         const QString &reference)
{
    r.findings.append(Finding{severity, code, message, reference});
}

QLatin1StringView l1(const char *s)
{
    return QLatin1StringView(s);
}

// NumericDate (RFC 7519 §2): a JSON number of seconds. Returns false when present but invalid.
bool numericDate(const JsonObjectView &claims, const char *name, std::optional<qint64> &out)
{
    const JsonView v = claims.member(name);
    if (v.isUndefined())
        return true;
    if (!v.isNumber())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 253402300799.0) // up to year 9999
        return false;
    out = qint64(std::floor(d));
    return true;
}

bool kidIsUnsafe(const QString &kid, QString *what)
{
    if (kid.contains(u".."_s)) {
        *what = u"\"..\""_s;
        return true;
    }
    for (const QChar c : kid) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f) {
            *what = QCoreApplication::translate("TokenValidator", "a control character");
            return true;
        }
        switch (u) {
        case '/':
        case '\\':
        case ':':
        case '?':
        case '#':
        case '%':
        case '@':
        case '&':
        case ' ':
        case '\'':
        case '"':
        case ';':
        case '`':
            *what = u"'%1'"_s.arg(c);
            return true;
        default:
            break;
        }
    }
    return false;
}

const char *const kRegisteredHeaders[] = {"alg", "jku",      "jwk", "kid", "x5u", "x5c",
                                          "x5t", "x5t#S256", "typ", "cty", "crit"};

} // namespace

int ValidationResult::errorCount() const
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.severity == S::Error ? 1 : 0;
    return n;
}

TokenValidator::TokenValidator() = default;

TokenValidator::TokenValidator(ValidationOptions options)
    : m_options(std::move(options))
{}

TokenValidator::~TokenValidator() = default;

void TokenValidator::setJwks(const Jwks &jwks)
{
    m_jwks = jwks;
    m_hasJwks = true;
}

void TokenValidator::clearJwks()
{
    m_jwks = Jwks();
    m_hasJwks = false;
}

ValidationResult TokenValidator::parseFailure(const Jwt &jwt)
{
    ValidationResult r;
    add(r, S::Error, u"parse"_s,
        jwt.errorString().isEmpty()
            ? QCoreApplication::translate("TokenValidator", "The token could not be parsed.")
            : jwt.errorString(),
        jwt.error() == Jwt::Error::HeaderJson || jwt.error() == Jwt::Error::PayloadJson
            ? u"RFC 7515 §5.2"_s
            : u"RFC 7515 §7.1"_s);
    return r;
}

ValidationResult TokenValidator::validate(const Jwt &jwt)
{
    if (!jwt.isValid())
        return parseFailure(jwt);
    ValidationResult r;
    const JsonObjectView claims(jwt.claims());
    const JsonObjectView header(JsonView::of(jwt.headerJson()));
    checkType(header, r);
    checkIssuer(claims, r);
    checkAudience(claims, r);
    checkSignature(jwt, header, r);
    checkTimes(claims, r);
    checkRequiredClaims(claims, r);
    r.chain = ActorChain::fromClaims(claims);
    checkDelegation(claims, r);
    return r;
}

void TokenValidator::checkType(const JsonObjectView &header, ValidationResult &r) const
{
    const JsonView typ = header.member("typ");
    const S sev = m_options.accessToken ? S::Error : S::Info;
    if (typ.isUndefined()) {
        add(r, sev, u"typ.missing"_s,
            QCoreApplication::translate(
                "TokenValidator",
                "The header has no \"typ\"; a JWT access token has typ \"at+jwt\", which stops "
                "other "
                "kinds of JWT (ID tokens, assertions) being accepted as access tokens."),
            u"RFC 9068 §4; RFC 8725 §3.11"_s);
        return;
    }
    const QString t = typ.toString();
    // Media type comparison is case-insensitive (RFC 7515 §4.1.9).
    if (t.compare(u"at+jwt"_s, Qt::CaseInsensitive) != 0 &&
        t.compare(u"application/at+jwt"_s, Qt::CaseInsensitive) != 0) {
        add(r, sev, u"typ.unexpected"_s,
            typ.isString()
                ? QCoreApplication::translate(
                      "TokenValidator",
                      "The header typ is \"%1\", not \"at+jwt\": this is not a JWT access token.")
                      .arg(t)
                : QCoreApplication::translate("TokenValidator", "The header typ is not a string."),
            u"RFC 9068 §4; RFC 8725 §3.11"_s);
    }
}

void TokenValidator::checkIssuer(const JsonObjectView &claims, ValidationResult &r) const
{
    const JsonView iss = claims.member("iss");
    if (!iss.isString()) {
        add(r, S::Error, u"iss.missing"_s,
            iss.isUndefined() ? QCoreApplication::translate(
                                    "TokenValidator", "The token has no \"iss\" (issuer) claim.")
                              : QCoreApplication::translate("TokenValidator",
                                                            "The \"iss\" claim is not a string."),
            u"RFC 9068 §4; RFC 7519 §4.1.1"_s);
        return;
    }
    if (m_options.issuer.isEmpty()) {
        add(r, S::Info, u"iss.unchecked"_s,
            QCoreApplication::translate(
                "TokenValidator", "Issuer \"%1\" was not compared: no expected issuer was given.")
                .arg(iss.toString()),
            u"RFC 9068 §4"_s);
        return;
    }
    if (iss.toString() != m_options.issuer) {
        add(r, S::Error, u"iss.mismatch"_s,
            QCoreApplication::translate("TokenValidator",
                                        "Issuer \"%1\" does not exactly match the expected \"%2\".")
                .arg(iss.toString(), m_options.issuer),
            u"RFC 9068 §4; RFC 8725 §3.8"_s);
    }
}

void TokenValidator::checkAudience(const JsonObjectView &claims, ValidationResult &r) const
{
    const JsonView aud = claims.member("aud");
    if (aud.isUndefined()) {
        add(r, S::Error, u"aud.missing"_s,
            QCoreApplication::translate(
                "TokenValidator",
                "The token has no \"aud\" claim, so any resource server would accept it "
                "(token substitution)."),
            u"RFC 8725 §3.9; RFC 9068 §2.2"_s);
        return;
    }
    QStringList auds;
    if (aud.isString()) {
        auds.append(aud.toString());
    } else if (aud.isArray()) {
        bool allStrings = true;
        aud.forEachElement([&](const JsonView &v) {
            allStrings = v.isString();
            if (allStrings)
                auds.append(v.toString());
            return allStrings;
        });
        if (!allStrings) {
            add(r, S::Error, u"aud.invalid"_s,
                QCoreApplication::translate(
                    "TokenValidator", "The \"aud\" array contains a value that is not a string."),
                u"RFC 7519 §4.1.3"_s);
            return;
        }
        if (auds.isEmpty()) {
            add(r, S::Error, u"aud.missing"_s,
                QCoreApplication::translate("TokenValidator", "The \"aud\" array is empty."),
                u"RFC 8725 §3.9; RFC 9068 §2.2"_s);
            return;
        }
    } else {
        add(r, S::Error, u"aud.invalid"_s,
            QCoreApplication::translate(
                "TokenValidator", "The \"aud\" claim is neither a string nor an array of strings."),
            u"RFC 7519 §4.1.3"_s);
        return;
    }
    if (m_options.audiences.isEmpty()) {
        add(r, S::Info, u"aud.unchecked"_s,
            QCoreApplication::translate(
                "TokenValidator", "Audience %1 was not compared: no expected audience was given.")
                .arg(auds.join(u", "_s)),
            u"RFC 9068 §4"_s);
        return;
    }
    for (const QString &a : std::as_const(auds)) {
        if (m_options.audiences.contains(a))
            return;
    }
    add(r, S::Error, u"aud.mismatch"_s,
        QCoreApplication::translate("TokenValidator",
                                    "The audience %1 does not contain the expected %2.")
            .arg(auds.join(u", "_s), m_options.audiences.join(u" or "_s)),
        u"RFC 9068 §4; RFC 7519 §4.1.3"_s);
}

void TokenValidator::checkSignature(const Jwt &jwt, const JsonObjectView &h, ValidationResult &r)
{
    // --- JOSE header checks (RFC 8725) ---
    const JsonView kidValue = h.member("kid");
    const QString kid = kidValue.toString();
    if (!kidValue.isUndefined() && !kidValue.isString()) {
        add(r, S::Error, u"kid.invalid"_s,
            QCoreApplication::translate("TokenValidator", "The header \"kid\" is not a string."),
            u"RFC 7515 §4.1.4"_s);
    } else if (QString what; kidIsUnsafe(kid, &what)) {
        add(r, S::Error, u"kid.unsafe"_s,
            QCoreApplication::translate("TokenValidator",
                                        "The key id contains %1, a path or URL character: a kid "
                                        "must never be used to build "
                                        "a file path, URL or query (path traversal, injection).")
                .arg(what),
            u"RFC 8725 §3.10"_s);
    }
    if (h.contains("jku")) {
        add(r, S::Warning, u"jku.not_fetched"_s,
            QCoreApplication::translate(
                "TokenValidator",
                "The header names a key set URL (jku \"%1\"). It was not fetched: a token must not "
                "choose the key that verifies it.")
                .arg(h.member("jku").toString()),
            u"RFC 8725 §3.10; RFC 7515 §4.1.2"_s);
    }
    if (h.contains("x5u")) {
        add(r, S::Warning, u"x5u.not_fetched"_s,
            QCoreApplication::translate(
                "TokenValidator",
                "The header names a certificate URL (x5u \"%1\"). It was not fetched.")
                .arg(h.member("x5u").toString()),
            u"RFC 8725 §3.10; RFC 7515 §4.1.5"_s);
    }
    if (h.contains("jwk")) {
        add(r, S::Warning, u"jwk.embedded"_s,
            QCoreApplication::translate(
                "TokenValidator",
                "The header embeds its own public key (jwk). It is ignored: trusting it would let "
                "anyone sign tokens."),
            u"RFC 8725 §3.10; RFC 7515 §4.1.3"_s);
    }
    if (h.contains("x5c")) {
        add(r, S::Info, u"x5c.ignored"_s,
            QCoreApplication::translate(
                "TokenValidator",
                "The header carries a certificate chain (x5c); it is not used for verification."),
            u"RFC 7515 §4.1.6"_s);
    }
    bool critFailed = false;
    if (h.contains("crit")) {
        critFailed = true;
        const QJsonObject &header = jwt.header(); // rare: read as Qt reads it
        const QJsonValue crit = header.value(l1("crit"));
        const QJsonArray names = crit.toArray();
        bool malformed = !crit.isArray() || names.isEmpty();
        QStringList unknown;
        for (const QJsonValue &v : names) {
            if (!v.isString()) {
                malformed = true;
                break;
            }
            const QString n = v.toString();
            for (const char *reg : kRegisteredHeaders) {
                if (n == l1(reg))
                    malformed = true;
            }
            if (!header.contains(n))
                malformed = true;
            unknown.append(n);
        }
        if (malformed) {
            add(r, S::Error, u"crit.malformed"_s,
                QCoreApplication::translate("TokenValidator",
                                            "The \"crit\" header must be a non-empty array naming "
                                            "extension parameters that "
                                            "are present in the header."),
                u"RFC 7515 §4.1.11"_s);
        } else {
            add(r, S::Error, u"crit.unknown"_s,
                QCoreApplication::translate(
                    "TokenValidator",
                    "The header marks %1 as critical; this verifier does not understand it, so the "
                    "token must be rejected.")
                    .arg(unknown.join(u", "_s)),
                u"RFC 7515 §4.1.11; RFC 8725 §3.1"_s);
        }
    }

    // --- algorithm ---
    const JsonView algValue = h.member("alg");
    if (!algValue.isString()) {
        add(r, S::Error, u"alg.missing"_s,
            algValue.isUndefined()
                ? QCoreApplication::translate("TokenValidator", "The header has no \"alg\".")
                : QCoreApplication::translate("TokenValidator",
                                              "The header \"alg\" is not a string."),
            u"RFC 7515 §4.1.1"_s);
        return;
    }
    const QString algName = algValue.toString();
    const JwsAlgorithm alg = SignatureVerifier::algorithmFromName(algName);
    if (alg == JwsAlgorithm::None || algName.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        add(r, S::Error, u"alg.none"_s,
            QCoreApplication::translate(
                "TokenValidator",
                "The token declares \"alg\":\"%1\": it is unsigned and anyone could have written "
                "it.")
                .arg(algName),
            u"RFC 8725 §3.1; RFC 7518 §3.6"_s);
        return;
    }
    if (alg == JwsAlgorithm::Unknown) {
        add(r, S::Error, u"alg.unsupported"_s,
            QCoreApplication::translate("TokenValidator", "The algorithm \"%1\" is not supported.")
                .arg(algName),
            u"RFC 8725 §3.1"_s);
        return;
    }

    // --- key selection and verification ---
    const QByteArrayView input = jwt.signingInput();
    if (SignatureVerifier::isHmac(alg)) {
        if (m_options.hmacSecret.isEmpty()) {
            add(r, S::Error, u"alg.hmac_no_secret"_s,
                QCoreApplication::translate(
                    "TokenValidator",
                    "%1 is a shared-secret algorithm. It is only verified with a secret entered "
                    "explicitly; a public key is never used as an HMAC secret (algorithm "
                    "confusion).")
                    .arg(algName),
                u"RFC 8725 §2.1, §3.1"_s);
            return;
        }
        const auto res = m_verifier.verifyHmac(alg, input, jwt.signature(), m_options.hmacSecret);
        add(r, S::Warning, u"alg.hmac"_s,
            QCoreApplication::translate(
                "TokenValidator",
                "Verified with an entered shared secret (%1 bytes): anyone holding it can mint "
                "tokens, and resource servers need it too.%2")
                .arg(m_options.hmacSecret.size())
                .arg(m_options.hmacSecret.size() < 32
                         ? QCoreApplication::translate("TokenValidator",
                                                       " The secret is shorter than the hash "
                                                       "output and may be guessable.")
                         : QString()),
            u"RFC 8725 §3.5; RFC 7518 §3.2"_s);
        if (res.ok()) {
            r.signatureVerified = !critFailed;
            add(r, S::Info, u"sig.valid"_s,
                QCoreApplication::translate("TokenValidator", "The %1 signature is valid.")
                    .arg(algName),
                u"RFC 7515 §5.2"_s);
        } else {
            add(r, S::Error, u"sig.invalid"_s,
                QCoreApplication::translate("TokenValidator", "The signature is invalid: %1.")
                    .arg(res.message),
                u"RFC 7515 §5.2"_s);
        }
        return;
    }
    if (!m_hasJwks) {
        add(r, S::Error, u"sig.unverified"_s,
            QCoreApplication::translate("TokenValidator",
                                        "The signature was not verified: no key set was given."),
            u"RFC 7515 §5.2"_s);
        return;
    }
    const QList<const JsonWebKey *> candidates = m_jwks.byKeyId(kid);
    if (candidates.isEmpty()) {
        add(r, S::Error, u"sig.no_key"_s,
            kid.isEmpty()
                ? QCoreApplication::translate("TokenValidator", "The key set is empty.")
                : QCoreApplication::translate("TokenValidator",
                                              "No key with kid \"%1\" is in the key set (%2 keys).")
                      .arg(kid)
                      .arg(m_jwks.keys().size()),
            u"RFC 7515 §4.1.4"_s);
        return;
    }
    QString mismatch;
    QString invalid;
    for (const JsonWebKey *key : candidates) {
        const auto res = m_verifier.verify(alg, input, jwt.signature(), *key);
        if (res.ok()) {
            r.signatureVerified = !critFailed;
            r.verifiedKeyId = key->keyId().isEmpty() ? key->thumbprint() : key->keyId();
            add(r, S::Info, u"sig.valid"_s,
                QCoreApplication::translate("TokenValidator", "The %1 signature is valid (key %2).")
                    .arg(algName, r.verifiedKeyId),
                u"RFC 7515 §5.2"_s);
            return;
        }
        if (res.status == SignatureVerifier::Status::KeyMismatch) {
            if (mismatch.isEmpty())
                mismatch = res.message;
        } else if (invalid.isEmpty()) {
            invalid = res.message;
        }
    }
    if (!invalid.isEmpty() || mismatch.isEmpty()) {
        add(r, S::Error, u"sig.invalid"_s,
            QCoreApplication::translate("TokenValidator", "The signature is invalid: %1.")
                .arg(invalid.isEmpty()
                         ? QCoreApplication::translate("TokenValidator", "no key matched")
                         : invalid),
            u"RFC 7515 §5.2"_s);
        return;
    }
    add(r, S::Error, u"alg.key_mismatch"_s,
        QCoreApplication::translate("TokenValidator",
                                    "The token's algorithm does not fit the key: %1.")
            .arg(mismatch),
        u"RFC 8725 §3.1"_s);
}

void TokenValidator::checkTimes(const JsonObjectView &claims, ValidationResult &r) const
{
    const qint64 now = m_options.now ? *m_options.now : QDateTime::currentSecsSinceEpoch();
    const qint64 skew = qMax<qint64>(0, m_options.clockSkewSeconds);
    std::optional<qint64> exp, nbf, iat;
    if (!numericDate(claims, "exp", exp)) {
        add(r, S::Error, u"exp.invalid"_s,
            QCoreApplication::translate("TokenValidator", "\"exp\" is not a NumericDate."),
            u"RFC 7519 §4.1.4"_s);
    } else if (!exp) {
        add(r, m_options.accessToken ? S::Error : S::Warning, u"exp.missing"_s,
            QCoreApplication::translate("TokenValidator",
                                        "The token has no \"exp\": it never expires."),
            u"RFC 9068 §2.2; RFC 7519 §4.1.4"_s);
    } else if (now >= *exp + skew) {
        add(r, S::Error, u"exp.expired"_s,
            QCoreApplication::translate("TokenValidator", "The token expired %1 ago (%2).")
                .arg(RelativeTime::duration(now - *exp), RelativeTime::utc(*exp)),
            u"RFC 7519 §4.1.4"_s);
    }
    if (!numericDate(claims, "nbf", nbf)) {
        add(r, S::Error, u"nbf.invalid"_s,
            QCoreApplication::translate("TokenValidator", "\"nbf\" is not a NumericDate."),
            u"RFC 7519 §4.1.5"_s);
    } else if (nbf && now + skew < *nbf) {
        add(r, S::Error, u"nbf.future"_s,
            QCoreApplication::translate("TokenValidator",
                                        "The token is not valid yet: it becomes valid in %1 (%2).")
                .arg(RelativeTime::duration(*nbf - now), RelativeTime::utc(*nbf)),
            u"RFC 7519 §4.1.5"_s);
    }
    if (!numericDate(claims, "iat", iat)) {
        add(r, S::Error, u"iat.invalid"_s,
            QCoreApplication::translate("TokenValidator", "\"iat\" is not a NumericDate."),
            u"RFC 7519 §4.1.6"_s);
    } else if (iat && now + skew < *iat) {
        add(r, S::Warning, u"iat.future"_s,
            QCoreApplication::translate(
                "TokenValidator",
                "The token claims to be issued in the future (in %1): check the clocks.")
                .arg(RelativeTime::duration(*iat - now)),
            u"RFC 7519 §4.1.6"_s);
    }
    if (exp && iat && *exp < *iat) {
        add(r, S::Warning, u"exp.before_iat"_s,
            QCoreApplication::translate("TokenValidator", "\"exp\" is earlier than \"iat\"."),
            u"RFC 7519 §4.1.4"_s);
    }
}

void TokenValidator::checkRequiredClaims(const JsonObjectView &claims, ValidationResult &r) const
{
    if (!m_options.accessToken)
        return;
    // iss, exp and aud are reported by their own checks.
    QStringList missing;
    for (const char *name : {"sub", "client_id", "iat", "jti"}) {
        if (!claims.contains(name))
            missing.append(QString::fromLatin1(name));
    }
    if (!missing.isEmpty()) {
        add(r, S::Warning, u"claims.missing"_s,
            QCoreApplication::translate("TokenValidator",
                                        "Claims required in a JWT access token are missing: %1.")
                .arg(missing.join(u", "_s)),
            u"RFC 9068 §2.2"_s);
    }
}

void TokenValidator::checkDelegation(const JsonObjectView &claims, ValidationResult &r) const
{
    const ActorChain &chain = r.chain;
    const QString grant = claims.member("grant_type").toString();
    if (chain.isMalformed()) {
        add(r, S::Error, u"act.malformed"_s,
            QCoreApplication::translate("TokenValidator", "The actor chain is malformed: %1.")
                .arg(chain.problem()),
            u"RFC 8693 §4.1"_s);
    }
    if (chain.isEmpty()) {
        if (grant == l1(kTokenExchange)) {
            add(r, S::Warning, u"act.missing_after_exchange"_s,
                QCoreApplication::translate(
                    "TokenValidator",
                    "This token came from token exchange but carries no \"act\": no actor token "
                    "was "
                    "presented, so the only trace of the acting party is client_id \"%1\".")
                    .arg(claims.member("client_id").toString()),
                u"RFC 8693 §4.1"_s);
        }
        if (const JsonView mayAct = claims.member("may_act");
            !mayAct.isUndefined() && !mayAct.isObject()) {
            add(r, S::Error, u"may_act.malformed"_s,
                QCoreApplication::translate("TokenValidator", "\"may_act\" is not a JSON object."),
                u"RFC 8693 §4.4"_s);
        }
        return;
    }
    const QString tokenIss = claims.member("iss").toString();
    if (chain.depth() > m_options.maxChainDepth) {
        add(r, S::Warning, u"act.depth"_s,
            QCoreApplication::translate("TokenValidator",
                                        "The actor chain has %1 actors, more than the %2 allowed "
                                        "by policy: long delegation "
                                        "chains are hard to audit.")
                .arg(chain.depth())
                .arg(m_options.maxChainDepth),
            u"RFC 8693 §4.1"_s);
    }
    // An actor without iss is taken to share the token's issuer.
    auto sameParty = [&](const QString &subA, const QString &issA, const QString &subB,
                         const QString &issB) {
        const QString a = issA.isEmpty() ? tokenIss : issA;
        const QString b = issB.isEmpty() ? tokenIss : issB;
        return subA == subB && a == b;
    };
    for (const ActorNode &node : chain.actors()) {
        if (!node.sub.isEmpty() &&
            sameParty(node.sub, node.iss, chain.subject(), chain.subjectIssuer())) {
            add(r, S::Warning, u"act.actor_is_subject"_s,
                node.position == 1
                    ? QCoreApplication::translate(
                          "TokenValidator",
                          "The current actor \"%1\" is the subject itself: the token claims "
                          "delegation to itself.")
                          .arg(node.sub)
                    : QCoreApplication::translate("TokenValidator",
                                                  "Prior actor %1 (\"%2\") is the subject itself.")
                          .arg(node.position)
                          .arg(node.sub),
                u"RFC 8693 §4.1"_s);
            break;
        }
    }
    for (qsizetype i = 0; i < chain.actors().size(); ++i) {
        const ActorNode &a = chain.actors().at(i);
        bool repeated = false;
        for (qsizetype j = i + 1; j < chain.actors().size(); ++j) {
            const ActorNode &b = chain.actors().at(j);
            if (!a.sub.isEmpty() && sameParty(a.sub, a.iss, b.sub, b.iss)) {
                add(r, S::Warning, u"act.actor_repeated"_s,
                    QCoreApplication::translate("TokenValidator",
                                                "Actor \"%1\" appears twice in the chain "
                                                "(positions %2 and %3): a delegation "
                                                "loop.")
                        .arg(a.sub)
                        .arg(a.position)
                        .arg(b.position),
                    u"RFC 8693 §4.1"_s);
                repeated = true;
                break;
            }
        }
        if (repeated)
            break;
    }
    if (const JsonView mayAct = claims.member("may_act"); !mayAct.isUndefined()) {
        const ActorNode *current = chain.currentActor();
        if (!mayAct.isObject()) {
            add(r, S::Error, u"may_act.malformed"_s,
                QCoreApplication::translate("TokenValidator", "\"may_act\" is not a JSON object."),
                u"RFC 8693 §4.4"_s);
        } else {
            const QString msub = mayAct.member("sub").toString();
            const QString miss = mayAct.member("iss").toString();
            const bool issOk = miss.isEmpty() || current->iss.isEmpty() || miss == current->iss;
            if (msub != current->sub || !issOk) {
                add(r, S::Error, u"may_act.mismatch"_s,
                    QCoreApplication::translate("TokenValidator",
                                                "The current actor \"%1\" is not the party "
                                                "\"may_act\" authorises (\"%2\").")
                        .arg(current->sub, msub),
                    u"RFC 8693 §4.4"_s);
            }
        }
    }
    // Human-initiated: does the chain start from a user?
    PrincipalKind kind = PrincipalKind::Unknown;
    if (m_options.principalKind)
        kind = m_options.principalKind(chain.subject(), chain.subjectIssuer());
    if (kind == PrincipalKind::Unknown && grant == u"client_credentials"_s)
        kind = PrincipalKind::Agent;
    switch (kind) {
    case PrincipalKind::User:
        add(r, S::Info, u"act.human_initiated"_s,
            QCoreApplication::translate("TokenValidator",
                                        "The delegation starts from a user (\"%1\").")
                .arg(chain.subject()),
            u"RFC 8693 §1.1"_s);
        break;
    case PrincipalKind::Agent:
        add(r, S::Warning, u"act.not_human_initiated"_s,
            QCoreApplication::translate(
                "TokenValidator",
                "The subject \"%1\" is not a user: no human started this delegation chain.")
                .arg(chain.subject()),
            u"RFC 8693 §1.1"_s);
        break;
    case PrincipalKind::Unknown:
        add(r, S::Info, u"act.subject_unknown"_s,
            QCoreApplication::translate(
                "TokenValidator",
                "Whether the subject \"%1\" is a user could not be determined; connect to the "
                "server to resolve it.")
                .arg(chain.subject()),
            u"RFC 8693 §1.1"_s);
        break;
    }
}

} // namespace tid::core
