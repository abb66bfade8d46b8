#pragma once

namespace tid::core {

// Call first in main(), before any thread exists. OpenSSL then frees nothing at exit: by default
// it registers OPENSSL_cleanup() with atexit() on first use, and exit handlers run in reverse
// order of registration — so when OpenSSL is first used after a global thread pool was created
// (a QThreadPool, Qt's own), OpenSSL is cleaned up before that pool's threads are joined, and
// each pooled thread that ends afterwards frees its per-thread OpenSSL state a second time.
// The operating system takes the memory back at exit anyway.
void initOpenSslForProcess();

} // namespace tid::core
