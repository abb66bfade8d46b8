// The agents pane over a long list (issue 15 item 3): a sandbox seeded with 3,000 generated
// agents and a pane whose cache holds 500 of them. What the user sees: the first agents, then
// after End the last one at the bottom, after dragging the scroll bar the right agent in the
// middle; the columns do not sort and the note under the list says why; a selected agent shows
// in the editor and stays selected through Refresh; an attribute filter in the search box goes to
// the server.

#include "PaneTestSupport.h"

#include "core/models/AgentsModel.h"
#include "ui/agents/AgentsPane.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;
using namespace tid;
using namespace tid::test;
using ui::AgentsPane;

namespace {

constexpr int Agents = 3000;

QString benchName(int row)
{
    return u"bench-agent-%1"_s.arg(row + 1, 6, 10, QLatin1Char('0'));
}

} // namespace

class TestAgentsPaneLarge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        m_pane = std::make_unique<AgentsPane>(m_fx.apis.get());
        m_pane->model()->setMaxCachedPages(5); // reloads; 3,000 agents stay sparse
        m_pane->resize(1280, 800);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QTRY_VERIFY(m_pane->model()->isLoaded());
        QCOMPARE(m_pane->listView()->model()->rowCount(), Agents);
    }

    void firstAgentsThenTheEndThenTheMiddle()
    {
        QTableView *view = m_pane->listView();
        QTRY_COMPARE(shownAt(view, 0), benchName(0));
        QVERIFY(!view->isSortingEnabled());
        QVERIFY(m_pane->listNote()->isVisible());
        QVERIFY2(m_pane->listNote()->text().contains(u"cannot sort"_s),
                 qPrintable(m_pane->listNote()->text()));

        // End: the last agent at the bottom.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QTRY_COMPARE(shownAt(view, view->viewport()->height() - 2), benchName(Agents - 1));
        QCOMPARE(view->currentIndex().row(), Agents - 1);

        // The scroll bar dragged to the middle: the agent at the top is the one of that row.
        // A paint every 50 ms on the way; the fetch waits for 150 ms of calm (longer than the
        // default, so that a slow machine does not fetch on the way).
        m_pane->model()->setFetchDelay(150);
        QScrollBar *bar = view->verticalScrollBar();
        for (int step = 1; step <= 10; ++step) {
            bar->setValue(bar->maximum() - step * (bar->maximum() / 20));
            QTest::qWait(50);
        }
        const int topRow = view->rowAt(1);
        QVERIFY(topRow > Agents / 3 && topRow < 2 * Agents / 3);
        QTRY_COMPARE(shownAt(view, 1), benchName(topRow));
        const int bottomRow = view->rowAt(view->viewport()->height() - 2);
        QTRY_COMPARE(shownAt(view, view->viewport()->height() - 2), benchName(bottomRow));
        QTRY_VERIFY(!m_pane->model()->isBusy());
        // Pages passed on the way were not fetched: start, end, the middle's one or two.
        QVERIFY2(m_pane->model()->requestedOffsets().size() <= 4,
                 qPrintable(QString::number(m_pane->model()->requestedOffsets().size())));
        QVERIFY(m_pane->model()->loadedRowCount() <= 500);
        // With TID_SCREENSHOT_DIR set: the pane in the middle of the long list.
        if (const QString dir = qEnvironmentVariable("TID_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(m_pane->grab().save(dir + u"/agents-long-list.png"_s));
    }

    void selectingAnAgentInTheMiddleShowsIt()
    {
        QTableView *view = m_pane->listView();
        const int row = view->rowAt(view->viewport()->height() / 2);
        clickRow(view, row);
        QCOMPARE(m_pane->currentAgent().name, benchName(row));
        QCOMPARE(m_pane->selectedAgentIds().size(), 1);
        QVERIFY(m_pane->selectAgent(m_pane->model()->idAt(row + 1)));
        QCOMPARE(m_pane->currentAgent().name, benchName(row + 1));
    }

    void aRowChosenWhileLoadingShowsWhenItArrives()
    {
        QTableView *view = m_pane->listView();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 4);
        const int row = view->rowAt(view->viewport()->height() / 2);
        QVERIFY(!m_pane->model()->isRowLoaded(row));
        clickRow(view, row);
        QCOMPARE(m_pane->selectedAgentIds().size(), 0); // nothing known about it yet
        QTRY_COMPARE(m_pane->currentAgent().name, benchName(row));
        QCOMPARE(m_pane->selectedAgentIds(), QStringList{m_pane->model()->idAt(row)});
    }

    // Refresh keeps the selected agent selected, also when its page is not the first.
    void refreshKeepsAnAgentFarDownSelected()
    {
        QTableView *view = m_pane->listView();
        m_pane->model()->loadRows(2 * Agents / 3, 2 * Agents / 3);
        QTRY_VERIFY(m_pane->model()->isRowLoaded(2 * Agents / 3));
        QVERIFY(m_pane->selectAgent(m_pane->model()->idAt(2 * Agents / 3)));
        const QString id = m_pane->currentAgent().id;
        QCOMPARE(m_pane->currentAgent().name, benchName(2 * Agents / 3));
        m_pane->refresh();
        QTRY_VERIFY(m_pane->model()->isLoaded());
        // Selected again once its page is back (the editor kept showing it meanwhile).
        QTRY_COMPARE(m_pane->selectedAgentIds(), QStringList{id});
        QCOMPARE(m_pane->currentAgent().id, id);
        QCOMPARE(view->currentIndex().row(), 2 * Agents / 3);
        // On screen: the view scrolled to it.
        QVERIFY(view->visualRect(view->currentIndex()).intersects(view->viewport()->rect()));
    }

    void attributeFilterGoesToTheServer()
    {
        typeInto(m_pane->filterEdit(), u"function eq \"orchestrator\""_s);
        QTRY_VERIFY(m_pane->model()->isLoaded());
        QCOMPARE(m_pane->model()->serverFilter(), u"function eq \"orchestrator\""_s);
        // Generated agent i has function i % 6; 4 → orchestrator: 500 of them.
        QTRY_COMPARE(m_pane->listView()->model()->rowCount(), Agents / 6);
        QTRY_COMPARE(shownAt(m_pane->listView(), 1), benchName(3));
        QVERIFY(m_pane->listNote()->text().contains(u"Filtered by the server"_s));
        // 500 agents fit in the cache: sortable again.
        QTRY_VERIFY(m_pane->listView()->isSortingEnabled());
        typeInto(m_pane->filterEdit(), QString());
        QTRY_COMPARE(m_pane->listView()->model()->rowCount(), Agents);
        QVERIFY(!m_pane->listView()->isSortingEnabled());
    }

private:
    // The name shown in the list at y (viewport coordinates).
    static QString shownAt(QTableView *view, int y)
    {
        const QModelIndex i = view->indexAt(QPoint(5, y));
        return i.isValid() ? i.siblingAtColumn(core::AgentsModel::NameColumn).data().toString()
                           : QString();
    }

    AdminModelFixture m_fx{u"empty"_s, {u"--seed-agents"_s, QString::number(Agents)}};
    std::unique_ptr<AgentsPane> m_pane;
};

QTEST_MAIN(TestAgentsPaneLarge)
#include "tst_agents_pane_large.moc"
