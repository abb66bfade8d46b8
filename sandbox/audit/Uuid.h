#pragma once

#include <QByteArray>
#include <QString>

namespace tid::sandbox::uuid {

// RFC 9562 UUIDv7: the first 48 bits are the Unix time in milliseconds (ThunderID's event ids,
// jtis and CIBA auth_req_ids are UUIDv7). `unixMs` < 0 means now.
QString v7(qint64 unixMs = -1);
// Random UUIDv4 (ThunderID's trace id when no correlation header is present).
QString v4();
// The millisecond timestamp of a UUIDv7, or -1 when the string is not one.
qint64 v7Millis(const QString &uuid);
// `bytes` random bytes from the system CSPRNG.
QByteArray randomBytes(int bytes);

} // namespace tid::sandbox::uuid
