#pragma once

#include <QString>

namespace tid::core {

// Short human durations for token times: "45 s", "4 min", "2 h", "3 d".
class RelativeTime final
{
public:
    static QString duration(qint64 seconds);
    // "in 4 min", "2 h ago", "now"
    static QString relative(qint64 targetSecs, qint64 nowSecs);
    // For exp: "expires in 4 min" / "expired 2 h ago"
    static QString expiry(qint64 expSecs, qint64 nowSecs);
    // "2026-01-31 14:05:09 UTC"
    static QString utc(qint64 secs);
};

} // namespace tid::core
