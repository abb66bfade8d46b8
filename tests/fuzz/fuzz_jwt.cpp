// libFuzzer target: strict compact-JWS parsing and everything that reads a parsed token.
// Oracles beyond "no crash, no sanitizer report":
//  - whatever object/array StrictJson accepts, QJsonDocument accepts too (strict ⊆ lenient),
//    and a JsonView reads it exactly as QJsonDocument does (the validator reads claims so);
//  - base64url is canonical: decoding then encoding gives the input back;
//  - a token that parses re-serialises to the same compact form.

#include "core/token/ActorChain.h"
#include "core/token/Base64Url.h"
#include "core/token/Jwt.h"
#include "core/token/StrictJson.h"
#include "core/token/TokenDiff.h"
#include "core/token/TokenValidator.h"
#include "tests/common/JsonViewOracle.h"

#include <QJsonDocument>

#include <cstdlib>

using namespace tid::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    // Base64url canonicity.
    QByteArray decoded;
    if (Base64Url::decode(input, decoded)) {
        if (Base64Url::encode(decoded) != input)
            std::abort();
    }

    // Strict JSON is a subset of what QJsonDocument accepts (which takes only an object or an
    // array at the top level).
    const QByteArrayView trimmed = input.trimmed();
    const bool container = !trimmed.isEmpty() && (trimmed.front() == '{' || trimmed.front() == '[');
    if (container && StrictJson::check(input)) {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(input.toByteArray(), &e);
        if (e.error != QJsonParseError::NoError)
            std::abort();
        const QJsonValue top = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        if (!tid::test::sameJson(JsonView::of(input), top))
            std::abort();
    }

    const Jwt jwt = Jwt::parse(input);
    if (jwt.isValid()) {
        const QByteArray again = Base64Url::encode(jwt.headerJson()) + '.' +
                                 Base64Url::encode(jwt.payloadJson()) + '.' +
                                 Base64Url::encode(jwt.signature());
        if (again != jwt.compact())
            std::abort();
        // The chain read in place is the chain read from the QJsonObject.
        const ActorChain fromView = ActorChain::fromClaims(JsonObjectView(jwt.claims()));
        const ActorChain fromObject = ActorChain::fromClaims(jwt.payload());
        if (fromView.depth() != fromObject.depth() || fromView.problem() != fromObject.problem() ||
            fromView.subject() != fromObject.subject() ||
            fromView.subjectIssuer() != fromObject.subjectIssuer())
            std::abort();
        for (int i = 0; i < fromView.depth(); ++i) {
            const ActorNode &a = fromView.actors().at(i);
            const ActorNode &b = fromObject.actors().at(i);
            if (a.sub != b.sub || a.iss != b.iss || a.claims() != b.claims())
                std::abort();
        }
        ValidationOptions options;
        options.now = 1700000000;
        options.hmacSecret = "fuzz-secret";
        TokenValidator validator(options);
        const ValidationResult r = validator.validate(jwt);
        if (r.findings.isEmpty())
            std::abort(); // every token gets at least one finding
        (void)TokenDiff::compare(jwt.payload(), jwt.header());
    } else if (jwt.errorString().isEmpty()) {
        std::abort(); // every failure has a reason
    }
    (void)Jwt::parseLenient(input);
    return 0;
}
