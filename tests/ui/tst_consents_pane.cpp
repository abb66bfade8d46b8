// The consents pane end to end against a sandbox child process whose consents come from real
// sign-ins: filter by agent and status, revoke one and then several after a confirmation, a
// conflict explained; and against a server without the extension, the pane says so.

#include "../models/ConsentSeeding.h"

#include "core/api/ApiClient.h"
#include "core/api/OAuthApi.h"
#include "core/api/ServerApis.h"
#include "core/models/ConsentsModel.h"
#include "ui/consents/ConsentsPane.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/MessageWidget.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid;
using ui::ConsentsPane;
using ui::MessageBox;

class TestConsentsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        m_seeded = test::seedConsents(m_fx, u"Expense Helper"_s,
                                      {u"amara.okafor"_s, u"lukas.becker"_s, u"priya.raman"_s});
        QCOMPARE(m_seeded.count, 3);
        m_client.setBaseUrl(m_fx.sandbox().baseUrl());
        m_client.setBearerToken(m_fx.adminToken());
        m_apis = std::make_unique<core::ServerApis>(&m_client);
        core::OAuthApi oauth(&m_client);
        bool done = false;
        oauth.discover().then(this, [&](const core::Result<core::ServerMetadata> &r) {
            m_metadata = r.value;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(m_metadata.hasExtension(u"consents"_s));
    }

    void withoutTheExtensionThePaneSaysSo()
    {
        ConsentsPane pane(m_apis.get());
        pane.resize(1100, 600);
        pane.show();
        core::ServerMetadata plain = m_metadata;
        plain.extensions.clear();
        pane.setServerMetadata(plain);
        QVERIFY(!pane.isAvailable());
        QVERIFY(pane.unavailableLabel()->isVisible());
        QVERIFY(pane.unavailableLabel()->text().contains(u"no consents API"_s));
        QVERIFY(!pane.revokeButton()->isEnabled());
        QVERIFY(!pane.statusFilter()->isEnabled());
        pane.refresh(); // F5 does not fail either
        QTest::qWait(100);
        QVERIFY(!pane.messageWidget()->isVisible());
        QCOMPARE(pane.model()->rowCount(), 0);
    }

    void filterAndRevoke()
    {
        ConsentsPane pane(m_apis.get());
        pane.resize(1280, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setServerMetadata(m_metadata);
        QVERIFY(pane.isAvailable());
        QVERIFY(pane.listView()->isVisible());
        QTRY_VERIFY(pane.model()->isLoaded());

        // Filter by our agent (server side).
        QTRY_VERIFY(pane.clientFilter()->findText(u"Expense Helper"_s) > 0);
        pane.clientFilter()->setCurrentIndex(pane.clientFilter()->findText(u"Expense Helper"_s));
        QTRY_VERIFY(pane.model()->isLoaded());
        QTRY_COMPARE(pane.listView()->model()->rowCount(), 3);
        QCOMPARE(pane.model()->query().clientId, m_seeded.agent.id);
        // User names, not ids.
        auto userNames = [&pane] {
            QStringList users;
            for (int r = 0; r < pane.listView()->model()->rowCount(); ++r)
                users << pane.listView()
                             ->model()
                             ->index(r, core::ConsentsModel::UserColumn)
                             .data()
                             .toString();
            return users;
        };
        QTRY_VERIFY(userNames().contains(u"Amara Okafor"_s));

        // Revoke one (confirmation first).
        QTest::mouseClick(
            pane.listView()->viewport(), Qt::LeftButton, {},
            pane.listView()->visualRect(pane.listView()->model()->index(0, 0)).center());
        QVERIFY(pane.revokeButton()->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(pane.revokeButton(), Qt::LeftButton);
        QTest::qWait(100);
        QCOMPARE(activeCount(pane), 3);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        pane.listView()->setFocus();
        QTest::keyClick(pane.listView(), Qt::Key_Delete); // Del revokes too
        QTRY_COMPARE(activeCount(pane), 2);
        QVERIFY(MessageBox::lastText().contains(u"Expense Helper"_s));
        QVERIFY(pane.messageWidget()->text().contains(u"Revoked 1 consent"_s));
        // The user's refresh token died with it: the server says REVOKED.
        const QString revokedId = revokedConsentId(pane);
        QCOMPARE(m_fx.admin.get(u"/consents/"_s + revokedId).json().value(u"status"_s).toString(),
                 u"REVOKED"_s);

        // Status filter (server side), then revoke the remaining two at once.
        pane.statusFilter()->setCurrentIndex(
            pane.statusFilter()->findData(int(core::Consent::Status::Active)));
        QTRY_COMPARE(pane.listView()->model()->rowCount(), 2);
        pane.listView()->selectAll();
        QCOMPARE(pane.revokeButton()->text(), u"Revoke 2…"_s);
        // One of them is revoked behind the pane's back: a 409, explained, the other revoked.
        const QString sneaky = pane.model()->consentAt(0).id;
        QCOMPARE(m_fx.admin.post(u"/consents/"_s + sneaky + u"/revoke"_s, {}).status, 200);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(pane.revokeButton(), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(u"these 2 consents"_s));
        QTRY_VERIFY(pane.messageWidget()->text().contains(u"already revoked or expired"_s));
        QCOMPARE(pane.messageWidget()->type(), ui::MessageWidget::Type::Error);
        QTRY_COMPARE(activeCount(pane), 0);
        QTRY_VERIFY(!pane.revokeButton()->isEnabled());
    }

private:
    static int activeCount(ConsentsPane &pane)
    {
        int n = 0;
        for (int r = 0; r < pane.model()->rowCount(); ++r)
            n += pane.model()->consentAt(r).status == core::Consent::Status::Active ? 1 : 0;
        return n;
    }
    static QString revokedConsentId(ConsentsPane &pane)
    {
        for (int r = 0; r < pane.model()->rowCount(); ++r) {
            if (pane.model()->consentAt(r).status == core::Consent::Status::Revoked)
                return pane.model()->consentAt(r).id;
        }
        return {};
    }

    test::FlowFixture m_fx{{u"--seed"_s, u"demo"_s}};
    test::SeededConsents m_seeded;
    core::ServerMetadata m_metadata;
    core::ApiClient m_client;
    std::unique_ptr<core::ServerApis> m_apis;
};

QTEST_MAIN(TestConsentsPane)
#include "tst_consents_pane.moc"
