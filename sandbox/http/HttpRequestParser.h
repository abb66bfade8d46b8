#pragma once

#include "sandbox/http/Router.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace tid::sandbox {

// Reads HTTP/1.1 requests from bytes as they arrive, with no socket: every limit (request line,
// each header field, the header block, the number of fields, the body) is checked on what has
// arrived so far, before more is held. Feed bytes, then call next() until it answers NeedMore;
// pipelined requests come out one after the other. After an Error the parser reads nothing more
// (the connection answers and closes).
class HttpRequestParser final
{
public:
    struct Limits
    {
        qsizetype requestLineBytes = 8 * 1024;  // 414 beyond
        qsizetype headerLineBytes = 8 * 1024;   // 431 beyond (one header field)
        qsizetype headerBlockBytes = 32 * 1024; // 431 beyond (all header fields)
        int headerCount = 100;                  // 431 beyond
        qsizetype bodyBytes = 1024 * 1024;      // 413 beyond (Content-Length or chunked)
    };

    enum class Result
    {
        NeedMore, // everything fed so far is consumed or waits for more bytes
        Continue, // the head asked `Expect: 100-continue`: answer 100, then call next() again
        Complete, // a whole request: takeRequest()
        Error,    // the request cannot be read: errorStatus()/errorDescription(); 413 = too large
    };

    HttpRequestParser();
    explicit HttpRequestParser(const Limits &limits);

    void feed(QByteArrayView bytes);
    Result next();

    // The request next() completed (method, path, query, headers, body; no peer, no params).
    Request takeRequest();
    // The request read so far (for a log line when it is refused).
    const Request &current() const { return m_request; }
    // Whether the connection may stay open after the completed request (HTTP/1.1 without
    // `Connection: close`).
    bool keepAlive() const { return m_keepAlive; }
    int errorStatus() const { return m_errorStatus; }
    QString errorDescription() const { return m_errorDescription; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }

    // RFC 9110 token (method, header name) and field value (no CR, LF, NUL or other controls).
    static bool isToken(QByteArrayView s);
    static bool isFieldValue(QByteArrayView s);

private:
    enum class State
    {
        Head,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Done,   // a request is complete and not yet taken
        Failed, // an error was reported
    };

    bool readHead(); // false: more bytes needed, or failed
    Result fail(int status, const QString &description);
    bool failed(int status, const QString &description);

    Limits m_limits;
    State m_state = State::Head;
    QByteArray m_buffer;
    QByteArray m_body;
    Request m_request;
    qint64 m_contentLength = 0;
    qint64 m_chunkRemaining = 0;
    qsizetype m_trailerBytes = 0;
    bool m_keepAlive = true;
    bool m_continuePending = false;
    int m_errorStatus = 0;
    QString m_errorDescription;
};

} // namespace tid::sandbox
