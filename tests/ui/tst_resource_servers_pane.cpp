// The resource servers pane end to end against a sandbox child process: create a server with
// resources and actions and their derived permissions, bad input blocked with a message, a 409
// explained, the keyboard, and the sandbox killed mid-edit (error bar, input kept).

#include "PaneTestSupport.h"

#include "core/models/ResourceServersModel.h"
#include "core/models/ScopesModel.h"
#include "ui/resourceservers/ResourceServersPane.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace tid;
using namespace tid::test;
using ui::MessageBox;
using ui::MessageWidget;
using ui::ResourceServersPane;

class TestResourceServersPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
    }

    void init()
    {
        m_pane = std::make_unique<ResourceServersPane>(m_fx.apis.get());
        m_pane->resize(1200, 760);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QTRY_COMPARE(m_pane->model()->rowCount(), m_expectedServers);
    }

    void cleanup() { m_pane.reset(); }

    void createServerWithResourcesAndActions()
    {
        ResourceServersPane *p = m_pane.get();
        // Ctrl+N from the list starts a new server and puts the cursor in the name.
        p->listView()->setFocus();
        QTest::keyClick(p->listView(), Qt::Key_N, Qt::ControlModifier);
        auto *name = child<QLineEdit>(p, u"nameEdit"_s);
        QTRY_VERIFY(name->hasFocus());
        QCOMPARE(child<QPushButton>(p, u"saveButton"_s)->text(), u"Create"_s);
        typeInto(name, u"Payroll API"_s);
        typeInto(child<QLineEdit>(p, u"identifierEdit"_s), u"https://api.payroll.example.com"_s);
        typeInto(child<QPlainTextEdit>(p, u"descriptionEdit"_s), u"Salaries and payslips"_s);
        QCOMPARE(child<QLineEdit>(p, u"delimiterEdit"_s)->text(), u":"_s);
        click(child<QPushButton>(p, u"saveButton"_s));
        QTRY_VERIFY(p->editedServer().id.length() > 0);
        QCOMPARE(messageType(p), MessageWidget::Type::Positive);
        QVERIFY(messageText(p).contains(u"Created Payroll API"_s));
        ++m_expectedServers;
        QCOMPARE(p->model()->rowCount(), m_expectedServers);
        QVERIFY(rowWithText(p->listView(), u"Payroll API"_s) >= 0);
        QVERIFY(child<QLineEdit>(p, u"delimiterEdit"_s)->isReadOnly()); // fixed once created
        QVERIFY(!child<QComboBox>(p, u"typeCombo"_s)->isEnabled());

        // A top-level resource: the handle follows the name, the preview shows the permission.
        auto *tree = p->resourcesView();
        click(child<QPushButton>(p, u"addResourceButton"_s));
        auto *itemName = child<QLineEdit>(p, u"itemNameEdit"_s);
        QVERIFY(itemName->hasFocus());
        QTest::keyClicks(itemName, u"Payslips"_s);
        QCOMPARE(child<QLineEdit>(p, u"itemHandleEdit"_s)->text(), u"payslips"_s);
        QCOMPARE(child<QLabel>(p, u"permissionPreview"_s)->text(), u"payslips"_s);
        click(child<QPushButton>(p, u"itemSubmitButton"_s));
        QTRY_COMPARE(rowWithText(tree, u"Payslips"_s), 0);
        QTRY_VERIFY(!p->resourcesModel()->isBusy());

        // An action on it, and a sub-resource under it.
        tree->setCurrentIndex(tree->model()->index(0, 0));
        click(child<QPushButton>(p, u"addActionButton"_s));
        QVERIFY(child<QGroupBox>(p, u"itemForm"_s)->title().contains(u"Payslips"_s));
        QTest::keyClicks(child<QLineEdit>(p, u"itemNameEdit"_s), u"Read"_s);
        QCOMPARE(child<QLabel>(p, u"permissionPreview"_s)->text(), u"payslips:read"_s);
        QTest::keyClick(child<QLineEdit>(p, u"itemNameEdit"_s), Qt::Key_Return);
        QTRY_VERIFY(!p->resourcesModel()
                         ->findPermission(p->editedServer().id, u"payslips:read"_s)
                         .isValid() == false);
        QTRY_VERIFY(!p->resourcesModel()->isBusy());
        tree->setCurrentIndex(
            p->resourcesModel()->findPermission(p->editedServer().id, u"payslips"_s));
        click(child<QPushButton>(p, u"addResourceButton"_s));
        QTest::keyClicks(child<QLineEdit>(p, u"itemNameEdit"_s), u"Lines"_s);
        QCOMPARE(child<QLabel>(p, u"permissionPreview"_s)->text(), u"payslips:lines"_s);
        click(child<QPushButton>(p, u"itemSubmitButton"_s));
        QTRY_VERIFY(p->resourcesModel()
                        ->findPermission(p->editedServer().id, u"payslips:lines"_s)
                        .isValid());
        QTRY_VERIFY(!p->resourcesModel()->isBusy());

        // A server-level action: nothing selected.
        tree->selectionModel()->clearSelection();
        tree->setCurrentIndex({});
        click(child<QPushButton>(p, u"addActionButton"_s));
        QTest::keyClicks(child<QLineEdit>(p, u"itemNameEdit"_s), u"Administer"_s);
        QCOMPARE(child<QLabel>(p, u"permissionPreview"_s)->text(), u"administer"_s);
        click(child<QPushButton>(p, u"itemSubmitButton"_s));
        QTRY_VERIFY(
            p->resourcesModel()->findPermission(p->editedServer().id, u"administer"_s).isValid());

        // What the server derived, read back over its API.
        const auto perms = serverPermissions(p->editedServer().id);
        QVERIFY2(perms.contains(u"payslips:read"_s), qPrintable(perms.join(u',')));
        QVERIFY(perms.contains(u"payslips:lines"_s));
        QVERIFY(perms.contains(u"administer"_s));

        // Editing an action: the handle stays fixed, the name changes.
        tree->setCurrentIndex(
            p->resourcesModel()->findPermission(p->editedServer().id, u"payslips:read"_s));
        click(child<QPushButton>(p, u"editItemButton"_s));
        QVERIFY(child<QLineEdit>(p, u"itemHandleEdit"_s)->isReadOnly());
        typeInto(child<QLineEdit>(p, u"itemNameEdit"_s), u"Read payslips"_s);
        click(child<QPushButton>(p, u"itemSubmitButton"_s));
        QTRY_VERIFY(messageText(p).contains(u"payslips:read"_s));
        QTRY_VERIFY(!p->resourcesModel()->isBusy());
        const QModelIndex renamed =
            p->resourcesModel()->findPermission(p->editedServer().id, u"payslips:read"_s);
        QTRY_COMPARE(renamed.data().toString(), u"Read payslips"_s);
    }

    void badInputIsBlockedWithAMessage()
    {
        ResourceServersPane *p = m_pane.get();
        int requests = requestCount();
        p->newItem();
        auto *hint = child<QLabel>(p, u"formHint"_s);
        click(child<QPushButton>(p, u"saveButton"_s)); // empty name
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(u"name is required"_s));
        QVERIFY(child<QLineEdit>(p, u"nameEdit"_s)->hasFocus());

        typeInto(child<QLineEdit>(p, u"nameEdit"_s), u"Bad one"_s);
        typeInto(child<QLineEdit>(p, u"identifierEdit"_s), u"billing api"_s);
        click(child<QPushButton>(p, u"saveButton"_s));
        QVERIFY(hint->text().contains(u"absolute URI"_s));
        QVERIFY(child<QLineEdit>(p, u"identifierEdit"_s)->hasFocus());
        typeInto(child<QLineEdit>(p, u"identifierEdit"_s), u"/relative/path"_s);
        click(child<QPushButton>(p, u"saveButton"_s));
        QVERIFY(hint->text().contains(u"absolute URI"_s));
        typeInto(child<QLineEdit>(p, u"identifierEdit"_s), u"https://x.example.com/#frag"_s);
        click(child<QPushButton>(p, u"saveButton"_s));
        QVERIFY(hint->text().contains(u"absolute URI"_s));
        typeInto(child<QLineEdit>(p, u"identifierEdit"_s), u"https://x.example.com"_s);
        typeInto(child<QLineEdit>(p, u"delimiterEdit"_s), u" "_s);
        click(child<QPushButton>(p, u"saveButton"_s));
        QVERIFY(hint->text().contains(u"delimiter"_s));
        QCOMPARE(requestCount(), requests); // nothing reached the server
        QCOMPARE(child<QLineEdit>(p, u"nameEdit"_s)->text(), u"Bad one"_s); // input kept
        // Fixing the field clears the hint as the user types.
        typeInto(child<QLineEdit>(p, u"delimiterEdit"_s), u"."_s);
        QVERIFY(!hint->isVisible());

        // Leaving the unsaved new server asks first (nothing is lost silently): Cancel stays,
        // Leave goes.
        const int asked = ui::MessageBox::askedCount();
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        p->selectServer(serverIdNamed(u"CRM API"_s));
        QTRY_COMPARE(ui::MessageBox::askedCount(), asked + 1);
        QVERIFY(ui::MessageBox::lastText().contains(u"not created yet"_s));
        QTest::qWait(20);
        QCOMPARE(child<QLineEdit>(p, u"nameEdit"_s)->text(), u"Bad one"_s);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        p->selectServer(serverIdNamed(u"CRM API"_s));
        QTRY_COMPARE(child<QLineEdit>(p, u"nameEdit"_s)->text(), u"CRM API"_s);
        QCOMPARE(ui::MessageBox::askedCount(), asked + 2);

        // A handle with a space never leaves the console either.
        QTRY_VERIFY(!p->resourcesModel()->isBusy());
        p->resourcesView()->setCurrentIndex({});
        click(child<QPushButton>(p, u"addResourceButton"_s));
        QTest::keyClicks(child<QLineEdit>(p, u"itemNameEdit"_s), u"Deals"_s);
        typeInto(child<QLineEdit>(p, u"itemHandleEdit"_s), u"big deals"_s);
        QVERIFY(child<QLabel>(p, u"permissionPreview"_s)->text().contains(u"only letters"_s));
        requests = requestCount();
        click(child<QPushButton>(p, u"itemSubmitButton"_s));
        QCOMPARE(messageType(p), MessageWidget::Type::Error);
        QVERIFY(messageText(p).contains(u"only letters"_s));
        QCOMPARE(requestCount(), requests);
    }

    void conflictIsExplainedAndInputKept()
    {
        ResourceServersPane *p = m_pane.get();
        p->newItem();
        typeInto(child<QLineEdit>(p, u"nameEdit"_s), u"Second billing"_s);
        typeInto(child<QLineEdit>(p, u"identifierEdit"_s), u"https://api.billing.example.com"_s);
        click(child<QPushButton>(p, u"saveButton"_s));
        QTRY_COMPARE(messageType(p), MessageWidget::Type::Error);
        QTRY_VERIFY(messageText(p).contains(u"Conflict"_s));
        QVERIFY(messageText(p).contains(u"already"_s));
        QCOMPARE(child<QLineEdit>(p, u"nameEdit"_s)->text(), u"Second billing"_s);
        QCOMPARE(child<QLineEdit>(p, u"identifierEdit"_s)->text(),
                 u"https://api.billing.example.com"_s);
        QVERIFY(child<QPushButton>(p, u"saveButton"_s)->isEnabled());
        QCOMPARE(p->model()->rowCount(), m_expectedServers);
    }

    void keyboardFilterDeleteRefresh()
    {
        ResourceServersPane *p = m_pane.get();
        p->listView()->setFocus();
        QTest::keyClick(p->listView(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(p->filterEdit()->hasFocus());
        QTest::keyClicks(p->filterEdit(), u"payroll"_s);
        QCOMPARE(p->listView()->model()->rowCount(), 1);

        // Del asks first; "Cancel" keeps it.
        clickRow(p->listView(), 0);
        QCOMPARE(p->editedServer().name, u"Payroll API"_s);
        const int asked = MessageBox::askedCount();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(p->listView(), Qt::Key_Delete);
        QTRY_COMPARE(MessageBox::askedCount(), asked + 1); // after listing what goes with it
        QVERIFY(MessageBox::lastText().contains(u"Payroll API"_s));
        QVERIFY(MessageBox::lastText().contains(u"4 resource(s) and action(s)"_s));
        QTest::qWait(50);
        QCOMPARE(p->listView()->model()->rowCount(), 1);
        // Del in the filter field edits the text, it does not delete a server.
        p->filterEdit()->setFocus();
        p->filterEdit()->setCursorPosition(0);
        QTest::keyClick(p->filterEdit(), Qt::Key_Delete);
        QCOMPARE(p->filterEdit()->text(), u"ayroll"_s);
        QTest::qWait(200);
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        typeInto(p->filterEdit(), u"payroll"_s);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        p->listView()->setFocus();
        QTest::keyClick(p->listView(), Qt::Key_Delete);
        QTRY_COMPARE(MessageBox::askedCount(), asked + 2);
        QTRY_VERIFY2(p->listView()->model()->rowCount() == 0, qPrintable(messageText(p)));
        QVERIFY(messageText(p).contains(u"Deleted Payroll API"_s));
        --m_expectedServers;
        QVERIFY(child<QLabel>(p->listView()->viewport(), u"emptyState"_s)
                    ->text()
                    .contains(u"matches the filter"_s));

        // F5 reloads from the server.
        typeInto(p->filterEdit(), QString());
        p->listView()->setFocus();
        QSignalSpy reloaded(p->model(), &core::PagedTableModel::reloaded);
        QTest::keyClick(p->listView(), Qt::Key_F5);
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(p->model()->rowCount(), m_expectedServers);
    }

    void accessibleNames()
    {
        // Every control the user can reach has a name for screen readers.
        const auto widgets = m_pane->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->focusPolicy() || qobject_cast<QAbstractItemView *>(w->parentWidget()))
                continue;
            bool inMessageBar = false; // the message bar is MessageWidget's own business
            for (QWidget *p = w; p; p = p->parentWidget())
                inMessageBar |= qobject_cast<MessageWidget *>(p) != nullptr;
            if (inMessageBar)
                continue;
            if (w->inherits("QScrollBar") || w->inherits("QSplitterHandle") ||
                w->inherits("QHeaderView") || w->inherits("QTabBar") ||
                w->inherits("QComboBoxPrivateContainer") || w->objectName().startsWith(u"qt_"_s))
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(w);
            QVERIFY2(!w->accessibleName().isEmpty() || (button && !button->text().isEmpty()),
                     qPrintable(QString::fromLatin1(w->metaObject()->className()) + u' ' +
                                w->objectName()));
        }
    }

    void beforeConnectingNothingFails()
    {
        // Panes are built before the console has signed in: they wait, they do not complain.
        core::ApiClient client;
        core::ServerApis apis(&client);
        ResourceServersPane pane(&apis);
        pane.show();
        QTest::qWait(200);
        QVERIFY(!pane.messageWidget()->isVisible());
        QVERIFY(!pane.isBusy());
        QCOMPARE(pane.model()->rowCount(), 0);
        pane.refresh(); // F5 before connecting: still quiet
        QTest::qWait(100);
        QVERIFY(!pane.messageWidget()->isVisible());
    }

    void sandboxKilledMidEdit()
    {
        AdminModelFixture dying;
        QString error;
        QVERIFY2(dying.start(&error), qPrintable(error));
        ResourceServersPane pane(dying.apis.get());
        pane.resize(1000, 700);
        pane.show();
        QTRY_COMPARE(pane.model()->rowCount(), 5);
        const int row = pane.model()->rowOf(
            pane.model()->serverAt(columnTexts(pane.model()).indexOf(u"CRM API"_s)).id);
        QVERIFY(pane.selectServer(pane.model()->serverAt(row).id));
        QCOMPARE(pane.editedServer().name, u"CRM API"_s);
        typeInto(child<QLineEdit>(&pane, u"nameEdit"_s), u"CRM API (renamed)"_s);
        typeInto(child<QPlainTextEdit>(&pane, u"descriptionEdit"_s), u"Typed before the crash"_s);

        dying.sandbox->process().kill();
        QVERIFY(dying.sandbox->process().waitForFinished(10000));

        click(child<QPushButton>(&pane, u"saveButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(messageType(&pane), MessageWidget::Type::Error, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(messageText(&pane).contains(u"Cannot reach the server"_s), 20000);
        QVERIFY(pane.messageWidget()->isVisible());
        // Nothing the user typed is lost, and the form is usable again.
        QCOMPARE(child<QLineEdit>(&pane, u"nameEdit"_s)->text(), u"CRM API (renamed)"_s);
        QCOMPARE(child<QPlainTextEdit>(&pane, u"descriptionEdit"_s)->toPlainText(),
                 u"Typed before the crash"_s);
        QVERIFY(child<QLineEdit>(&pane, u"nameEdit"_s)->isEnabled());
        QVERIFY(child<QPushButton>(&pane, u"saveButton"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isBusy(), 20000); // reads still retrying give up
    }

private:
    QStringList serverPermissions(const QString &rsId)
    {
        core::ScopesModel scopes(m_fx.admin.get());
        QSignalSpy full(&scopes, &core::ScopesModel::fullyLoaded);
        scopes.reload();
        scopes.fetchAll();
        full.wait(20000);
        QStringList out;
        for (const auto &s : scopes.loadedScopes()) {
            if (s.resourceServerId == rsId)
                out << s.permission;
        }
        return out;
    }

    QString serverIdNamed(const QString &name)
    {
        const int row = columnTexts(m_pane->model()).indexOf(name);
        return m_pane->model()->serverAt(row).id;
    }

    // Writes the sandbox has answered so far (from its request log).
    int requestCount()
    {
        QTest::qWait(100); // let the log of anything just sent arrive
        return m_fx.writesLogged();
    }

    AdminModelFixture m_fx{u"demo"_s, {}, false};
    std::unique_ptr<ResourceServersPane> m_pane;
    int m_expectedServers = 5;
};

QTEST_MAIN(TestResourceServersPane)
#include "tst_resource_servers_pane.moc"
