#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tid::core {

// The text/event-stream grammar (HTML Living Standard §9.2.6), without a socket: bytes go in as
// they arrive, in pieces cut anywhere, and complete events come out. Lines end with CRLF, LF or a
// lone CR; `event:`, `data:`, `id:` (ignored when it holds NUL) and `retry:` (ASCII digits only)
// are read, comments and unknown fields are skipped, a leading BOM is dropped. A line or an
// event's data longer than the limits puts the parser in the overflowed state: the stream is
// hostile or broken, and the caller drops the connection rather than hold the bytes.
class SseParser final
{
public:
    static constexpr qsizetype MaxLineBytes = 1 << 20;  // 1 MiB
    static constexpr qsizetype MaxEventBytes = 4 << 20; // 4 MiB of data lines in one event

    struct Event
    {
        QString type; // "message" when the server named none
        QByteArray data;
        QString id; // the last event id in effect when the event was dispatched
    };

    // Parses what `bytes` completes; the events dispatched by it, in order. Nothing more is
    // parsed once overflowed().
    QList<Event> feed(QByteArrayView bytes);
    // Forgets a partial line and event (a new connection); keeps the last event id and retry.
    void resetConnection();

    bool overflowed() const { return m_overflowed; }
    QString lastEventId() const { return m_lastId; }
    // The server's last `retry:` in ms, or -1 when it sent none.
    int retryMs() const { return m_retryMs; }

private:
    void processLine(QByteArrayView line, QList<Event> *out);

    QByteArray m_line;
    bool m_afterCr = false; // the previous byte ended a line with CR: a following LF belongs to it
    bool m_started = false; // the first byte (a possible BOM) has been seen
    QString m_eventType;
    QByteArray m_data;
    bool m_hasData = false;
    QString m_lastId;
    int m_retryMs = -1;
    bool m_overflowed = false;
};

} // namespace tid::core
