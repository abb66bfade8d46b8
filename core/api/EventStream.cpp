#include "core/api/EventStream.h"

#include "core/api/ApiClient.h"

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
    const int floor = qMax(InitialDelayMs, m_serverRetryMs);
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
    m_buffer.clear();
    m_eventType.clear();
    m_data.clear();
    m_hasData = false;
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
    m_buffer += m_reply->readAll();
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl < 0)
            break;
        QByteArray line = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        processLine(std::move(line));
    }
}

void EventStream::processLine(QByteArray line)
{
    if (line.isEmpty()) { // dispatch
        if (m_hasData) {
            if (m_data.endsWith('\n'))
                m_data.chop(1);
            const QString type = m_eventType.isEmpty() ? u"message"_s : m_eventType;
            const QByteArray data = m_data;
            m_eventType.clear();
            m_data.clear();
            m_hasData = false;
            Q_EMIT eventReceived(type, data, m_lastId);
        } else {
            m_eventType.clear();
        }
        return;
    }
    if (line.startsWith(':')) // a comment (": connected", ": keep-alive")
        return;
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "event") {
        m_eventType = QString::fromUtf8(value);
    } else if (field == "data") {
        m_data += value + '\n';
        m_hasData = true;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (ok && ms >= 0)
            m_serverRetryMs = ms;
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
