// TLS trust against a sandbox serving HTTPS with a self-signed certificate (--tls): the pinned
// SHA-256 fingerprint is accepted, a wrong pin is refused with "certificate fingerprint
// mismatch: expected … got …", and without a pin the self-signed certificate is refused (with
// its fingerprint offered for pinning). Never a blanket ignoreSslErrors().

#include "core/api/AdminApi.h"
#include "core/api/ApiClient.h"
#include "core/api/Session.h"

#include "tests/common/SandboxProcess.h"
#include "tst_e2e_support.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;
using tid::test::await;

class TestE2eTls : public QObject
{
    Q_OBJECT

    std::unique_ptr<tid::test::SandboxProcess> m_sandbox;
    QByteArray m_pin;

private Q_SLOTS:
    void initTestCase()
    {
        tid::test::SandboxProcess::Options options;
        options.tls = true;
        options.seed = u"demo"_s;
        m_sandbox = std::make_unique<tid::test::SandboxProcess>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        QCOMPARE(m_sandbox->baseUrl().scheme(), u"https"_s);
        m_pin = ApiClient::normalizeFingerprint(m_sandbox->tlsFingerprint());
        QVERIFY2(!m_pin.isEmpty(), qPrintable(m_sandbox->tlsFingerprint()));
    }

    void pinnedFingerprintIsAccepted()
    {
        Session session;
        session.connectWithClientCredentials(
            m_sandbox->baseUrl(), {m_sandbox->adminClientId(), m_sandbox->adminClientSecret()},
            m_sandbox->tlsFingerprint());
        QVERIFY2(tid::test::connectAndWait(session), qPrintable(session.lastError().toString()));
        const auto agents = await(session.admin().listAgents(PageRequest::window(1)));
        QVERIFY2(agents.ok(), qPrintable(agents.error.toString()));
        QVERIFY(agents.value.totalResults >= 40);
    }

    void wrongPinIsRefused()
    {
        ApiClient client;
        client.setBaseUrl(m_sandbox->baseUrl());
        QByteArray wrong = m_pin;
        wrong[0] = wrong[0] == 'a' ? 'b' : 'a';
        QVERIFY(client.setPinnedCertificateSha256(QString::fromLatin1(wrong)));
        OAuthApi oauth(&client);
        const auto r = await(oauth.discover());
        QCOMPARE(r.error.kind, ApiError::Kind::Tls);
        const QString text = r.error.toString();
        QVERIFY2(text.contains(u"certificate fingerprint mismatch: expected "_s +
                               ApiClient::formatFingerprint(wrong) + u" got "_s +
                               ApiClient::formatFingerprint(m_pin)),
                 qPrintable(text));
        QCOMPARE(r.error.peerCertificateSha256, m_pin);

        // Through a Session: the connection fails with the same clear message.
        Session session;
        session.connectWithClientCredentials(
            m_sandbox->baseUrl(), {m_sandbox->adminClientId(), m_sandbox->adminClientSecret()},
            QString::fromLatin1(wrong));
        QVERIFY(!tid::test::connectAndWait(session));
        QVERIFY2(session.lastError().toString().contains(u"fingerprint mismatch"_s),
                 qPrintable(session.lastError().toString()));
    }

    void noPinAndSelfSignedIsRefused()
    {
        ApiClient client;
        client.setBaseUrl(m_sandbox->baseUrl());
        OAuthApi oauth(&client);
        const auto r = await(oauth.discover());
        QCOMPARE(r.error.kind, ApiError::Kind::Tls);
        QVERIFY2(r.error.toString().contains(u"not trusted"_s), qPrintable(r.error.toString()));
        // The fingerprint is offered so that a UI can ask the user to pin it (SSH style).
        QCOMPARE(r.error.peerCertificateSha256, m_pin);
        QVERIFY(r.error.toString().contains(ApiClient::formatFingerprint(m_pin)));
    }

    void changingThePinDropsTheTrustedConnection()
    {
        ApiClient client;
        client.setBaseUrl(m_sandbox->baseUrl());
        QVERIFY(client.setPinnedCertificateSha256(QString::fromLatin1(m_pin)));
        OAuthApi oauth(&client);
        QVERIFY(await(oauth.discover()).ok());
        QByteArray wrong = m_pin;
        wrong[1] = wrong[1] == '0' ? '1' : '0';
        QVERIFY(client.setPinnedCertificateSha256(QString::fromLatin1(wrong)));
        QCOMPARE(await(oauth.discover()).error.kind, ApiError::Kind::Tls);
        QVERIFY(client.setPinnedCertificateSha256(QString::fromLatin1(m_pin)));
        QVERIFY(await(oauth.discover()).ok());
    }
};

QTEST_GUILESS_MAIN(TestE2eTls)
#include "tst_e2e_tls.moc"
