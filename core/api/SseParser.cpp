#include "core/api/SseParser.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

void SseParser::resetConnection()
{
    m_line.clear();
    m_afterCr = false;
    m_started = false;
    m_eventType.clear();
    m_data.clear();
    m_hasData = false;
    m_overflowed = false;
}

QList<SseParser::Event> SseParser::feed(QByteArrayView bytes)
{
    QList<Event> events;
    if (m_overflowed)
        return events;
    if (!m_started && !bytes.isEmpty()) {
        // A BOM may arrive split over several reads; wait for its three bytes.
        static constexpr QByteArrayView bom("\xEF\xBB\xBF");
        const QByteArray head = m_line + bytes.first(qMin<qsizetype>(bytes.size(), 3));
        if (head.size() < 3 && bom.startsWith(head)) {
            m_line = head;
            return events;
        }
        m_started = true;
        const QByteArray held = std::exchange(m_line, {});
        QByteArray joined = held + bytes.toByteArray();
        if (joined.startsWith(bom.toByteArray()))
            joined.remove(0, 3);
        return feed(joined);
    }
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c != '\n' && c != '\r') {
            m_afterCr = false;
            continue;
        }
        if (c == '\n' && m_afterCr && i == start && m_line.isEmpty()) {
            // the LF of a CRLF whose CR ended the previous line
            m_afterCr = false;
            start = i + 1;
            continue;
        }
        m_afterCr = c == '\r';
        const QByteArrayView piece = bytes.sliced(start, i - start);
        if (m_line.size() + piece.size() > MaxLineBytes) {
            m_overflowed = true;
            return events;
        }
        if (m_line.isEmpty()) {
            processLine(piece, &events);
        } else {
            m_line += piece;
            processLine(m_line, &events);
            m_line.clear();
        }
        if (m_overflowed)
            return events;
        start = i + 1;
    }
    const QByteArrayView rest = bytes.sliced(start);
    if (m_line.size() + rest.size() > MaxLineBytes) {
        m_overflowed = true;
        return events;
    }
    m_line += rest;
    return events;
}

void SseParser::processLine(QByteArrayView line, QList<Event> *out)
{
    if (line.isEmpty()) { // dispatch
        if (m_hasData) {
            if (m_data.endsWith('\n'))
                m_data.chop(1);
            out->append({m_eventType.isEmpty() ? u"message"_s : m_eventType, m_data, m_lastId});
        }
        m_eventType.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':')) // a comment (": connected", ": keep-alive")
        return;
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (field == "event") {
        m_eventType = QString::fromUtf8(value);
    } else if (field == "data") {
        if (m_data.size() + value.size() + 1 > MaxEventBytes) {
            m_overflowed = true;
            return;
        }
        m_data += value;
        m_data += '\n';
        m_hasData = true;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = QString::fromUtf8(value);
    } else if (field == "retry") {
        if (value.isEmpty() || value.size() > 9)
            return;
        for (const char c : value) {
            if (c < '0' || c > '9')
                return;
        }
        m_retryMs = value.toInt();
    }
}

} // namespace tid::core
