// libFuzzer target for the token history's parsers of outside input: a ThunderID observability
// line (HistoryEvent::fromObservabilityLine, its fast scanner checked against QJsonDocument's
// answer), the filter language (HistoryFilter::parse, whose
// terms must read back the same from their own text), and the store's text codec
// (RawCodec: decode(encode(x)) == x for any bytes; decode of anything never crashes).
// The first byte picks the parser.

#include "core/history/HistoryEvent.h"
#include "core/history/HistoryFilter.h"
#include "core/history/RawCodec.h"

#include <QDateTime>

#include <cstdlib>

using tid::core::HistoryEvent;
using tid::core::HistoryFilter;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, unsigned long size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0: {
        QString error;
        const auto e = HistoryEvent::fromObservabilityLine(input, &error);
        if (e && (e->id.isEmpty() || e->type.isEmpty() || !error.isEmpty()))
            std::abort(); // an accepted line always has its id and type
        if (!e && error.isEmpty())
            std::abort(); // a refused line always says why
        if (e)
            (void)HistoryEvent::formatInstant(e->timeNs);
        // The fast scanner answers as QJsonDocument does (or leaves the line to it).
        QString referenceError;
        const auto r = HistoryEvent::fromObservabilityLine(input, &referenceError, false);
        if (e.has_value() != r.has_value() || error != referenceError)
            std::abort();
        if (e && (e->id != r->id || e->type != r->type || e->timeNs != r->timeNs ||
                  e->outcome != r->outcome || e->clientId != r->clientId ||
                  e->grantType != r->grantType || e->scope != r->scope ||
                  e->subject != r->subject || e->traceId != r->traceId || e->jti != r->jti ||
                  e->errorCode != r->errorCode || e->errorText != r->errorText || e->raw != r->raw))
            std::abort();
        break;
    }
    case 1: {
        static const QDateTime now = QDateTime::fromSecsSinceEpoch(1795478400, Qt::UTC);
        HistoryFilter::Error error;
        const QString text = QString::fromUtf8(input);
        const HistoryFilter f = HistoryFilter::parse(text, &error, now);
        if (!error.message.isEmpty()) {
            if (!f.isEmpty() || error.position < 0 || error.position > text.size())
                std::abort();
            break;
        }
        QStringList parts;
        for (const auto &term : f.terms())
            parts << HistoryFilter::termText(term);
        HistoryFilter::Error again;
        const HistoryFilter g = HistoryFilter::parse(parts.join(u' '), &again, now);
        if (!again.message.isEmpty() || g.terms().size() != f.terms().size())
            std::abort(); // what the parser accepted it can write back and read again
        break;
    }
    default: {
        if (tid::core::RawCodec::decode(tid::core::RawCodec::encode(input)) != input)
            std::abort();
        bool ok = true;
        (void)tid::core::RawCodec::decode(input, &ok);
        break;
    }
    }
    return 0;
}
