#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace tid::core {

// How the history store keeps each event's original text: raw deflate with a preset dictionary
// of ThunderID's event vocabulary (field names, types, components, grant URNs), which shrinks a
// typical 330-byte line to about half — the store stays near the size of the files it came
// from. decode(encode(x)) == x byte for byte. A first byte tells the form: 'z' deflated, 'p'
// plain (when deflating would not save anything). Thread-safe (one stream per thread).
namespace RawCodec {

QByteArray encode(QByteArrayView text);
// The original text; empty with *ok false when `stored` is corrupt.
QByteArray decode(QByteArrayView stored, bool *ok = nullptr);

} // namespace RawCodec

} // namespace tid::core
