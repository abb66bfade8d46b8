#pragma once

#include <QByteArray>
#include <QString>

namespace tid::sandbox {

struct SandboxConfig;

// The data directory's protections (issue 11, finding 2): the directory is 0700 and the store's
// files 0600 whatever the umask, and the secret that seals the signing keys comes from the
// administrator or, failing that, a generated file beside the store.
namespace DataFiles {

// Makes `dir` 0700 (it exists).
bool secureDirectory(const QString &dir, QString *error);
// Creates `path` empty with mode 0600 when missing, or sets an existing file to 0600.
bool secureFile(const QString &path, QString *error);
// Reads a secret file: a regular file of at most 4 KiB, surrounding white space dropped.
bool readSecretFile(const QString &path, QByteArray *secret, QString *error);
// THUNDERID_SANDBOX_KEY (config.keySecret), else --key-file / THUNDERID_SANDBOX_KEY_FILE, else
// `dataDir`/signing-keys.secret (32 random bytes, base64url, made 0600 on first use).
bool keySecret(const SandboxConfig &config, const QString &dataDir, QByteArray *secret,
               QString *error);

} // namespace DataFiles
} // namespace tid::sandbox
