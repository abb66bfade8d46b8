#include "core/token/OpenSslLifetime.h"

#include <openssl/crypto.h>

namespace tid::core {

void initOpenSslForProcess()
{
    // The first OPENSSL_init_crypto() decides; later ones (libssl's, implicit ones) only add.
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
}

} // namespace tid::core
