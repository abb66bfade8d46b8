#pragma once

// A failure-injecting front for a real server, on loopback: in Pass mode it relays every
// connection byte for byte to the upstream (a thunderid-sandbox child); in the other modes it
// reads each request whole and then misbehaves as a broken or hostile server does — it stalls,
// answers a 5xx in ThunderID's error shape, cuts the body short, or answers garbage JSON. Over
// TLS it can change its certificate mid-session. Switching mode or certificate drops the
// connections it holds, so that the next request meets the new behaviour.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace tid::test {

class FaultProxy final : public QObject
{
public:
    enum class Mode
    {
        Pass,        // relay to the upstream
        Stall,       // read the request, never answer
        ServerError, // 500 with {"code":"SSE-5000","message":…}
        CutBody,     // 200 with a Content-Length far beyond the bytes sent, then close
        GarbageJson, // 200 application/json that is not JSON
    };

    explicit FaultProxy(const QUrl &upstream, QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1 (any port); with a certificate, serves TLS.
    bool listen();
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);
    QUrl url() const;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // New TLS connections present this certificate from now on.
    void setCertificate(const QSslCertificate &certificate, const QSslKey &key);
    // Requests answered (or stalled) by a fault so far.
    int faultsServed() const { return m_faults; }
    void dropConnections();

    // A self-signed certificate for 127.0.0.1 (EC P-256), made with the openssl command line.
    static bool makeCertificate(QSslCertificate *certificate, QSslKey *key, QString *error);

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray pending; // request bytes read in a fault mode
    };
    void accept(QTcpSocket *client);
    void onClientData(Link *link);
    void fault(Link *link);

    QUrl m_upstream;
    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
    Mode m_mode = Mode::Pass;
    int m_faults = 0;
    QList<Link *> m_links;
};

} // namespace tid::test
