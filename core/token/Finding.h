#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace tid::core {

// One observation about a token: what the validator checked and what it found.
// `code` is stable (tests and scripts match on it); `message` is for people; `reference` names
// the RFC section the check comes from, e.g. "RFC 8725 §3.1".
struct Finding
{
    enum class Severity
    {
        Info,
        Warning,
        Error
    };

    Severity severity = Severity::Info;
    QString code;
    QString message;
    QString reference;

    static QString severityName(Severity s)
    {
        switch (s) {
        case Severity::Info:
            return QStringLiteral("info");
        case Severity::Warning:
            return QStringLiteral("warning");
        case Severity::Error:
            return QStringLiteral("error");
        }
        return {};
    }
};

using Findings = QList<Finding>;

} // namespace tid::core

Q_DECLARE_METATYPE(tid::core::Finding)
