#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace tid::core {

// How the history store keeps each event's original text: ThunderID's recurring JSON pieces
// (field names, types, statuses, grant URNs) as one byte each and UUIDs as 16 bytes, which
// shrinks a typical 330-byte line to about half in a microsecond — the store stays near the size
// of the files it came from. decode(encode(x)) == x byte for byte. A first byte tells the form:
// 't' tokens, 'p' plain (not JSON text). Thread-safe.
namespace RawCodec {

QByteArray encode(QByteArrayView text);
// The original text; empty with *ok false when `stored` is corrupt.
QByteArray decode(QByteArrayView stored, bool *ok = nullptr);

} // namespace RawCodec

} // namespace tid::core
