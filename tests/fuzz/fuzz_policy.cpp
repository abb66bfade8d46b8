// libFuzzer target: the chain-policy file (docs/policies.md). A file that is refused says where
// (line and column inside the text) and why; one that is accepted has rules, each of which gives
// a verdict with a reason on a token with a 4-hop chain and on one without claims.

#include "core/token/ChainPolicy.h"

#include <QJsonObject>

#include <cstdlib>

using namespace tid::core;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    ChainPolicy::Error detail;
    const ChainPolicy policy = ChainPolicy::fromJson(input, &error, &detail);
    if (!policy.isValid()) {
        if (error.isEmpty() || detail.reason.isEmpty())
            std::abort(); // a refusal always says why
        const int lines = int(input.count('\n')) + 1;
        if (!input.trimmed().isEmpty() && input.size() <= ChainPolicy::MaxFileSize &&
            (detail.line < 1 || detail.line > lines))
            std::abort(); // and where, inside the text
        return 0;
    }
    if (policy.rules().isEmpty())
        std::abort();
    QJsonObject act{{u"sub"_s, u"a"_s}};
    for (const char *sub : {"b", "c", "d"})
        act = QJsonObject{{u"sub"_s, QString::fromLatin1(sub)}, {u"act"_s, act}};
    const QJsonObject chain{{u"sub"_s, u"user"_s},
                            {u"aud"_s, u"https://api.example.com"_s},
                            {u"scope"_s, u"reports:read"_s},
                            {u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:token-exchange"_s},
                            {u"act"_s, act}};
    for (const QJsonObject &claims : {chain, QJsonObject()}) {
        const PolicyResults results = policy.evaluate(claims, PolicyEvidence{true, {}});
        if (results.size() != policy.rules().size())
            std::abort();
        for (const PolicyResult &r : results)
            if (r.reason.isEmpty() || r.rule.isEmpty() || r.line < 1)
                std::abort();
    }
    return 0;
}
