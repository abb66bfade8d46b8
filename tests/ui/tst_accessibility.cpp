// Walks every pane's widget tree (and the window's own controls) with the demo data of a real
// sandbox and fails on a focusable control without an accessible name: a screen reader would
// say nothing for it (issue 14 item 9). tst_whole_window walks each pane with Tab and Shift+Tab.

#include "PaneTestSupport.h"

#include "core/Settings.h"

#include "ui/MainWindow.h"
#include "ui/agents/AgentsPane.h"
#include "ui/consents/ConsentsPane.h"
#include "ui/history/HistoryPane.h"
#include "ui/inbox/InboxPane.h"
#include "ui/inspector/InspectorPane.h"
#include "ui/playground/PlaygroundPane.h"
#include "ui/resourceservers/ResourceServersPane.h"
#include "ui/roles/RolesPane.h"
#include "ui/scopes/ScopesPane.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QTabBar>

using namespace Qt::Literals::StringLiterals;
using namespace tid;
using namespace tid::test;

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
    }

    void everyFocusableControlHasAName_data()
    {
        QTest::addColumn<int>("pane");
        for (auto pane : {ui::MainWindow::Pane::ResourceServers, ui::MainWindow::Pane::Scopes,
                          ui::MainWindow::Pane::Roles, ui::MainWindow::Pane::Agents,
                          ui::MainWindow::Pane::Consents, ui::MainWindow::Pane::Inspector,
                          ui::MainWindow::Pane::Inbox, ui::MainWindow::Pane::History,
                          ui::MainWindow::Pane::Playground})
            QTest::newRow(qPrintable(ui::MainWindow::paneTitle(pane))) << int(pane);
    }

    void everyFocusableControlHasAName()
    {
        QFETCH(int, pane);
        ui::MainWindow window;
        window.setPane(ui::MainWindow::Pane::ResourceServers,
                       new ui::ResourceServersPane(m_fx.apis.get()));
        window.setPane(ui::MainWindow::Pane::Scopes, new ui::ScopesPane(m_fx.apis.get()));
        window.setPane(ui::MainWindow::Pane::Roles, new ui::RolesPane(m_fx.apis.get()));
        window.setPane(ui::MainWindow::Pane::Agents, new ui::AgentsPane(m_fx.apis.get()));
        window.setPane(ui::MainWindow::Pane::Consents, new ui::ConsentsPane(m_fx.apis.get()));
        window.setPane(ui::MainWindow::Pane::Inspector, new ui::InspectorPane);
        window.setPane(ui::MainWindow::Pane::Inbox, new ui::InboxPane(m_fx.apis.get()));
        core::Settings settings;
        window.setPane(ui::MainWindow::Pane::History, new ui::HistoryPane(&settings));
        window.setPane(ui::MainWindow::Pane::Playground, new ui::PlaygroundPane(m_fx.apis.get()));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPane(ui::MainWindow::Pane(pane));
        QWidget *root = window.pane(ui::MainWindow::Pane(pane));
        if (auto *admin = qobject_cast<ui::AdminPane *>(root))
            admin->refresh();
        QTest::qWait(1500); // loaded, forms filled
        QStringList unnamed;
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets << window.findChild<QWidget *>(u"paneList"_s);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisibleTo(&window) || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            if (qobject_cast<QTabBar *>(w))
                continue; // named by its tabs
            if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
                qobject_cast<QComboBox *>(w->parentWidget()))
                continue; // a spin box's or combo box's own line edit: the box carries the name
            if (w->parentWidget() && qobject_cast<QAbstractScrollArea *>(w->parentWidget()) &&
                static_cast<QAbstractScrollArea *>(w->parentWidget())->viewport() == w)
                continue; // a view's viewport: the view carries the name
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty())
                unnamed << u"%1 (%2)"_s.arg(w->objectName(),
                                            QString::fromLatin1(w->metaObject()->className()));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"unnamed: "_s + unnamed.join(u", "_s)));
    }

private:
    AdminModelFixture m_fx;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
