#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <string>

namespace tid::core {

// A strict front for QJsonDocument. QJsonDocument silently keeps the last of duplicate member
// names (RFC 7515 §4 and RFC 8725 §3.1 require rejecting them), accepts invalid UTF-8 by
// substituting U+FFFD (which can merge two distinct names) and gives terse errors. This scanner
// walks the text once — iteratively, with a depth limit — and rejects all of that with an offset.
class StrictJson final
{
public:
    static constexpr int MaxDepth = 512;

    // True when `json` is one well-formed RFC 8259 value (surrounded only by whitespace) with
    // valid UTF-8 strings and no object holding the same member name twice.
    static bool check(QByteArrayView json, QString *error = nullptr);
    // check() with the reason and the byte offset of the fault kept apart (for line numbers).
    static bool check(QByteArrayView json, QString *reason, qsizetype *offset);

    // The UTF-8 sequence whose lead byte (>= 0x80) is at `p` (RFC 3629: no overlongs, no
    // surrogates, at most U+10FFFF): its length 2..4; 0 when malformed; -1 when it runs past `end`.
    static int utf8SequenceLength(const uchar *p, const uchar *end);

    // The value of a hexadecimal digit (either case); -1 for any other character.
    static int hexDigit(uchar c);
    // Appends code point `cp` (at most U+10FFFF) to `s` as UTF-8.
    static void appendUtf8(std::string &s, quint32 cp);

    // check() + QJsonDocument; the top-level value must be an object.
    static bool parseObject(const QByteArray &json, QJsonObject *out, QString *error = nullptr);
};

} // namespace tid::core
