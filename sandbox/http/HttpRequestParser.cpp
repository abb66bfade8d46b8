#include "sandbox/http/HttpRequestParser.h"

#include <QUrl>

#include <cctype>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

namespace {

constexpr qsizetype ChunkLineBytes = 1024;

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c != '\0' && QByteArrayLiteral("!#$%&'*+-.^_`|~").contains(c));
}

} // namespace

bool HttpRequestParser::isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Field values: visible characters, spaces and tabs, obs-text; never CR, LF, NUL or other
// controls (a bare CR would otherwise be echoed into a response header).
bool HttpRequestParser::isFieldValue(QByteArrayView s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

HttpRequestParser::HttpRequestParser()
    : HttpRequestParser(Limits())
{}

HttpRequestParser::HttpRequestParser(const Limits &limits)
    : m_limits(limits)
{}

void HttpRequestParser::feed(QByteArrayView bytes)
{
    if (m_state != State::Failed)
        m_buffer.append(bytes);
}

Request HttpRequestParser::takeRequest()
{
    Request out = std::move(m_request);
    m_request = Request();
    if (m_state == State::Done)
        m_state = State::Head;
    return out;
}

HttpRequestParser::Result HttpRequestParser::fail(int status, const QString &description)
{
    failed(status, description);
    return Result::Error;
}

bool HttpRequestParser::failed(int status, const QString &description)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorDescription = description;
    m_buffer.clear();
    m_body.clear();
    m_buffer.squeeze();
    m_body.squeeze();
    return false;
}

HttpRequestParser::Result HttpRequestParser::next()
{
    if (m_continuePending) {
        m_continuePending = false;
        return Result::Continue;
    }
    for (;;) {
        switch (m_state) {
        case State::Head:
            if (m_buffer.isEmpty())
                return Result::NeedMore;
            if (!readHead())
                return m_state == State::Failed ? Result::Error : Result::NeedMore;
            if (m_continuePending) {
                m_continuePending = false;
                return Result::Continue;
            }
            break;
        case State::FixedBody: {
            const qsizetype need = m_contentLength - m_body.size();
            const qsizetype take = std::min(need, m_buffer.size());
            m_body += m_buffer.left(take);
            m_buffer.remove(0, take);
            if (m_body.size() < m_contentLength)
                return Result::NeedMore;
            m_state = State::Done;
            break;
        }
        case State::ChunkSize: {
            const qsizetype nl = m_buffer.indexOf('\n');
            if (nl < 0) {
                if (m_buffer.size() > ChunkLineBytes)
                    return fail(400, u"Malformed chunked body."_s);
                return Result::NeedMore;
            }
            QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            const QByteArray hex = line.split(';').value(0).trimmed();
            bool ok = false;
            const qint64 size = hex.size() <= 15 ? hex.toLongLong(&ok, 16) : -1;
            if (!ok || size < 0)
                return fail(400, u"Malformed chunk size."_s);
            if (m_body.size() + size > m_limits.bodyBytes)
                return fail(413, u"The request body is too large."_s);
            m_chunkRemaining = size;
            m_state = size == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qsizetype take = qsizetype(std::min<qint64>(m_chunkRemaining, m_buffer.size()));
            m_body += m_buffer.left(take);
            m_buffer.remove(0, take);
            m_chunkRemaining -= take;
            if (m_chunkRemaining > 0)
                return Result::NeedMore;
            m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd: {
            if (m_buffer.size() < 1)
                return Result::NeedMore;
            if (m_buffer.startsWith("\r\n"))
                m_buffer.remove(0, 2);
            else if (m_buffer.startsWith('\n'))
                m_buffer.remove(0, 1);
            else if (m_buffer.size() == 1 && m_buffer.at(0) == '\r')
                return Result::NeedMore;
            else
                return fail(400, u"Malformed chunked body."_s);
            m_state = State::ChunkSize;
            break;
        }
        case State::Trailers: {
            const qsizetype nl = m_buffer.indexOf('\n');
            if (nl < 0) {
                if (m_buffer.size() > m_limits.headerLineBytes)
                    return fail(431, u"A trailer field is too large."_s);
                return Result::NeedMore;
            }
            QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            m_trailerBytes += line.size();
            if (m_trailerBytes > m_limits.headerBlockBytes)
                return fail(431, u"The trailer fields are too large."_s);
            if (line == "\r" || line.isEmpty())
                m_state = State::Done; // trailers are read and dropped
            break;
        }
        case State::Done:
            m_request.body = m_body;
            m_body.clear();
            return Result::Complete;
        case State::Failed:
            return Result::Error;
        }
    }
}

// Returns false when more bytes are needed (or the request was refused).
bool HttpRequestParser::readHead()
{
    // Empty lines before a request line are allowed (RFC 9112 §2.2).
    while (m_buffer.startsWith("\r\n") || m_buffer.startsWith('\n'))
        m_buffer.remove(0, m_buffer.startsWith('\n') ? 1 : 2);
    const Limits &lim = m_limits;
    qsizetype end = -1;
    qsizetype endLength = 0;
    // The head ends with an empty line; look for it only within the allowed size.
    const qsizetype crlf = m_buffer.indexOf("\r\n\r\n");
    const qsizetype lf = m_buffer.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        end = crlf;
        endLength = 4;
    } else if (lf >= 0) {
        end = lf;
        endLength = 2;
    }
    const QByteArrayView head =
        end >= 0 ? QByteArrayView(m_buffer).first(end) : QByteArrayView(m_buffer);
    // Limits first, on whatever arrived so far.
    const qsizetype firstNl = head.indexOf('\n');
    const qsizetype requestLineLength = firstNl < 0 ? head.size() : firstNl;
    if (requestLineLength > lim.requestLineBytes)
        return failed(414, u"The request line exceeds %1 bytes."_s.arg(lim.requestLineBytes));
    if (firstNl >= 0) {
        const QByteArrayView fields = head.sliced(firstNl + 1);
        if (fields.size() > lim.headerBlockBytes)
            return failed(431, u"The header fields exceed %1 bytes."_s.arg(lim.headerBlockBytes));
        qsizetype start = 0;
        int count = 0;
        while (start <= fields.size()) {
            qsizetype nl = fields.indexOf('\n', start);
            const qsizetype len = (nl < 0 ? fields.size() : nl) - start;
            if (len > lim.headerLineBytes)
                return failed(431, u"A header field exceeds %1 bytes."_s.arg(lim.headerLineBytes));
            ++count;
            if (nl < 0)
                break;
            start = nl + 1;
        }
        if (count > lim.headerCount)
            return failed(431, u"More than %1 header fields."_s.arg(lim.headerCount));
    }
    if (end < 0)
        return false;

    const QByteArray headBytes = m_buffer.left(end);
    m_buffer.remove(0, end + endLength);
    QList<QByteArray> lines = headBytes.split('\n');
    for (QByteArray &l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    // Request line: method SP target SP version.
    const QList<QByteArray> parts = lines.takeFirst().split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty())
        return failed(400, u"Malformed request line."_s);
    const QByteArray &version = parts.at(2);
    if (version == "HTTP/1.1") {
        m_keepAlive = true;
    } else if (version == "HTTP/1.0") {
        m_keepAlive = false;
    } else if (version.size() == 8 && version.startsWith("HTTP/") &&
               std::isdigit(static_cast<unsigned char>(version.at(5))) && version.at(6) == '.' &&
               std::isdigit(static_cast<unsigned char>(version.at(7)))) {
        return failed(505, u"Only HTTP/1.0 and HTTP/1.1 are served."_s);
    } else {
        return failed(400, u"Malformed request line."_s);
    }
    const QByteArray &target = parts.at(1);
    for (char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return failed(400, u"Malformed request target."_s);
    }
    QUrl url;
    if (target.startsWith('/'))
        url = QUrl(u"http://localhost"_s + QString::fromLatin1(target));
    else if (target.startsWith("http://") || target.startsWith("https://"))
        url = QUrl(QString::fromLatin1(target));
    else if (target == "*")
        url = QUrl(u"http://localhost/*"_s);
    if (!url.isValid() || url.path().isEmpty())
        return failed(400, u"Malformed request target."_s);

    m_request = Request();
    m_request.method = QString::fromLatin1(parts.at(0));
    m_request.path = url.path(QUrl::FullyDecoded);
    m_request.query = QUrlQuery(url.query());
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.startsWith(' ') || line.startsWith('\t'))
            return failed(400, u"Folded header fields are not accepted."_s);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return failed(400, u"Malformed header field."_s);
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isFieldValue(value))
            return failed(400, u"A header field holds a control character."_s);
        m_request.headers.append({line.left(colon), value});
    }

    // Framing (RFC 9112 §6): Transfer-Encoding and Content-Length together are refused, so that
    // no leftover bytes can run as a second request.
    QList<QByteArray> lengths;
    QList<QByteArray> encodings;
    bool expectContinue = false;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            lengths << value;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            encodings << value;
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &option : value.split(',')) {
                if (option.trimmed().compare("close", Qt::CaseInsensitive) == 0)
                    m_keepAlive = false;
            }
        }
    }
    // The first Expect field decides, as Request::header() would read it.
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
            break;
        }
    }
    m_body.clear();
    m_trailerBytes = 0;
    if (!encodings.isEmpty() && !lengths.isEmpty())
        return failed(400, u"Content-Length and Transfer-Encoding exclude each other."_s);
    if (!encodings.isEmpty()) {
        if (encodings.size() != 1 || encodings.first().compare("chunked", Qt::CaseInsensitive) != 0)
            return failed(501, u"Only the chunked transfer coding is served."_s);
        m_continuePending = expectContinue;
        m_state = State::ChunkSize;
        return true;
    }
    m_contentLength = 0;
    if (!lengths.isEmpty()) {
        for (const QByteArray &l : std::as_const(lengths)) {
            bool ok = l.size() <= 18;
            for (char c : l)
                ok = ok && c >= '0' && c <= '9';
            if (!ok || l.isEmpty() || l != lengths.first())
                return failed(400, u"Malformed Content-Length."_s);
        }
        m_contentLength = lengths.first().toLongLong();
        if (m_contentLength > m_limits.bodyBytes)
            return failed(413, u"The request body is too large."_s);
    }
    m_continuePending = expectContinue && m_contentLength > 0;
    m_state = State::FixedBody;
    return true;
}

} // namespace tid::sandbox
