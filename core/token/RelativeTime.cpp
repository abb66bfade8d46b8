#include "core/token/RelativeTime.h"

#include <QDateTime>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

QString RelativeTime::duration(qint64 s)
{
    s = std::llabs(s);
    if (s < 60)
        return u"%1 s"_s.arg(s);
    if (s < 3600)
        return u"%1 min"_s.arg(s / 60);
    if (s < 2 * 86400)
        return u"%1 h"_s.arg(s / 3600);
    if (s < 730 * 86400)
        return u"%1 d"_s.arg(s / 86400);
    return u"%1 y"_s.arg(s / (365 * 86400));
}

QString RelativeTime::relative(qint64 target, qint64 now)
{
    if (target == now)
        return u"now"_s;
    return target > now ? u"in %1"_s.arg(duration(target - now))
                        : u"%1 ago"_s.arg(duration(now - target));
}

QString RelativeTime::expiry(qint64 exp, qint64 now)
{
    return exp > now ? u"expires in %1"_s.arg(duration(exp - now))
                     : u"expired %1 ago"_s.arg(duration(now - exp));
}

QString RelativeTime::utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s) +
           u" UTC"_s;
}

} // namespace tid::core
