// The token inspector pane as a user drives it: paste a token (typed key by key), wait for the
// debounce, read the actor chain tree and the findings; drop a file; compare with a derived
// token; and, against a real thunderid-sandbox, verify with the server's keys, introspect and
// revoke.

#include "core/api/AdminApi.h"
#include "core/api/ApiClient.h"
#include "core/api/OAuthApi.h"
#include "core/models/ActorChainModel.h"
#include "core/models/FindingsModel.h"
#include "core/token/Base64Url.h"
#include "core/token/Jwks.h"
#include "core/token/SigningKey.h"
#include "ui/inspector/InspectorPane.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/MessageWidget.h"

#include "tests/common/SandboxProcess.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;
using tid::ui::InspectorPane;

namespace {

const QString kIss = u"https://localhost:8090"_s;

QJsonObject exchangedClaims(qint64 now)
{
    // ThunderID token exchange with an actor token (REFERENCE §2.3 / §3.6).
    return QJsonObject{
        {u"iss"_s, kIss},
        {u"sub"_s, u"user-1"_s},
        {u"aud"_s, u"https://api.example.com/invoices"_s},
        {u"client_id"_s, u"worker-client"_s},
        {u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:token-exchange"_s},
        {u"scope"_s, u"invoices:read"_s},
        {u"iat"_s, now - 60},
        {u"nbf"_s, now - 60},
        {u"exp"_s, now + 600},
        {u"jti"_s, u"01a023d1-8a4f-7e10-9c3a-52b8d1e4f907"_s},
        {u"act"_s,
         QJsonObject{{u"sub"_s, u"worker-2"_s},
                     {u"iss"_s, kIss},
                     {u"act"_s, QJsonObject{{u"sub"_s, u"primary-agent"_s}, {u"iss"_s, kIss}}}}},
    };
}

QStringList chainNodes(const QTreeView *view, int column = 0)
{
    QStringList out;
    const QAbstractItemModel *m = view->model();
    QModelIndex parent;
    while (m->rowCount(parent) > 0) {
        const QModelIndex i = m->index(0, 0, parent);
        out << i.siblingAtColumn(column).data().toString();
        parent = i;
    }
    return out;
}

QStringList findingCodes(const QTreeView *view)
{
    QStringList out;
    const QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, FindingsModel::CodeColumn).data().toString();
    return out;
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

    SigningKey m_key = SigningKey::generate(SigningKey::Type::EcP256);
    qint64 m_now = QDateTime::currentSecsSinceEpoch();

    QByteArray token(const QJsonObject &claims) const
    {
        return m_key.signCompact(QJsonObject{{u"typ"_s, u"at+jwt"_s}}, claims);
    }
    Jwks jwks() const
    {
        return Jwks::fromJsonObject(QJsonObject{{u"keys"_s, QJsonArray{m_key.publicJwk()}}});
    }

private Q_SLOTS:
    void init() { tid::ui::MessageBox::clearNextAnswer(); }

    void typedTokenShowsChainAndFindings()
    {
        InspectorPane pane;
        pane.resize(1200, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setJwks(jwks(), u"test"_s);
        pane.setExpectedIssuer(kIss);
        QSignalSpy decoded(&pane, &InspectorPane::decoded);
        decoded.clear();

        auto *edit = pane.findChild<QPlainTextEdit *>(u"tokenEdit"_s);
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, QString::fromLatin1(token(exchangedClaims(m_now))));
        // Debounced: one decode after typing stops, not one per key.
        QTRY_VERIFY(decoded.size() >= 1);
        QVERIFY2(decoded.size() <= 3, qPrintable(QString::number(decoded.size())));
        QCOMPARE(decoded.last().at(0).toBool(), true);
        QCOMPARE(decoded.last().at(1).toBool(), true);

        auto *chain = pane.findChild<QTreeView *>(u"chainView"_s);
        QCOMPARE(chainNodes(chain), (QStringList{u"user-1"_s, u"worker-2"_s, u"primary-agent"_s}));
        QCOMPARE(chainNodes(chain, ActorChainModel::RoleColumn),
                 (QStringList{u"Subject"_s, u"Current actor"_s, u"Prior actor 1"_s}));
        // Every node carries an icon (user / agent / unknown).
        const QModelIndex root = chain->model()->index(0, 0);
        QVERIFY(!root.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(chain->isExpanded(root));

        auto *findings = pane.findChild<QTreeView *>(u"findingsView"_s);
        const QStringList codes = findingCodes(findings);
        QVERIFY2(codes.contains(u"sig.valid"_s), qPrintable(codes.join(u' ')));
        QVERIFY(!codes.contains(u"iss.mismatch"_s));
        QVERIFY(pane.findChild<QLabel *>(u"verdictLabel"_s)->text().contains(u"Valid"_s));
        QVERIFY(pane.findChild<QLabel *>(u"countdownLabel"_s)->text().startsWith(u"Expires in"_s));
        QVERIFY(
            pane.findChild<QTextBrowser *>(u"rawJsonView"_s)->toPlainText().contains(u"at+jwt"_s));
        // Claims tree: two sections, expanded.
        auto *claims = pane.findChild<QTreeView *>(u"claimsView"_s);
        QCOMPARE(claims->model()->rowCount(), 2);
        QVERIFY(claims->isExpanded(claims->model()->index(1, 0)));

        if (const QByteArray dir = qgetenv("TID_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(50); // let the layout settle
            pane.grab().save(QString::fromLocal8Bit(dir) + u"/inspector.png"_s);
        }
    }

    void findingsColouredAndErrorsFirst()
    {
        InspectorPane pane;
        pane.show();
        pane.setJwks(jwks(), u"test"_s);
        pane.setExpectedIssuer(u"https://other.example"_s);
        QJsonObject claims = exchangedClaims(m_now);
        claims.insert(u"exp"_s, m_now - 7200);
        QSignalSpy decoded(&pane, &InspectorPane::decoded);
        pane.setTokenText(QString::fromLatin1(token(claims)));
        QTRY_VERIFY(!decoded.isEmpty());
        QCOMPARE(decoded.last().at(1).toBool(), false);
        auto *findings = pane.findChild<QTreeView *>(u"findingsView"_s);
        const QAbstractItemModel *m = findings->model();
        QCOMPARE(m->index(0, 0).data(FindingsModel::SeverityRole).toInt(),
                 int(Finding::Severity::Error));
        const QStringList codes = findingCodes(findings);
        QCOMPARE(codes.mid(0, 2), (QStringList{u"iss.mismatch"_s, u"exp.expired"_s}));
        QVERIFY(m->index(0, 0).data(Qt::ForegroundRole).isValid()); // coloured
        QVERIFY(!m->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(pane.findChild<QLabel *>(u"verdictLabel"_s)->text().contains(u"Invalid"_s));
        QVERIFY(pane.findChild<QLabel *>(u"countdownLabel"_s)->text().startsWith(u"Expired"_s));
    }

    void garbageShowsInlineError()
    {
        InspectorPane pane;
        pane.show();
        QSignalSpy decoded(&pane, &InspectorPane::decoded);
        pane.setTokenText(u"eyJhbGciOiJFUzI1NiJ9.not base64!.x"_s);
        QTRY_VERIFY(!decoded.isEmpty());
        QCOMPARE(decoded.last().at(0).toBool(), false);
        auto *message = pane.findChild<tid::ui::MessageWidget *>(u"inspectorMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"not a JWT"_s), qPrintable(message->text()));
        QCOMPARE(findingCodes(pane.findChild<QTreeView *>(u"findingsView"_s)),
                 QStringList{u"parse"_s});
        // The user's text stays.
        QVERIFY(pane.tokenText().contains(u"not base64"_s));
        // Fixing it hides the error.
        pane.setTokenText(QString::fromLatin1(token(exchangedClaims(m_now))));
        QTRY_VERIFY(!message->isVisible());
    }

    void unsignedWithoutKeysSaysSo()
    {
        InspectorPane pane;
        pane.show();
        QSignalSpy decoded(&pane, &InspectorPane::decoded);
        pane.setTokenText(QString::fromLatin1(token(exchangedClaims(m_now))));
        QTRY_VERIFY(!decoded.isEmpty());
        QVERIFY(findingCodes(pane.findChild<QTreeView *>(u"findingsView"_s))
                    .contains(u"sig.unverified"_s));
        QVERIFY(pane.findChild<QLabel *>(u"verdictLabel"_s)->text().contains(u"not verified"_s));
        // Keys pasted as JSON into the key field.
        auto *jwksEdit = pane.findChild<QLineEdit *>(u"jwksEdit"_s);
        jwksEdit->setText(
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"keys"_s, QJsonArray{m_key.publicJwk()}}})
                                  .toJson(QJsonDocument::Compact)));
        QTest::mouseClick(pane.findChild<QPushButton *>(u"jwksLoadButton"_s), Qt::LeftButton);
        QTRY_VERIFY(pane.lastResult().signatureVerified);
        QVERIFY(pane.findChild<QLabel *>(u"jwksStatus"_s)->text().contains(u"1 key"_s));
    }

    void dropAFileAndPasteFromClipboard()
    {
        InspectorPane pane;
        pane.show();
        pane.setJwks(jwks(), u"test"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"token.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Bearer " + token(exchangedClaims(m_now)) + "\n");
        f.close();
        auto *edit = pane.findChild<QPlainTextEdit *>(u"tokenEdit"_s);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = edit->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(edit->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(edit->viewport(), &drop);
        QVERIFY(pane.tokenText().startsWith(u"Bearer eyJ"_s));
        QVERIFY(pane.lastResult().isValid());

        QGuiApplication::clipboard()->setText(
            QString::fromLatin1(token(QJsonObject{{u"iss"_s, kIss},
                                                  {u"sub"_s, u"from-clipboard"_s},
                                                  {u"aud"_s, u"x"_s},
                                                  {u"exp"_s, m_now + 60}})));
        QTest::mouseClick(pane.findChild<QPushButton *>(u"pasteButton"_s), Qt::LeftButton);
        QCOMPARE(chainNodes(pane.findChild<QTreeView *>(u"chainView"_s)),
                 QStringList{u"from-clipboard"_s});
    }

    void compareFlagsWidening()
    {
        InspectorPane pane;
        pane.show();
        pane.setJwks(jwks(), u"test"_s);
        QJsonObject parent = exchangedClaims(m_now);
        parent.insert(u"scope"_s, u"invoices:read invoices:write"_s);
        parent.remove(u"act"_s);
        pane.setTokenText(QString::fromLatin1(token(parent)));
        pane.decodeNow();
        QJsonObject child = exchangedClaims(m_now);
        child.insert(u"scope"_s, u"invoices:read billing:admin"_s);
        child.insert(u"aud"_s, u"https://api.example.com/billing"_s);
        QTest::mouseClick(pane.findChild<QPushButton *>(u"compareButton"_s), Qt::LeftButton);
        auto *tabs = pane.findChild<QTabWidget *>(u"inspectorTabs"_s);
        QCOMPARE(tabs->currentIndex(), 2);
        auto *compare = pane.findChild<QPlainTextEdit *>(u"compareEdit"_s);
        compare->setPlainText(QString::fromLatin1(token(child)));
        auto *diff = pane.findChild<QTreeView *>(u"diffView"_s);
        QTRY_VERIFY(diff->model()->rowCount() > 0);
        const QStringList codes = findingCodes(diff);
        QVERIFY2(codes.contains(u"diff.scope_widened"_s), qPrintable(codes.join(u' ')));
        QVERIFY(codes.contains(u"diff.scope_narrowed"_s));
        QVERIFY(codes.contains(u"diff.audience_changed"_s));
        QVERIFY(codes.contains(u"diff.chain_grew"_s));
        const QString summary = pane.findChild<QLabel *>(u"diffSummary"_s)->text();
        QVERIFY(summary.contains(u"Widened"_s));
        QVERIFY(summary.contains(u"+billing:admin"_s));
        QVERIFY(summary.contains(u"invoices:write"_s));
        QVERIFY(summary.contains(u"0 → 2"_s));
        // A proper downscope: no error.
        child.insert(u"scope"_s, u"invoices:read"_s);
        pane.compareWith(QString::fromLatin1(token(child)));
        QVERIFY(!findingCodes(diff).contains(u"diff.scope_widened"_s));
    }

    void serverButtonsNeedAConnection()
    {
        InspectorPane pane;
        pane.show();
        pane.setTokenText(QString::fromLatin1(token(exchangedClaims(m_now))));
        pane.decodeNow();
        for (const char *name : {"introspectButton", "revokeButton"}) {
            auto *b = pane.findChild<QPushButton *>(QLatin1StringView(name));
            QVERIFY(!b->isEnabled());
            QVERIFY(b->toolTip().contains(u"Connect"_s));
        }
    }

    void againstTheSandbox()
    {
        tid::test::SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QString adminToken = sandbox.adminToken();
        QVERIFY2(!adminToken.isEmpty(), qPrintable(sandbox.errorString()));

        ApiClient client;
        client.setBaseUrl(sandbox.baseUrl());
        OAuthApi oauth(&client);
        bool discovered = false;
        QObject ctx;
        oauth.discover().then(&ctx, [&](const Result<ServerMetadata> &r) {
            QVERIFY2(r.ok(), qPrintable(r.error.toString()));
            oauth.setMetadata(r.value);
            discovered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(discovered, 30000);

        InspectorPane pane;
        pane.show();
        QSignalSpy keys(&pane, &InspectorPane::jwksChanged);
        pane.setOAuthApi(&oauth, ClientAuth{sandbox.adminClientId(), sandbox.adminClientSecret()});
        QTRY_VERIFY_WITH_TIMEOUT(!keys.isEmpty(), 30000);
        QCOMPARE(pane.findChild<QLineEdit *>(u"issuerEdit"_s)->text(), sandbox.issuer());

        pane.setTokenText(adminToken);
        pane.decodeNow();
        QVERIFY2(
            pane.lastResult().isValid(),
            qPrintable(findingCodes(pane.findChild<QTreeView *>(u"findingsView"_s)).join(u' ')));
        auto *introspectButton = pane.findChild<QPushButton *>(u"introspectButton"_s);
        auto *revokeButton = pane.findChild<QPushButton *>(u"revokeButton"_s);
        QVERIFY(introspectButton->isEnabled());
        auto *result = pane.findChild<QTextBrowser *>(u"serverResult"_s);
        QTest::mouseClick(introspectButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible() && result->toPlainText().contains(u"Active"_s),
                                 30000);
        QVERIFY(result->toPlainText().contains(sandbox.adminClientId()));

        tid::ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(revokeButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->toPlainText().contains(u"Revocation accepted"_s), 30000);
        QTRY_VERIFY(introspectButton->isEnabled());
        QTest::mouseClick(introspectButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->toPlainText().contains(u"Inactive"_s), 30000);

        // Clear empties every part: the token, the compare box, the server's answer; a new
        // token never shows the previous one's introspection (issue 14 item 5).
        pane.findChild<QPlainTextEdit *>(u"compareEdit"_s)->setPlainText(adminToken);
        QTest::mouseClick(pane.findChild<QPushButton *>(u"clearButton"_s), Qt::LeftButton);
        QVERIFY(!result->isVisible());
        QVERIFY(result->toPlainText().isEmpty());
        QVERIFY(pane.findChild<QPlainTextEdit *>(u"compareEdit"_s)->toPlainText().isEmpty());
        pane.setTokenText(adminToken);
        pane.decodeNow();
        QTest::mouseClick(introspectButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 30000);
        pane.setTokenText(u"not a token"_s);
        pane.decodeNow();
        QVERIFY(!result->isVisible());

        // Disconnecting disables the buttons again.
        pane.setOAuthApi(nullptr);
        QVERIFY(!introspectButton->isEnabled());
    }

    // Chain policies (issue 13): each rule becomes a finding, an error naming the rule that
    // fails; human-initiated waits for the server's answer and is evaluated again when it comes.
    void policyFindingsNameTheFailedRule()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"reports-policy.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"rules\": [\n"
                "  {\"rule\": \"human-initiated\"},\n"
                "  {\"rule\": \"max-depth\", \"value\": 1},\n"
                "  {\"rule\": \"allowed-actors\", \"value\": [\"worker-2\", \"primary-agent\"]},\n"
                "  {\"rule\": \"scopes-within\", \"value\": [\"invoices:read\"]}\n"
                "]}\n");
        f.close();

        InspectorPane pane;
        pane.resize(1200, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setJwks(jwks(), u"test"_s);
        pane.setExpectedIssuer(kIss);
        // The server answers later: user-1 is a user.
        pane.setNameLookup([](const QString &sub, const QString &, ActorNameResolver::Done done) {
            QTimer::singleShot(50, [sub, done] {
                done({sub, sub == u"user-1"_s ? PrincipalKind::User : PrincipalKind::Agent});
            });
        });
        QVERIFY(pane.loadPolicyFile(path));
        auto *status = pane.findChild<QLabel *>(u"policyStatus"_s);
        QVERIFY2(status->text().contains(u"reports-policy.json"_s), qPrintable(status->text()));
        pane.setTokenText(QString::fromLatin1(token(exchangedClaims(m_now))));
        pane.decodeNow();
        auto *findings = pane.findChild<QTreeView *>(u"findingsView"_s);
        QVERIFY(findingCodes(findings).contains(u"policy.max-depth"_s));
        // Two actors where one is allowed: an error naming the rule, with the file's line.
        auto errorOf = [&](const QString &code) -> QString {
            const QAbstractItemModel *m = findings->model();
            for (int r = 0; r < m->rowCount(); ++r) {
                if (m->index(r, FindingsModel::CodeColumn).data().toString() == code)
                    return m->index(r, FindingsModel::SeverityColumn).data().toString() + u" | "_s +
                           m->index(r, FindingsModel::MessageColumn).data().toString() + u" | "_s +
                           m->index(r, FindingsModel::ReferenceColumn).data().toString();
            }
            return QString();
        };
        const QString depth = errorOf(u"policy.max-depth"_s);
        QVERIFY2(depth.contains(u"Policy rule “max-depth” fails: 2 actors; at most 1 allowed"_s) &&
                     depth.contains(u"reports-policy.json, line 3"_s),
                 qPrintable(depth));
        QVERIFY2(errorOf(u"policy.allowed-actors"_s).contains(u"holds"_s),
                 qPrintable(errorOf(u"policy.allowed-actors"_s)));
        auto *verdict = pane.findChild<QLabel *>(u"verdictLabel"_s);
        QVERIFY2(verdict->text().contains(u"Valid"_s), qPrintable(verdict->text()));
        // human-initiated: pending at first, then proven by the server's answer.
        QCOMPARE(ChainPolicy::failedRules(pane.policyResults()),
                 (QStringList{u"human-initiated"_s, u"max-depth"_s}));
        QVERIFY2(verdict->text().contains(u"Policy fails: human-initiated, max-depth"_s),
                 qPrintable(verdict->text()));
        QTRY_COMPARE(ChainPolicy::failedRules(pane.policyResults()), QStringList{u"max-depth"_s});
        QVERIFY(errorOf(u"policy.human-initiated"_s).contains(u"is a user"_s));
        QVERIFY(verdict->text().contains(u"Policy fails: max-depth"_s));

        // A new token is evaluated again: a one-actor chain holds every rule.
        QJsonObject one = exchangedClaims(m_now);
        one.insert(u"act"_s, QJsonObject{{u"sub"_s, u"primary-agent"_s}});
        pane.setTokenText(QString::fromLatin1(token(one)));
        pane.decodeNow();
        QVERIFY(ChainPolicy::allPassed(pane.policyResults()));
        QVERIFY2(verdict->text().contains(u"Policy holds"_s), qPrintable(verdict->text()));

        // A broken policy file is refused with its line and reason; the loaded one stays.
        const QString broken = dir.filePath(u"broken.json"_s);
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("{\"rules\": [\n  {\"rule\": \"max-depth\", \"value\": \"two\"}\n]}");
        b.close();
        QVERIFY(!pane.loadPolicyFile(broken));
        auto *message = pane.findChild<tid::ui::MessageWidget *>(u"inspectorMessage"_s);
        QVERIFY2(message->text().contains(u"line 2, column 34"_s), qPrintable(message->text()));
        QVERIFY(pane.policy().isValid());

        // Clear empties the findings; Remove policy drops the rules.
        pane.findChild<QPushButton *>(u"clearButton"_s)->click();
        QVERIFY(pane.policyResults().isEmpty());
        QCOMPARE(findings->model()->rowCount(), 0);
        pane.setTokenText(QString::fromLatin1(token(one)));
        pane.decodeNow();
        QVERIFY(!pane.policyResults().isEmpty());
        pane.findChild<QPushButton *>(u"policyClearButton"_s)->click();
        QVERIFY(pane.policyResults().isEmpty());
        QVERIFY(!findingCodes(findings).contains(u"policy.max-depth"_s));
    }

    // A self-signed server (pinned in the connection): a key-set URL on that server is fetched
    // with the connection's pin; an empty key field + Load goes back to the server's keys.
    void keysFromAUrlOnThePinnedServer()
    {
        QTemporaryDir data;
        tid::test::SandboxProcess::Options options;
        options.tls = true;
        options.dataDir = data.path();
        tid::test::SandboxProcess sandbox(options);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QString adminToken = sandbox.adminToken();
        QVERIFY2(!adminToken.isEmpty(), qPrintable(sandbox.errorString()));
        ApiClient client;
        client.setBaseUrl(sandbox.baseUrl());
        QVERIFY(client.setPinnedCertificateSha256(sandbox.tlsFingerprint()));
        client.setBearerToken(adminToken);
        OAuthApi oauth(&client);
        InspectorPane pane;
        pane.show();
        auto *message = pane.findChild<tid::ui::MessageWidget *>(u"inspectorMessage"_s);
        QVERIFY(message);
        auto *status = pane.findChild<QLabel *>(u"jwksStatus"_s);
        pane.setOAuthApi(&oauth, ClientAuth{sandbox.adminClientId(), sandbox.adminClientSecret()});
        QTRY_VERIFY_WITH_TIMEOUT(
            status->text().contains(u"key"_s) && !status->text().contains(u"Fetching"_s), 30000);
        const QString serverKeys = status->text();

        // The discovery URL typed into the key field: same server, so the pin applies.
        auto *jwksEdit = pane.findChild<QLineEdit *>(u"jwksEdit"_s);
        const QString discovery = sandbox.baseUrl().toString(QUrl::StripTrailingSlash) +
                                  u"/.well-known/openid-configuration"_s;
        jwksEdit->setText(discovery);
        QTest::mouseClick(pane.findChild<QPushButton *>(u"jwksLoadButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"/oauth2/jwks"_s), 30000);
        // A discovery document names its issuer: the expected issuer follows it.
        auto *issuerEdit = pane.findChild<QLineEdit *>(u"issuerEdit"_s);
        QVERIFY(issuerEdit);
        QCOMPARE(issuerEdit->text(), sandbox.issuer());
        QVERIFY2(!message->isVisible() || message->type() != tid::ui::MessageWidget::Type::Error,
                 qPrintable(message->text()));

        // Another certificate at that address is refused: the pin is not a blanket trust.
        QVERIFY(client.setPinnedCertificateSha256(QString(64, u'a')));
        jwksEdit->setText(discovery + u"?again"_s);
        QTest::mouseClick(pane.findChild<QPushButton *>(u"jwksLoadButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && message->text().contains(u"mismatch"_s),
                                 30000);
        QVERIFY(client.setPinnedCertificateSha256(sandbox.tlsFingerprint()));

        // An empty key field + Load: the connected server's keys again.
        jwksEdit->clear();
        QTest::mouseClick(pane.findChild<QPushButton *>(u"jwksLoadButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), serverKeys, 30000);
    }

    void namesAndKindsFromTheAdminApi()
    {
        tid::test::SandboxProcess::Options options;
        options.seed = u"demo"_s;
        tid::test::SandboxProcess sandbox(options);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QString adminToken = sandbox.adminToken();
        QVERIFY2(!adminToken.isEmpty(), qPrintable(sandbox.errorString()));
        ApiClient client;
        client.setBaseUrl(sandbox.baseUrl());
        client.setBearerToken(adminToken);
        AdminApi admin(&client);
        QObject ctx;
        std::optional<User> user;
        std::optional<Agent> agent;
        admin.listUsers(PageRequest::window(1)).then(&ctx, [&](const Result<Page<User>> &r) {
            if (r.ok() && !r.value.items.isEmpty())
                user = r.value.items.first();
        });
        admin.listAgents(PageRequest::window(1)).then(&ctx, [&](const Result<Page<Agent>> &r) {
            if (r.ok() && !r.value.items.isEmpty())
                agent = r.value.items.first();
        });
        QTRY_VERIFY_WITH_TIMEOUT(user && agent, 30000);

        InspectorPane pane;
        pane.show();
        pane.setJwks(jwks(), u"test"_s);
        pane.setAdminApi(&admin, sandbox.issuer());
        // CIBA-style delegation: a user's token used by an agent (implicit OBO act).
        QJsonObject claims = exchangedClaims(m_now);
        claims.insert(u"iss"_s, sandbox.issuer());
        claims.insert(u"sub"_s, user->id);
        claims.insert(u"grant_type"_s, u"urn:openid:params:grant-type:ciba"_s);
        claims.insert(u"act"_s, QJsonObject{{u"sub"_s, agent->id}});
        pane.setExpectedIssuer(sandbox.issuer());
        pane.setTokenText(QString::fromLatin1(token(claims)));
        pane.decodeNow();
        auto *chain = pane.findChild<QTreeView *>(u"chainView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(chainNodes(chain).value(1).startsWith(agent->name), 30000);
        QTRY_VERIFY(chainNodes(chain).value(0).startsWith(user->displayName()));
        const QModelIndex root = chain->model()->index(0, 0);
        QCOMPARE(root.data(ActorChainModel::KindRole).toInt(), int(PrincipalKind::User));
        QCOMPARE(chain->model()->index(0, 0, root).data(ActorChainModel::KindRole).toInt(),
                 int(PrincipalKind::Agent));
        // The subject is a user: the delegation is human-initiated.
        QTRY_VERIFY(findingCodes(pane.findChild<QTreeView *>(u"findingsView"_s))
                        .contains(u"act.human_initiated"_s));
        if (const QByteArray dir = qgetenv("TID_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(50);
            pane.resize(1200, 760);
            QTest::qWait(50);
            pane.grab().save(QString::fromLocal8Bit(dir) + u"/inspector-names.png"_s);
        }
    }
};

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
