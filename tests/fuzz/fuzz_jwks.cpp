// libFuzzer target: JWK Set parsing and key import into OpenSSL (RSA, EC P-256/384/521,
// OKP Ed25519), and verification against every imported key.

#include "core/token/Jwks.h"
#include "core/token/SignatureVerifier.h"

#include <cstdlib>

using namespace tid::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const Jwks jwks = Jwks::fromJson(input, &error);
    if (jwks.isEmpty() && error.isEmpty())
        std::abort(); // an unusable set always says why
    SignatureVerifier verifier;
    const QByteArray message("eyJhbGciOiJFUzI1NiJ9.e30");
    const QByteArray signature(132, '\x01');
    for (const JsonWebKey &key : jwks.keys()) {
        if (key.isNull() || key.thumbprint().isEmpty())
            std::abort();
        for (JwsAlgorithm alg : {JwsAlgorithm::RS256, JwsAlgorithm::PS512, JwsAlgorithm::ES256,
                                 JwsAlgorithm::ES384, JwsAlgorithm::ES512, JwsAlgorithm::EdDSA}) {
            const auto r = verifier.verify(alg, message, signature, key);
            if (r.ok())
                std::abort(); // a constant signature never verifies
        }
    }
    return 0;
}
