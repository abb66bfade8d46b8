#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace tid::core {

// Strict base64url (RFC 4648 §5) as JWS uses it (RFC 7515 §2): alphabet A–Z a–z 0–9 - _, no
// padding, no whitespace, and the unused low bits of the last character must be zero so that
// every byte string has exactly one encoding.
class Base64Url final
{
public:
    // Decodes `in` into `out` (replacing its contents). On failure returns false and, when
    // `error` is given, a reason naming the offending offset.
    static bool decode(QByteArrayView in, QByteArray &out, QString *error = nullptr);
    static QByteArray encode(QByteArrayView data);
    // Length of the decoded form, or -1 when `encodedLength` cannot be a valid unpadded length.
    static qsizetype decodedLength(qsizetype encodedLength);
};

} // namespace tid::core
