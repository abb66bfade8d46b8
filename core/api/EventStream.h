#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include "core/api/SseParser.h"

class QNetworkReply;
class QTimer;

namespace tid::core {

class ApiClient;

// A Server-Sent Events reader (text/event-stream) over ApiClient::openStream(): SseParser reads
// the events as they arrive (a line or event beyond its limits drops the connection), and
// reconnects with backoff when the connection ends or fails — the server's `retry:` as the floor,
// doubling from 1 s up to maxDelayMs() while attempts fail, back to the floor once a stream is
// open. Asynchronous only: nothing here waits.
class EventStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStream)

public:
    static constexpr int InitialDelayMs = 1000;
    static constexpr int DefaultMaxDelayMs = 30000;

    EventStream(ApiClient *client, const QString &path, QObject *parent = nullptr);
    ~EventStream() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // An HTTP 200 text/event-stream response is open.
    bool isConnected() const { return m_connected; }
    // How long the next reconnect waits (ms).
    int nextDelay() const;
    void setMaxDelay(int ms) { m_maxDelayMs = qMax(InitialDelayMs, ms); }
    int maxDelayMs() const { return m_maxDelayMs; }
    int connectionAttempts() const { return m_attempts; }
    QString lastEventId() const { return m_parser.lastEventId(); }

Q_SIGNALS:
    void connectedChanged(bool connected);
    // One dispatched event: `type` is "message" when the server named none; `data` joins the
    // event's data lines with '\n'.
    void eventReceived(const QString &type, const QByteArray &data, const QString &id);

private:
    void open();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void setConnected(bool connected);
    void releaseReply();

    QPointer<ApiClient> m_client;
    QString m_path;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer;
    SseParser m_parser;
    bool m_running = false;
    bool m_connected = false;
    int m_failures = 0;
    int m_attempts = 0;
    int m_maxDelayMs = DefaultMaxDelayMs;
};

} // namespace tid::core
