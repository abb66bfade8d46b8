// libFuzzer target: the sandbox's HTTP/1.1 request parser (sandbox/http/HttpRequestParser), fed
// arbitrary bytes in two pieces split at a point the input chooses, with the default limits or
// tiny ones. Every request it completes must be well formed (a token method, a path, field
// values without controls, a body within the limit), and every refusal a status it documents.

#include "sandbox/http/HttpRequestParser.h"

#include <cstdlib>

using namespace tid::sandbox;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void drain(HttpRequestParser &parser, const HttpRequestParser::Limits &limits, bool *failed)
{
    for (int guard = 0; guard < 100000 && !*failed; ++guard) {
        switch (parser.next()) {
        case HttpRequestParser::Result::NeedMore:
            return;
        case HttpRequestParser::Result::Continue:
            break;
        case HttpRequestParser::Result::Error: {
            const int status = parser.errorStatus();
            check(status == 400 || status == 413 || status == 414 || status == 431 ||
                  status == 501 || status == 505);
            check(!parser.errorDescription().isEmpty());
            check(parser.bufferedBytes() == 0); // nothing more is held after a refusal
            *failed = true;
            return;
        }
        case HttpRequestParser::Result::Complete: {
            const Request r = parser.takeRequest();
            check(HttpRequestParser::isToken(r.method.toLatin1()));
            check(!r.path.isEmpty());
            check(r.body.size() <= limits.bodyBytes);
            check(r.headers.size() <= limits.headerCount);
            for (const auto &[name, value] : r.headers) {
                check(HttpRequestParser::isToken(name));
                check(HttpRequestParser::isFieldValue(value));
            }
            break;
        }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const bool tiny = data[0] & 1;
    const size_t split = size_t(data[1]) * (size - 2) / 255;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    HttpRequestParser::Limits limits;
    if (tiny) {
        limits.requestLineBytes = 64;
        limits.headerLineBytes = 48;
        limits.headerBlockBytes = 256;
        limits.headerCount = 6;
        limits.bodyBytes = 128;
    }
    HttpRequestParser parser(limits);
    bool failed = false;
    parser.feed(input.first(qsizetype(split)));
    drain(parser, limits, &failed);
    parser.feed(input.sliced(qsizetype(split)));
    drain(parser, limits, &failed);
    // Held bytes stay within what one request may hold (head limits plus a body, plus one
    // chunk-size line), whatever the input.
    check(parser.bufferedBytes() <= input.size());
    return 0;
}
