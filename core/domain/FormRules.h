#pragma once

#include <QString>

namespace tid::core {

// The server's input rules, checked in the console before a write so that a form can say
// what is wrong next to the field (the server checks again and stays authoritative).
namespace FormRules {

// RFC 8707 §2: a resource indicator is an absolute URI without a fragment (http/https need a
// host).
bool isAbsoluteUri(const QString &value);
// ThunderID's handle alphabet [A-Za-z0-9._:/-], at most 100 characters, never the delimiter.
// `why` gets a readable reason when false.
bool isValidHandle(const QString &handle, const QString &delimiter, QString *why = nullptr);
// A role's name: 3 to 64 characters (ThunderID answers a shorter or longer one with a generic
// "invalid request format", so the form says the rule before sending).
bool isValidRoleName(const QString &name, QString *why = nullptr);
// The rule, for a hint beside the field.
QString roleNameRule();
// One character from the permission alphabet.
bool isValidDelimiter(const QString &delimiter);
// What the server derives: the parent's permission + delimiter + handle (a top-level resource
// or a server-level action: the handle alone).
QString derivePermission(const QString &parentPermission, const QString &delimiter,
                         const QString &handle);
// A handle suggested from a name ("Read invoices" → "read-invoices").
QString suggestHandle(const QString &name, const QString &delimiter);

} // namespace FormRules

} // namespace tid::core
