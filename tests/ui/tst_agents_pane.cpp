// The agents pane end to end against a sandbox child process: the creation wizard (with a
// role), bad wizard input, a 409, the secret shown once with Copy and a clipboard that is
// cleared, rotation with a grace period (the old secret works during it and fails after),
// ThunderID's regenerate path, multi-select assign and delete, and — after the scripted
// session — no secret anywhere under the config and data directories.

#include "PaneTestSupport.h"

#include "core/Settings.h"
#include "core/models/AgentsModel.h"
#include "core/models/CredentialsModel.h"
#include "ui/agents/AgentWizard.h"
#include "ui/agents/AgentsPane.h"
#include "ui/agents/CredentialsTab.h"
#include "ui/agents/SecretReveal.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;
using namespace tid;
using namespace tid::test;
using ui::AgentsPane;
using ui::AgentWizard;
using ui::MessageBox;
using ui::MessageWidget;

class TestAgentsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (auto loc : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                         QStandardPaths::CacheLocation})
            QDir(QStandardPaths::writableLocation(loc)).removeRecursively();
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        m_metadata = discover(m_fx);
        QVERIFY(m_metadata.hasExtension(u"credentials"_s));
        m_pane = std::make_unique<AgentsPane>(m_fx.apis.get());
        m_pane->setServerMetadata(m_metadata);
        m_pane->resize(1280, 800);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QTRY_VERIFY(m_pane->model()->isLoaded());
        m_secrets << m_fx.sandbox->adminClientSecret() << m_fx.token;
    }

    void cleanupTestCase() { m_pane.reset(); }

    void wizardCreatesAgentWithRoleAndShowsSecretOnce()
    {
        AgentsPane *p = m_pane.get();
        p->listView()->setFocus();
        QTest::keyClick(p->listView(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(p->wizard() && p->wizard()->isVisible());
        AgentWizard *w = p->wizard();
        QTest::keyClicks(w->nameEdit(), u"Payroll Bot"_s);
        QTRY_VERIFY(w->ownerCombo()->count() > 1); // people to choose from
        w->ownerCombo()->setCurrentIndex(w->ownerCombo()->findText(u"Amara Okafor"_s));
        QVERIFY(w->ownerCombo()->currentIndex() > 0);
        click(w->button(QWizard::NextButton));
        QCOMPARE(w->currentId(), int(AgentWizard::KindPage));
        QCOMPARE(w->agentKind(), core::Agent::Kind::Autonomous);
        QCOMPARE(w->agent().oauth->grantTypes, QStringList{core::grant::ClientCredentials});
        click(w->button(QWizard::NextButton));
        QCOMPARE(w->currentId(), int(AgentWizard::AccessPage));
        QTRY_VERIFY(w->rolesList()->count() >= 7);
        const auto roleItems = w->rolesList()->findItems(u"billing-operator"_s, Qt::MatchExactly);
        QCOMPARE(roleItems.size(), 1);
        roleItems.first()->setCheckState(Qt::Checked);
        QTRY_VERIFY(w->audienceCombo()->count() > 1);
        w->audienceCombo()->setCurrentIndex(
            w->audienceCombo()->findData(u"https://api.billing.example.com"_s));
        click(w->button(QWizard::NextButton));
        QCOMPARE(w->currentId(), int(AgentWizard::TokensPage));
        w->agentTokenLifetime()->setValue(1800);
        click(w->button(QWizard::FinishButton));
        QTRY_VERIFY_WITH_TIMEOUT(!p->wizard(), 20000); // closed only once the server agreed

        const core::Agent a = p->currentAgent();
        QCOMPARE(a.name, u"Payroll Bot"_s);
        QVERIFY(!a.id.isEmpty());
        QCOMPARE(a.oauth->clientAccessTokenValidity, 1800);
        QCOMPARE(a.oauth->defaultAudience, u"https://api.billing.example.com"_s);
        QVERIFY(a.oauth->clientSecret.isEmpty()); // the pane's copy never keeps it
        QCOMPARE(p->tabs()->currentWidget(), p->credentialsTab());
        ui::SecretReveal *reveal = p->credentialsTab()->secretReveal();
        QVERIFY(reveal->isVisible());
        m_secret = reveal->secret();
        QVERIFY(m_secret.size() >= 16);
        m_secrets << m_secret;
        m_clientId = a.effectiveClientId();
        QVERIFY(child<QLabel>(reveal, QString())); // labels exist
        QVERIFY(reveal->findChildren<QLabel *>().size() >= 2);
        bool warned = false;
        for (QLabel *l : reveal->findChildren<QLabel *>())
            warned |= l->text().contains(u"will not be shown again"_s);
        QVERIFY(warned);
        QCOMPARE(tokenStatus(m_clientId, m_secret), 200);

        // The role was assigned, and the model lists the agent with its kind.
        p->tabs()->setCurrentIndex(1);
        QTRY_VERIFY(!p->rolesList()->findItems(u"billing-operator"_s, Qt::MatchExactly).isEmpty());
        const int row = p->model()->rowOf(a.id);
        QCOMPARE(p->model()->index(row, core::AgentsModel::KindColumn).data().toString(),
                 u"Autonomous"_s);
        QTRY_COMPARE(p->model()->index(row, core::AgentsModel::OwnerColumn).data().toString(),
                     u"Amara Okafor"_s);

        // Copy, then the clipboard is cleared (30 s in real life; shortened here).
        p->tabs()->setCurrentWidget(p->credentialsTab());
        reveal->setClipboardClearMs(300);
        click(reveal->copyButton());
        QCOMPARE(QApplication::clipboard()->text(), m_secret);
        QTRY_VERIFY(QApplication::clipboard()->text().isEmpty());
        QCOMPARE(reveal->clipboardClearMs(), 300);

        // Leaving the agent before "I have stored it" asks first (issue 14 item 4); Cancel
        // keeps the agent and its secret on screen.
        const int otherRow = row == 0 ? 1 : 0;
        const QString otherId = p->model()->index(otherRow, 0).data(core::IdRole).toString();
        const int asked = ui::MessageBox::askedCount();
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(p->selectAgent(otherId));
        QTRY_COMPARE(ui::MessageBox::askedCount(), asked + 1);
        QVERIFY2(ui::MessageBox::lastText().contains(u"will not be shown again"_s),
                 qPrintable(ui::MessageBox::lastText()));
        QTest::qWait(20);
        QCOMPARE(p->currentAgent().id, a.id);
        QCOMPARE(reveal->secret(), m_secret);
        QVERIFY(p->unsavedChanges().contains(u"will not be shown again"_s));

        // "I have stored it": gone from the screen for good.
        click(reveal->doneButton());
        QVERIFY(!reveal->isVisible());
        QVERIFY(reveal->secret().isEmpty());
        QVERIFY(p->unsavedChanges().isEmpty());

        // The row's context menu: Open, Copy id, Copy client id, Show history, Delete.
        const QModelIndex at =
            p->proxy()->mapFromSource(p->model()->index(p->model()->rowOf(a.id), 0));
        std::unique_ptr<QMenu> menu(p->rowMenu(p->listView(), at));
        QVERIFY(menu);
        QStringList names;
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                names << action->objectName();
        QCOMPARE(names, (QStringList{u"rowOpen"_s, u"rowCopyId"_s, u"rowCopyClientId"_s,
                                     u"rowShowHistory"_s, u"rowDelete"_s}));
        menu->findChild<QAction *>(u"rowCopyId"_s)->trigger();
        QCOMPARE(QApplication::clipboard()->text(), a.id);
        menu->findChild<QAction *>(u"rowCopyClientId"_s)->trigger();
        QCOMPARE(QApplication::clipboard()->text(), m_clientId);
        QSignalSpy history(p, &AgentsPane::historyRequested);
        menu->findChild<QAction *>(u"rowShowHistory"_s)->trigger();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().first().toString(), m_clientId);
        QVERIFY(menu->findChild<QAction *>(u"rowDelete"_s)->isEnabled());
        QApplication::clipboard()->clear();
    }

    void rotateWithGracePeriod()
    {
        AgentsPane *p = m_pane.get();
        ui::CredentialsTab *tab = p->credentialsTab();
        QVERIFY(tab->hasCredentialsExtension());
        QTRY_COMPARE(tab->model()->rowCount(), 1);
        QCOMPARE(tab->rotateButton()->text(), u"Rotate secret…"_s);
        tab->graceSeconds()->setValue(4);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(tab->rotateButton());
        QTRY_VERIFY_WITH_TIMEOUT(tab->secretReveal()->isVisible(), 20000);
        QVERIFY(MessageBox::lastText().contains(u"keeps working for 4 second(s)"_s));
        const QString fresh = tab->secretReveal()->secret();
        QVERIFY(!fresh.isEmpty());
        QVERIFY(fresh != m_secret);
        m_secrets << fresh;
        // During the grace period both work; after it only the new one.
        QCOMPARE(tokenStatus(m_clientId, m_secret), 200);
        QCOMPARE(tokenStatus(m_clientId, fresh), 200);
        QTRY_VERIFY_WITH_TIMEOUT(tokenStatus(m_clientId, m_secret) == 401, 30000);
        QCOMPARE(tokenStatus(m_clientId, fresh), 200);
        QTRY_COMPARE(tab->model()->rowCount(), 2);
        m_secret = fresh;
        click(tab->secretReveal()->doneButton());
    }

    void regenerateOnPlainThunderId()
    {
        // Against a server without the credentials extension: regenerate-and-PUT, and a plain
        // warning that the old secret dies now.
        AgentsPane *p = m_pane.get();
        ui::CredentialsTab *tab = p->credentialsTab();
        core::ServerMetadata plain = m_metadata;
        plain.extensions.clear();
        p->setServerMetadata(plain);
        QCOMPARE(tab->rotateButton()->text(), u"Regenerate secret…"_s);
        QVERIFY(!tab->graceSeconds()->isVisible());
        QVERIFY(child<QLabel>(tab, u"credentialsMode"_s)
                    ->text()
                    .contains(u"old secret stops working immediately"_s));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(tab->rotateButton());
        QTRY_VERIFY_WITH_TIMEOUT(tab->secretReveal()->isVisible(), 20000);
        QVERIFY(MessageBox::lastText().contains(u"stops working immediately"_s));
        const QString fresh = tab->secretReveal()->secret();
        m_secrets << fresh;
        QVERIFY(fresh != m_secret);
        QCOMPARE(tokenStatus(m_clientId, m_secret), 401);
        QCOMPARE(tokenStatus(m_clientId, fresh), 200);
        m_secret = fresh;
        click(tab->secretReveal()->doneButton());
        p->setServerMetadata(m_metadata);
    }

    void wizardBadInputAndConflict()
    {
        AgentsPane *p = m_pane.get();
        p->newItem();
        QTRY_VERIFY(p->wizard());
        AgentWizard *w = p->wizard();
        click(w->button(QWizard::NextButton));
        QCOMPARE(w->currentId(), int(AgentWizard::IdentityPage)); // empty name: blocked
        bool said = false;
        for (QLabel *l : w->currentPage()->findChildren<QLabel *>())
            said |= l->isVisible() && l->text().contains(u"name is required"_s);
        QVERIFY(said);
        QTest::keyClicks(w->nameEdit(), u"Nightly KPI Builder"_s); // exists already
        click(w->button(QWizard::NextButton));
        w->setAgentKind(core::Agent::Kind::Interactive);
        click(w->button(QWizard::NextButton));
        QCOMPARE(w->currentId(), int(AgentWizard::KindPage)); // no redirect URI
        QTest::keyClicks(w->redirectEdit(), u"not a uri"_s);
        click(w->button(QWizard::NextButton));
        QCOMPARE(w->currentId(), int(AgentWizard::KindPage));
        typeInto(w->redirectEdit(), u"https://kpi.example.com/callback"_s);
        click(w->button(QWizard::NextButton));
        QCOMPARE(w->currentId(), int(AgentWizard::AccessPage));
        click(w->button(QWizard::NextButton));
        click(w->button(QWizard::FinishButton));
        // The server says 409; the wizard stays open with everything typed.
        QTRY_VERIFY_WITH_TIMEOUT(w->errorLabel()->text().contains(u"Conflict"_s), 20000);
        QVERIFY(w->isVisible());
        QVERIFY(!w->isSubmitting());
        QCOMPARE(w->nameEdit()->text(), u"Nightly KPI Builder"_s);
        QCOMPARE(w->redirectEdit()->text(), u"https://kpi.example.com/callback"_s);
        // Fix the name on the first page and finish.
        w->restart();
        typeInto(w->nameEdit(), u"KPI Builder (interactive)"_s);
        w->setAgentKind(core::Agent::Kind::Interactive);
        typeInto(w->redirectEdit(), u"https://kpi.example.com/callback"_s);
        while (w->currentId() != AgentWizard::TokensPage)
            click(w->button(QWizard::NextButton));
        click(w->button(QWizard::FinishButton));
        QTRY_VERIFY_WITH_TIMEOUT(!p->wizard(), 20000);
        QCOMPARE(p->currentAgent().kind(), core::Agent::Kind::Interactive);
        m_secrets << p->credentialsTab()->secretReveal()->secret();
        click(p->credentialsTab()->secretReveal()->doneButton());
    }

    void multiSelectAssignRoleAndDelete()
    {
        AgentsPane *p = m_pane.get();
        p->filterEdit()->setFocus();
        typeInto(p->filterEdit(), u"Payroll Bot"_s);
        QTRY_COMPARE(p->listView()->model()->rowCount(), 1);
        typeInto(p->filterEdit(), u"interactive)"_s);
        QTRY_COMPARE(p->listView()->model()->rowCount(), 1);
        typeInto(p->filterEdit(), QString());
        // Click one, Ctrl+click the other.
        clickRow(p->listView(), rowWithText(p->listView(), u"Payroll Bot"_s));
        clickRow(p->listView(), rowWithText(p->listView(), u"KPI Builder (interactive)"_s), 0,
                 Qt::ControlModifier);
        QCOMPARE(p->selectedAgentIds().size(), 2);
        QVERIFY(child<QPushButton>(p, u"deleteButton"_s)->text().contains(u"2"_s));
        const QStringList ids = p->selectedAgentIds();
        const QString crmRole = roleId(u"crm-agent"_s);
        QSignalSpy assigned(p, &AgentsPane::rolesAssigned);
        p->assignRoleToSelected(crmRole);
        QVERIFY(assigned.wait(20000));
        for (const QString &id : ids) {
            const auto r = m_fx.http.get(u"/agents/"_s + id + u"/roles"_s);
            QVERIFY(r.json().value(u"roles"_s).toArray().contains(u"crm-agent"_s));
        }
        // Del deletes both after one confirmation.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        p->listView()->setFocus();
        QTest::keyClick(p->listView(), Qt::Key_Delete);
        QTRY_VERIFY(p->model()->rowOf(ids.at(0)) < 0 && p->model()->rowOf(ids.at(1)) < 0);
        QVERIFY(MessageBox::lastText().contains(u"these 2 agents"_s));
        for (const QString &id : ids)
            QCOMPARE(m_fx.http.get(u"/agents/"_s + id).status, 404);
    }

    void kindFilter()
    {
        AgentsPane *p = m_pane.get();
        typeInto(p->filterEdit(), QString());
        auto *kind = child<QComboBox>(p, u"kindFilter"_s);
        kind->setCurrentIndex(kind->findData(int(core::Agent::Kind::Hybrid)));
        p->model()->fetchAll();
        QTRY_VERIFY_WITH_TIMEOUT(!p->model()->isBusy(), 20000);
        QTRY_VERIFY(p->listView()->model()->rowCount() > 0);
        for (int r = 0; r < p->listView()->model()->rowCount(); ++r)
            QCOMPARE(
                p->listView()->model()->index(r, core::AgentsModel::KindColumn).data().toString(),
                u"Hybrid"_s);
        kind->setCurrentIndex(0);
    }

    void noSecretInConfigOrDataFiles()
    {
        // A scripted session also writes the console's settings; then look at every file.
        core::Settings settings;
        settings.setLastPane(u"agents"_s);
        core::ServerProfile profile;
        profile.name = u"sandbox"_s;
        profile.baseUrl = m_fx.sandbox->baseUrl();
        profile.clientId = m_fx.sandbox->adminClientId();
        settings.saveProfile(profile);
        settings.sync();
        m_pane.reset(); // closing the pane clears its clipboard and widgets
        m_secrets.removeAll(QString());
        QVERIFY(m_secrets.size() >= 5);
        QStringList dirs;
        for (auto loc : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                         QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation,
                         QStandardPaths::GenericDataLocation})
            dirs << QStandardPaths::writableLocation(loc);
        dirs.removeDuplicates();
        int files = 0;
        for (const QString &dir : std::as_const(dirs)) {
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                ++files;
                const QByteArray content = f.readAll();
                for (const QString &secret : std::as_const(m_secrets))
                    QVERIFY2(!content.contains(secret.toUtf8()),
                             qPrintable(u"a secret in "_s + f.fileName()));
            }
        }
        QVERIFY2(files > 0, "the session wrote no settings file to scan");
    }

private:
    int tokenStatus(const QString &clientId, const QString &secret)
    {
        TestHttp http(m_fx.sandbox->baseUrl());
        return http
            .postForm(u"/oauth2/token"_s, {{u"grant_type"_s, u"client_credentials"_s}}, clientId,
                      secret)
            .status;
    }

    QString roleId(const QString &name)
    {
        const auto r = m_fx.http.get(u"/roles?limit=100"_s);
        for (const QJsonValue &v : r.json().value(u"roles"_s).toArray()) {
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject().value(u"id"_s).toString();
        }
        return {};
    }

    AdminModelFixture m_fx;
    core::ServerMetadata m_metadata;
    std::unique_ptr<AgentsPane> m_pane;
    QString m_secret;
    QString m_clientId;
    QStringList m_secrets;
};

QTEST_MAIN(TestAgentsPane)
#include "tst_agents_pane.moc"
