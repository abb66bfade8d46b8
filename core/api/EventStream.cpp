#include "core/api/EventStream.h"

#include "core/Logging.h"
#include "core/api/ApiClient.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

EventStream::EventStream(ApiClient *client, const QString &path, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(path)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &EventStream::open);
}

EventStream::~EventStream()
{
    m_running = false;
    releaseReply();
}

void EventStream::start()
{
    if (m_running)
        return;
    m_running = true;
    m_failures = 0;
    open();
}

void EventStream::stop()
{
    m_running = false;
    m_retryTimer->stop();
    releaseReply();
    setConnected(false);
}

int EventStream::nextDelay() const
{
    const int floor = qMax(InitialDelayMs, m_parser.retryMs());
    const qint64 backoff = qint64(InitialDelayMs) << qMin(m_failures, 10);
    return int(qMin<qint64>(m_maxDelayMs, qMax<qint64>(floor, backoff)));
}

void EventStream::releaseReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void EventStream::open()
{
    releaseReply();
    if (!m_running || !m_client || !m_client->baseUrl().isValid())
        return;
    m_parser.resetConnection();
    ++m_attempts;
    m_reply = m_client->openStream(m_path);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &EventStream::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &EventStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &EventStream::onFinished);
}

void EventStream::onMetaData()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (status == 200 && type.startsWith("text/event-stream")) {
        m_failures = 0;
        setConnected(true);
    }
}

void EventStream::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_connected)
        onMetaData();
    if (!m_connected) { // not an event stream (an error page): read it away, wait for the end
        m_reply->readAll();
        return;
    }
    const QList<SseParser::Event> events = m_parser.feed(m_reply->readAll());
    if (m_parser.overflowed()) {
        // A line or an event beyond the parser's limits: not a stream to keep reading. Ending
        // the reply reconnects with backoff, as any broken connection does.
        qCWarning(lcApi, "event stream %s: a line or event exceeds the limits; reconnecting",
                  qUtf8Printable(m_path));
        m_failures = qMax(m_failures, 1);
        m_reply->abort();
        return;
    }
    QPointer<EventStream> alive(this);
    for (const SseParser::Event &event : events) {
        Q_EMIT eventReceived(event.type, event.data, event.id);
        if (!alive || !m_reply)
            return; // a receiver stopped or deleted the stream
    }
}

void EventStream::onFinished()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->deleteLater();
    }
    const bool wasConnected = m_connected;
    setConnected(false);
    if (!m_running)
        return;
    if (!wasConnected)
        ++m_failures;
    m_retryTimer->start(nextDelay());
    if (wasConnected) // the next attempt after this one starts doubling again
        ++m_failures;
}

void EventStream::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged(connected);
}

} // namespace tid::core
