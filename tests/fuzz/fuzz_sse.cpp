// libFuzzer target for the console's event-stream (text/event-stream) reader, SseParser: the
// approvals inbox reads it from the server. Property: the events do not depend on where the
// bytes were cut between reads — the first two input bytes pick the cut.

#include "core/api/SseParser.h"

#include <cstdlib>

using tid::core::SseParser;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, unsigned long size)
{
    if (size < 2)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const qsizetype cut = input.isEmpty() ? 0 : ((data[0] << 8) | data[1]) % (input.size() + 1);

    SseParser whole;
    const QList<SseParser::Event> expected = whole.feed(input);
    SseParser split;
    QList<SseParser::Event> got = split.feed(input.first(cut));
    got += split.feed(input.sliced(cut));

    if (got.size() != expected.size() || whole.overflowed() != split.overflowed() ||
        whole.retryMs() != split.retryMs() || whole.lastEventId() != split.lastEventId())
        std::abort();
    for (qsizetype i = 0; i < got.size(); ++i) {
        if (got[i].type != expected[i].type || got[i].data != expected[i].data ||
            got[i].id != expected[i].id || got[i].type.isEmpty())
            std::abort();
    }
    return 0;
}
