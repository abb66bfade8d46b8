#pragma once

#include "core/token/ActorChain.h"
#include "core/token/Finding.h"
#include "core/token/JsonView.h"
#include "core/token/Jwks.h"
#include "core/token/SignatureVerifier.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace tid::core {

class Jwt;

struct ValidationOptions
{
    // Expected issuer, compared exactly (RFC 9068 §4 step 3). Empty: not checked (info finding).
    QString issuer;
    // Acceptable audiences; the token's aud must contain one (RFC 9068 §4 step 4). Empty: not
    // checked, but a missing aud is still an error.
    QStringList audiences;
    qint64 clockSkewSeconds = 60;
    // Seconds since the epoch to validate against; unset = the current time.
    std::optional<qint64> now;
    // Treat the token as an OAuth access token (RFC 9068): typ must be at+jwt and the
    // §2.2 required claims must be present. Off for ID tokens and other JWTs.
    bool accessToken = true;
    // HS256/384/512 are verified only with a secret entered explicitly.
    QByteArray hmacSecret;
    // Chains longer than this get a warning (policy, not an RFC limit).
    int maxChainDepth = 3;
    // Answers "is this principal a user?" for the human-initiated check; may return Unknown.
    std::function<PrincipalKind(const QString &sub, const QString &iss)> principalKind;
};

struct ValidationResult
{
    Findings findings;
    bool signatureVerified = false;
    QString verifiedKeyId; // kid (or thumbprint) of the key that verified the signature
    ActorChain chain;

    bool isValid() const
    {
        if (!signatureVerified)
            return false;
        for (const Finding &f : findings) {
            if (f.severity == Finding::Severity::Error)
                return false;
        }
        return true;
    }
    bool hasCode(QStringView code) const
    {
        for (const Finding &f : findings) {
            if (f.code == code)
                return true;
        }
        return false;
    }
    int errorCount() const;
};

// Checks a parsed JWT and reports findings in RFC 9068 §4 order — typ, iss, aud, signature
// (with the RFC 8725 JOSE-header checks), exp/nbf/iat — followed by the RFC 9068 §2.2 claim
// checks and the RFC 8693 delegation checks. It never fetches anything: jku/x5u are flagged.
// Keeps verification contexts between calls, so reuse one instance for many tokens; not
// thread-safe.
class TokenValidator final
{
public:
    TokenValidator();
    explicit TokenValidator(ValidationOptions options);
    ~TokenValidator();
    TokenValidator(const TokenValidator &) = delete;
    TokenValidator &operator=(const TokenValidator &) = delete;

    void setOptions(ValidationOptions options) { m_options = std::move(options); }
    const ValidationOptions &options() const { return m_options; }
    // Keys to verify with. Without keys (and without an HMAC secret) signatures are reported as
    // unverified, which is an error: an unverified token is not valid.
    void setJwks(const Jwks &jwks);
    void clearJwks();
    bool hasKeys() const { return m_hasJwks; }

    ValidationResult validate(const Jwt &jwt);
    // For a token that failed to parse: a single "parse" error finding with the reason.
    static ValidationResult parseFailure(const Jwt &jwt);

private:
    void checkType(const JsonObjectView &header, ValidationResult &r) const;
    void checkIssuer(const JsonObjectView &claims, ValidationResult &r) const;
    void checkAudience(const JsonObjectView &claims, ValidationResult &r) const;
    void checkSignature(const Jwt &jwt, const JsonObjectView &header, ValidationResult &r);
    void checkTimes(const JsonObjectView &claims, ValidationResult &r) const;
    void checkRequiredClaims(const JsonObjectView &claims, ValidationResult &r) const;
    void checkDelegation(const JsonObjectView &claims, ValidationResult &r) const;

    ValidationOptions m_options;
    Jwks m_jwks;
    bool m_hasJwks = false;
    SignatureVerifier m_verifier;
};

} // namespace tid::core
