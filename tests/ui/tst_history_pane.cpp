// The History pane over a store of 100,000 events (inserted through HistoryStore::insert, in the
// shapes of the audit-events extension): scrolling to the end loads the last row, typing a filter
// changes the count and the facets, a selected row shows its original JSON and its actor chain,
// a drag on the timeline adds since/until, an export through the pane round-trips with its
// .sha256, an invalid filter shows where it is wrong and keeps the text, completion offers keys
// and values, a facet click narrows the filter, saved filters come back, and an import reports
// its malformed lines with file and line. HistoryFacetsModel under QAbstractItemModelTester.

#include "PaneTestSupport.h"

#include "core/Settings.h"
#include "core/history/HistoryFollower.h"
#include "core/history/HistoryStore.h"
#include "core/history/SqliteHistoryBackend.h"
#include "core/models/ActorChainModel.h"
#include "core/models/HistoryEventsModel.h"
#include "core/models/HistoryFacetsModel.h"
#include "ui/history/ChainGraph.h"
#include "ui/history/DelegationView.h"
#include "ui/history/HistoryEventDetail.h"
#include "ui/history/HistoryPane.h"
#include "ui/history/HistoryTimeline.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace tid;
using core::HistoryEvent;
using core::HistoryEventsModel;
using core::HistoryFacetsModel;
using core::HistoryFilter;
using core::HistoryStore;
using ui::HistoryPane;

namespace {

constexpr int Patience = 60000;
constexpr int EventCount = 100000;
constexpr qint64 NsPerSecond = 1000000000;
const QString Exchange = u"urn:ietf:params:oauth:grant-type:token-exchange"_s;

QJsonObject actChain(int depth, int seed)
{
    QJsonObject act;
    for (int d = depth; d >= 1; --d) {
        QJsonObject outer{{u"sub"_s, u"agent-%1"_s.arg((seed + d) % 20, 2, 10, QChar(u'0'))}};
        if (!act.isEmpty())
            outer.insert(u"act"_s, act);
        act = outer;
    }
    return act;
}

// 100,000 events over a week, oldest first (index 0 is the oldest): every tenth kind of event,
// twenty agents, three grant types, token exchanges with chains of depth 1–3 linked by
// parentJti, pairs of events sharing a trace.
QList<HistoryEvent> generate(qint64 baseNs)
{
    QList<HistoryEvent> events;
    events.reserve(EventCount);
    const qint64 step = 7 * 86400 * NsPerSecond / EventCount;
    const QStringList grants{Exchange, u"client_credentials"_s, u"authorization_code"_s};
    for (int i = 0; i < EventCount; ++i) {
        HistoryEvent e;
        e.id = u"evt-%1"_s.arg(i, 6, 10, QChar(u'0'));
        e.source = HistoryEvent::Source::AuditApi;
        e.timeNs = baseNs + i * step + (i % 7) * 1000;
        e.clientId = u"agent-%1"_s.arg((i * 7) % 20, 2, 10, QChar(u'0'));
        e.traceId = u"trace-%1"_s.arg(i / 2);
        QJsonObject data;
        switch (i % 10) {
        case 6:
            e.type = u"TOKEN_ISSUANCE_FAILED"_s;
            e.outcome = HistoryEvent::Outcome::Failure;
            e.grantType = u"client_credentials"_s;
            e.errorCode = u"invalid_scope"_s;
            e.errorText = u"The scope is not allowed"_s;
            data.insert(u"error"_s, e.errorCode);
            data.insert(u"errorDescription"_s, e.errorText);
            data.insert(u"grantType"_s, e.grantType);
            break;
        case 7:
            e.type = u"TOKEN_INTROSPECTED"_s;
            e.outcome = HistoryEvent::Outcome::Success;
            break;
        case 8:
            e.type = u"CIBA_REQUESTED"_s;
            e.outcome = HistoryEvent::Outcome::InProgress;
            break;
        case 9:
            e.type = u"TOKEN_REVOKED"_s;
            e.outcome = HistoryEvent::Outcome::Success;
            e.jti = u"jti-%1"_s.arg(i - 9);
            data.insert(u"jti"_s, e.jti);
            break;
        default: {
            e.type = u"TOKEN_ISSUED"_s;
            e.outcome = HistoryEvent::Outcome::Success;
            e.grantType = grants.at(i % 3);
            e.jti = u"jti-%1"_s.arg(i);
            e.scope = (i % 2) ? u"reports:read"_s : u"reports:read reports:write"_s;
            e.audience = u"https://api-%1.example"_s.arg(i % 4);
            if (e.grantType == Exchange) {
                e.subject = u"user-%1"_s.arg(i % 50);
                e.depth = 1 + (i / 10) % 3;
                e.act = actChain(e.depth, i);
                if (i >= 10)
                    e.parentJti = u"jti-%1"_s.arg(i - 10);
            } else if (e.grantType == "authorization_code"_L1) {
                e.subject = u"user-%1"_s.arg(i % 50);
            } else {
                e.subject = e.clientId;
            }
            data.insert(u"grantType"_s, e.grantType);
            data.insert(u"jti"_s, e.jti);
            data.insert(u"sub"_s, e.subject);
            data.insert(u"aud"_s, e.audience);
            data.insert(u"scope"_s, e.scope);
            if (!e.act.isEmpty())
                data.insert(u"act"_s, e.act);
            if (!e.parentJti.isEmpty())
                data.insert(u"parentJti"_s, e.parentJti);
        }
        }
        QJsonObject raw{{u"id"_s, e.id},
                        {u"type"_s, e.type},
                        {u"timestamp"_s, HistoryEvent::formatInstant(e.timeNs)},
                        {u"clientId"_s, e.clientId},
                        {u"traceId"_s, e.traceId},
                        {u"data"_s, data}};
        if (!e.subject.isEmpty())
            raw.insert(u"subject"_s, e.subject);
        if (!e.audience.isEmpty())
            raw.insert(u"resourceServer"_s, e.audience);
        e.raw = QJsonDocument(raw).toJson(QJsonDocument::Compact);
        events.append(e);
    }
    return events;
}

template<typename T> T await(QFuture<core::HistoryResult<T>> future, QObject *context)
{
    bool done = false;
    core::HistoryResult<T> result;
    future.then(context, [&](const core::HistoryResult<T> &r) {
        result = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, Patience); }();
    if (!result.ok())
        qWarning("store: %s", qPrintable(result.error));
    return result.value;
}

} // namespace

class TestHistoryPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Settings> m_settings;
    HistoryStore *m_store = nullptr;
    QList<HistoryEvent> m_events;
    std::unique_ptr<HistoryPane> m_pane;

    qint64 countWhere(const std::function<bool(const HistoryEvent &)> &pred) const
    {
        return std::count_if(m_events.cbegin(), m_events.cend(), pred);
    }

    // Types a filter as a user does and presses Enter; waits for the table's count.
    void typeFilter(const QString &text)
    {
        test::typeInto(m_pane->filterEdit(), text);
        QTest::keyClick(m_pane->filterEdit(), Qt::Key_Return);
    }

    bool countIs(qint64 n) const
    {
        return m_pane->model()->isCountKnown() && m_pane->model()->totalCount() == n &&
               m_pane->model()->rowCount() == n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<core::Settings>(m_dir.filePath(u"console.conf"_s));
        m_store = HistoryStore::openSqlite(m_dir.filePath(u"history.sqlite"_s), this);
        QVERIFY(await(m_store->open(), this));
        const qint64 base =
            QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() * 1000000;
        m_events = generate(base);
        for (int i = 0; i < EventCount; i += 20000) {
            const auto r = await(m_store->insert(m_events.mid(i, 20000)), this);
            QCOMPARE(r.inserted, 20000);
        }
        QCOMPARE(await(m_store->count(HistoryFilter()), this), qint64(EventCount));
    }

    void init()
    {
        m_pane = std::make_unique<HistoryPane>(m_settings.get());
        m_pane->resize(1400, 900);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        m_pane->setStore(m_store);
        // Every event stored so far (the import at the end adds a few).
        const qint64 stored = await(m_store->count(HistoryFilter()), this);
        QVERIFY(stored >= EventCount);
        QTRY_VERIFY_WITH_TIMEOUT(countIs(stored), Patience);
    }

    void cleanup() { m_pane.reset(); }

    void facetsModelUnderTester()
    {
        HistoryFacetsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(HistoryFacetsModel::GroupCount));
        core::HistoryFacets f;
        f.total = 30;
        f.types = {{u"TOKEN_ISSUED"_s, 20}, {u"TOKEN_REVOKED"_s, 10}};
        f.clients = {{u"agent-02"_s, 25}, {QString(), 5}};
        f.outcomes = {{u"success"_s, 28}, {u"failure"_s, 2}};
        f.grants = {{Exchange, 12}};
        model.setFacets(f);
        const QModelIndex clients = model.index(HistoryFacetsModel::ClientGroup, 0);
        QCOMPARE(model.rowCount(clients), 2);
        QCOMPARE(model.index(0, 0, clients).data(HistoryFacetsModel::TermRole).toString(),
                 u"client:agent-02"_s);
        // A missing value has no term (the language cannot say "none").
        QVERIFY(!model.termAt(model.index(1, 0, clients)));
        const QModelIndex grant = model.indexOf(HistoryFacetsModel::GrantGroup, Exchange);
        QCOMPARE(grant.data().toString(), u"token-exchange"_s);
        QCOMPARE(grant.data(HistoryFacetsModel::TermRole).toString(), u"grant:token-exchange"_s);
        QCOMPARE(grant.siblingAtColumn(HistoryFacetsModel::CountColumn)
                     .data(HistoryFacetsModel::CountRole)
                     .toLongLong(),
                 12);
        model.setClientNames({{u"agent-02"_s, u"Nightly KPI builder"_s}});
        QCOMPARE(model.index(0, 0, clients).data().toString(), u"Nightly KPI builder"_s);
        QVERIFY(model.index(0, 0, clients)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"client:agent-02"_s));
        // Shrinking, growing, emptying: the groups stay.
        f.types = {{u"TOKEN_ISSUED"_s, 20}};
        f.clients = {{u"agent-01"_s, 1}, {u"agent-02"_s, 2}, {u"agent-03"_s, 3}};
        model.setFacets(f);
        QCOMPARE(model.rowCount(model.index(HistoryFacetsModel::TypeGroup, 0)), 1);
        QCOMPARE(model.rowCount(clients), 3);
        model.clear();
        QCOMPARE(model.rowCount(), int(HistoryFacetsModel::GroupCount));
        QCOMPARE(model.rowCount(clients), 0);
    }

    void scrollToTheEndLoadsTheLastRow()
    {
        QTableView *table = m_pane->tableView();
        test::clickRow(table, 0, HistoryEventsModel::Type);
        QTRY_VERIFY(m_pane->currentEvent());
        QCOMPARE(m_pane->currentEvent()->id, m_events.constLast().id); // newest first
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        const int last = EventCount - 1;
        QCOMPARE(table->currentIndex().row(), last);
        const QModelIndex lastIndex = m_pane->model()->index(last, HistoryEventsModel::Type);
        QTRY_VERIFY_WITH_TIMEOUT(lastIndex.data(HistoryEventsModel::LoadedRole).toBool(), Patience);
        QCOMPARE(lastIndex.data().toString(), m_events.constFirst().type);
        QCOMPARE(m_pane->model()->index(last, HistoryEventsModel::Client).data().toString(),
                 m_events.constFirst().clientId);
        // Ctrl+End goes to the last row's last cell; that row is on screen.
        QTRY_VERIFY(table->viewport()->rect().intersects(table->visualRect(table->currentIndex())));
        // And the detail follows the keyboard to the oldest event.
        QTRY_VERIFY(m_pane->currentEvent() && m_pane->currentEvent()->id == m_events.first().id);
    }

    void typingAFilterChangesCountAndFacets()
    {
        QSignalSpy facets(m_pane.get(), &HistoryPane::facetsLoaded);
        typeFilter(u"client:agent-02 outcome:failure"_s);
        const qint64 expected = countWhere([](const HistoryEvent &e) {
            return e.clientId == "agent-02"_L1 && e.outcome == HistoryEvent::Outcome::Failure;
        });
        QVERIFY(expected > 0 && expected < EventCount);
        QTRY_VERIFY_WITH_TIMEOUT(countIs(expected), Patience);
        QVERIFY(m_pane->countLabel()->text().contains(QLocale().toString(expected)));
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->facetsModel()->facets().total == expected, Patience);
        const QModelIndex clients =
            m_pane->facetsModel()->index(HistoryFacetsModel::ClientGroup, 0);
        QCOMPARE(m_pane->facetsModel()->rowCount(clients), 1);
        QCOMPARE(m_pane->facetsModel()
                     ->index(0, 0, clients)
                     .data(HistoryFacetsModel::ValueRole)
                     .toString(),
                 u"agent-02"_s);
        QVERIFY(!m_pane->filterErrorLabel()->isVisible());
        QVERIFY(!facets.isEmpty());

        // Back to everything.
        typeFilter(QString());
        QTRY_VERIFY_WITH_TIMEOUT(countIs(EventCount), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->facetsModel()->facets().total == EventCount, Patience);
    }

    void aFacetClickNarrowsTheFilter()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->facetsModel()->facets().total == EventCount, Patience);
        QTreeView *view = m_pane->facetsView();
        auto click = [view](const QModelIndex &index) {
            view->scrollTo(index);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                              view->visualRect(index).center());
        };
        const QModelIndex failed = m_pane->facetsModel()->indexOf(HistoryFacetsModel::TypeGroup,
                                                                  u"TOKEN_ISSUANCE_FAILED"_s);
        QVERIFY(failed.isValid());
        click(failed);
        QCOMPARE(m_pane->filterText(), u"type:TOKEN_ISSUANCE_FAILED"_s);
        const qint64 expected =
            countWhere([](const HistoryEvent &e) { return e.type == "TOKEN_ISSUANCE_FAILED"_L1; });
        QTRY_VERIFY_WITH_TIMEOUT(countIs(expected), Patience);
        // The facets follow the filter; a second click is ANDed.
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->facetsModel()->facets().total == expected, Patience);
        const QModelIndex clients =
            m_pane->facetsModel()->index(HistoryFacetsModel::ClientGroup, 0);
        QCOMPARE(m_pane->facetsModel()->rowCount(clients), 2); // agent-02 and agent-12
        const QModelIndex agent =
            m_pane->facetsModel()->indexOf(HistoryFacetsModel::ClientGroup, u"agent-12"_s);
        QVERIFY(agent.isValid());
        click(agent);
        QCOMPARE(m_pane->filterText(), u"type:TOKEN_ISSUANCE_FAILED client:agent-12"_s);
        QTRY_VERIFY_WITH_TIMEOUT(countIs(countWhere([](const HistoryEvent &e) {
                                     return e.clientId == "agent-12"_L1 &&
                                            e.type == "TOKEN_ISSUANCE_FAILED"_L1;
                                 })),
                                 Patience);
        // A group row is no term.
        click(clients);
        QCOMPARE(m_pane->filterText(), u"type:TOKEN_ISSUANCE_FAILED client:agent-12"_s);
    }

    void aSelectedRowShowsItsRawJsonAndChain()
    {
        typeFilter(u"depth>=2"_s);
        const qint64 expected = countWhere([](const HistoryEvent &e) { return e.depth >= 2; });
        QTRY_VERIFY_WITH_TIMEOUT(countIs(expected), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_pane->model()->index(0, 0).data(HistoryEventsModel::LoadedRole).toBool(), Patience);
        test::clickRow(m_pane->tableView(), 0, HistoryEventsModel::Type);
        QTRY_VERIFY(m_pane->currentEvent());
        const HistoryEvent shown = *m_pane->currentEvent();
        QVERIFY(shown.depth >= 2);
        ui::HistoryEventDetail *detail = m_pane->detail();
        QVERIFY(detail->rawView()->toPlainText().contains(shown.id));
        QVERIFY(detail->rawView()->toPlainText().contains(u"\"act\""_s));
        QVERIFY(!detail->twinView()->isVisibleTo(detail)); // no file twin
        QCOMPARE(detail->chainModel()->nodeCount(), shown.depth + 1);
        QCOMPARE(detail->chainModel()
                     ->indexForPosition(0)
                     .data(core::ActorChainModel::SubjectIdRole)
                     .toString(),
                 shown.subject);
        QVERIFY(detail->inspectorButton()->isEnabled());
        QSignalSpy inspect(m_pane.get(), &HistoryPane::openInInspector);
        test::click(detail->inspectorButton());
        QCOMPARE(inspect.size(), 1);
        const QJsonObject claims = inspect.at(0).at(0).toJsonObject();
        QCOMPARE(claims.value(u"sub"_s).toString(), shown.subject);
        QVERIFY(claims.value(u"act"_s).isObject());
        // Linked: the same trace and the parent token.
        QTRY_VERIFY_WITH_TIMEOUT(!detail->isLinkedLoading(), Patience);
        QVERIFY(detail->linkedView()->topLevelItemCount() >= 1);
        QStringList relations;
        for (int i = 0; i < detail->linkedView()->topLevelItemCount(); ++i)
            relations << detail->linkedView()->topLevelItem(i)->text(1);
        QVERIFY2(relations.contains(ui::HistoryEventDetail::tr("parent token")),
                 qPrintable(relations.join(u", "_s)));
    }

    void aDragOnTheTimelineFiltersToTheRange()
    {
        ui::HistoryTimeline *timeline = m_pane->timeline();
        QTRY_VERIFY_WITH_TIMEOUT(timeline->buckets().size() > 40, Patience);
        QCOMPARE(timeline->totalEvents(), qint64(EventCount));
        const qint64 bucket = timeline->bucketNs();
        const qint64 from = timeline->buckets().at(10).startNs + bucket / 2;
        const qint64 to = timeline->buckets().at(30).startNs + bucket / 2;
        const QPoint a = timeline->viewportPositionOf(from);
        const QPoint b = timeline->viewportPositionOf(to);
        QVERIFY(b.x() - a.x() > 20);
        QSignalSpy applied(m_pane.get(), &HistoryPane::filterApplied);
        QTest::mousePress(timeline->viewport(), Qt::LeftButton, {}, a);
        QTest::mouseMove(timeline->viewport(), QPoint((a.x() + b.x()) / 2, a.y()));
        QTest::mouseMove(timeline->viewport(), b);
        QTest::mouseRelease(timeline->viewport(), Qt::LeftButton, {}, b);
        QTRY_VERIFY(!applied.isEmpty());
        const HistoryFilter f = m_pane->filter();
        QVERIFY(m_pane->filterText().contains(u"since:"_s));
        QVERIFY(m_pane->filterText().contains(u"until:"_s));
        // Snapped outwards to whole intervals around the dragged instants.
        QVERIFY(f.sinceNs() <= from && from - f.sinceNs() < bucket);
        QVERIFY(f.untilNs() > to && f.untilNs() - to <= bucket);
        const qint64 since = f.sinceNs(), until = f.untilNs();
        const qint64 expected = countWhere([since, until](const HistoryEvent &e) {
            return e.timeNs >= since && e.timeNs < until;
        });
        QTRY_VERIFY_WITH_TIMEOUT(countIs(expected), Patience);
        // The timeline redraws the range itself, finer.
        QTRY_VERIFY_WITH_TIMEOUT(timeline->totalEvents() == expected, Patience);
    }

    void exportRoundTripThroughThePane_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("file");
        QTest::newRow("jsonl") << u"exportJsonLinesAction"_s << u"agent-05.jsonl"_s;
        QTest::newRow("csv") << u"exportCsvAction"_s << u"agent-05.csv"_s;
    }

    void exportRoundTripThroughThePane()
    {
        QFETCH(QString, action);
        QFETCH(QString, file);
        typeFilter(u"client:agent-05"_s);
        QList<const HistoryEvent *> expected;
        for (const HistoryEvent &e : std::as_const(m_events)) {
            if (e.clientId == "agent-05"_L1)
                expected << &e;
        }
        QTRY_VERIFY_WITH_TIMEOUT(countIs(expected.size()), Patience);

        const QString path = m_dir.filePath(file);
        HistoryPane::setNextFilePaths({path});
        QSignalSpy finished(m_pane.get(), &HistoryPane::exportFinished);
        auto *a = m_pane->exportButton()->menu()->findChild<QAction *>(action);
        QVERIFY(a);
        a->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), Patience);
        QCOMPARE(finished.at(0).at(0).toString(), path);
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QVERIFY(!m_pane->taskProgress()->isVisible());
        QCOMPARE(test::messageType(m_pane.get()), ui::MessageWidget::Type::Positive);

        QFile out(path);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray content = out.readAll();
        QFile sum(path + u".sha256"_s);
        QVERIFY(sum.open(QIODevice::ReadOnly));
        const QByteArray digest =
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
        QVERIFY2(sum.readAll().startsWith(digest), "the .sha256 names the file's digest");

        QList<QByteArray> lines = content.split('\n');
        while (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        if (action == "exportJsonLinesAction"_L1) {
            // Oldest first, each the original text.
            QCOMPARE(lines.size(), expected.size());
            QCOMPARE(lines.constFirst(), expected.constFirst()->raw);
            QCOMPARE(lines.constLast(), expected.constLast()->raw);
        } else {
            QCOMPARE(lines.size(), expected.size() + 1); // the header
            QVERIFY(lines.at(1).contains(expected.constFirst()->id.toUtf8()));
        }
    }

    void anInvalidFilterShowsItsErrorAndKeepsTheText()
    {
        typeFilter(u"client:agent-02"_s);
        const qint64 expected =
            countWhere([](const HistoryEvent &e) { return e.clientId == "agent-02"_L1; });
        QTRY_VERIFY_WITH_TIMEOUT(countIs(expected), Patience);
        const QString bad = u"clint:agent-02 outcome:failure"_s;
        typeFilter(bad);
        QTRY_VERIFY(m_pane->filterErrorLabel()->isVisible());
        QCOMPARE(m_pane->filterEdit()->text(), bad);
        QVERIFY(m_pane->filterError());
        QCOMPARE(m_pane->filterError()->position, 0);
        QVERIFY(!m_pane->filterError()->message.isEmpty());
        QVERIFY(m_pane->filterErrorLabel()->text().contains(u"clint"_s));
        // The table keeps the last valid filter.
        QCOMPARE(m_pane->filter().text(), u"client:agent-02"_s);
        QVERIFY(countIs(expected));
        // Fixing it applies it and hides the error.
        typeFilter(u"client:agent-02 outcome:failure"_s);
        QTRY_VERIFY(!m_pane->filterErrorLabel()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(countIs(countWhere([](const HistoryEvent &e) {
                                     return e.clientId == "agent-02"_L1 &&
                                            e.outcome == HistoryEvent::Outcome::Failure;
                                 })),
                                 Patience);
    }

    // policy:FILE (issue 13): the chains of the store's token events against a chain policy;
    // human-initiated through the sign-ins the store records.
    void aPolicyFilterEvaluatesTheChains()
    {
        auto writePolicy = [this](const QString &name, const QByteArray &rules) {
            const QString path = m_dir.filePath(name);
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write("{\"rules\": [" + rules + "]}");
            return path;
        };
        const QString twoHops =
            writePolicy(u"two-hops.json"_s, "{\"rule\": \"max-depth\", \"value\": 2}");
        typeFilter(u"grant:token-exchange -policy:"_s + HistoryFilter::quoted(twoHops));
        const qint64 deep = countWhere([](const HistoryEvent &e) {
            return e.type == "TOKEN_ISSUED"_L1 && e.grantType == Exchange && e.depth > 2;
        });
        QVERIFY(deep > 0);
        QTRY_VERIFY_WITH_TIMEOUT(countIs(deep), Patience);
        QVERIFY(!m_pane->filterErrorLabel()->isVisible());

        // Users 0–49 sign in through authorization code only when their number ends in 0–5
        // (see generate()): their exchanged tokens are human-initiated, the others not proven.
        const QString human = writePolicy(u"human.json"_s, "{\"rule\": \"human-initiated\"}");
        typeFilter(u"policy:"_s + HistoryFilter::quoted(human));
        const qint64 humans = countWhere([](const HistoryEvent &e) {
            if (e.type != "TOKEN_ISSUED"_L1)
                return false;
            if (e.grantType == "authorization_code"_L1)
                return true;
            return e.grantType == Exchange && e.subject.back().digitValue() < 6;
        });
        QVERIFY(humans > 0);
        QTRY_VERIFY_WITH_TIMEOUT(countIs(humans), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->facetsModel()->facets().total == humans, Patience);
        // The cost (printed for docs/policies.md): a count through the policy against the same
        // count in plain SQL, on a second connection to the same file.
        core::SqliteHistoryBackend reader(m_dir.filePath(u"history.sqlite"_s));
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));
        const HistoryFilter plain = HistoryFilter::parse(u"type:TOKEN_ISSUED"_s);
        const HistoryFilter byPolicy =
            HistoryFilter::parse(u"policy:"_s + HistoryFilter::quoted(human));
        QElapsedTimer timer;
        timer.start();
        const qint64 tokens = reader.count(plain, &error);
        const qint64 plainNs = timer.nsecsElapsed();
        timer.restart();
        QCOMPARE(reader.count(byPolicy, &error), humans);
        const qint64 policyNs = timer.nsecsElapsed();
        qInfo("count over %d events (%lld tokens): type:TOKEN_ISSUED %.1f ms, policy:human.json "
              "%.1f ms",
              EventCount, tokens, plainNs / 1e6, policyNs / 1e6);

        // A file that cannot be used is a filter error; the table keeps the last filter.
        typeFilter(u"policy:"_s + m_dir.filePath(u"missing.json"_s));
        QTRY_VERIFY(m_pane->filterErrorLabel()->isVisible());
        QVERIFY2(m_pane->filterErrorLabel()->text().contains(u"cannot read"_s),
                 qPrintable(m_pane->filterErrorLabel()->text()));
        QVERIFY(countIs(humans));
    }

    void completionOffersKeysAndValues()
    {
        QLineEdit *edit = m_pane->filterEdit();
        test::typeInto(edit, u"cli"_s);
        QTRY_VERIFY(m_pane->completions().contains(u"client:"_s));
        QTest::keyClicks(edit, u"ent:agent-1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->completions().contains(u"client:agent-13"_s), Patience);
        for (const QString &c : m_pane->completions())
            QVERIFY2(c.startsWith(u"client:agent-1"_s), qPrintable(c));
        // Values of a key after other terms, and negated keys.
        test::typeInto(edit, u"outcome:failure -ty"_s);
        QTRY_VERIFY(m_pane->completions().contains(u"-type:"_s));
    }

    void savedFiltersComeBack()
    {
        typeFilter(u"type:TOKEN_REVOKED"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->isCountKnown() &&
                                     m_pane->filter().text() == u"type:TOKEN_REVOKED"_s,
                                 Patience);
        m_pane->saveCurrentFilter(u"Revocations"_s);
        QCOMPARE(m_settings->historySavedFilters().value(u"Revocations"_s).toString(),
                 u"type:TOKEN_REVOKED"_s);
        // Kept on disk: another Settings over the same file reads it back.
        m_settings->sync();
        core::Settings reread(m_settings->fileName());
        QCOMPARE(reread.historySavedFilters().value(u"Revocations"_s).toString(),
                 u"type:TOKEN_REVOKED"_s);
        typeFilter(QString());
        QTRY_VERIFY_WITH_TIMEOUT(countIs(EventCount), Patience);
        QMenu *menu = m_pane->savedFiltersButton()->menu();
        QAction *saved = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text() == "Revocations"_L1)
                saved = a;
        }
        QVERIFY(saved);
        saved->trigger();
        QCOMPARE(m_pane->filterText(), u"type:TOKEN_REVOKED"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            countIs(countWhere([](const HistoryEvent &e) { return e.type == "TOKEN_REVOKED"_L1; })),
            Patience);
        m_pane->removeSavedFilter(u"Revocations"_s);
        QVERIFY(!m_settings->historySavedFilters().contains(u"Revocations"_s));
    }

    void delegationViewListsChainsWithFlags()
    {
        typeFilter(u"depth>=3"_s);
        m_pane->tabs()->setCurrentWidget(m_pane->delegationView());
        ui::DelegationView *view = m_pane->delegationView();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && !view->chains().isEmpty(), Patience);
        QTreeWidget *tree = view->tree();
        QCOMPARE(tree->topLevelItemCount(), int(view->chains().size()));
        // Selecting a chain (or any of its hops) draws it: its root and one node per token.
        QCOMPARE(view->graph()->nodeCount(), 0);
        QTreeWidgetItem *first = tree->topLevelItem(0);
        tree->setCurrentItem(first->child(0));
        const core::DelegationChain &drawn = view->chains().at(0);
        QCOMPARE(view->graph()->nodeCount(), int(drawn.hops.size()) + 1);
        QVERIFY(!view->graph()->nodeText(1).isEmpty());
        QVERIFY(!view->graph()->grab().isNull());
        // Limit 2: every chain of depth 3 is flagged too deep.
        view->depthLimitBox()->setValue(2);
        QCOMPARE(m_settings->historyChainDepthLimit(), 2);
        for (const auto &chain : view->chains()) {
            if (chain.depth() > 2)
                QVERIFY(ui::DelegationView::flagsOf(chain, 2) & ui::DelegationView::TooDeep);
        }
        view->onlyFlaggedBox()->setChecked(true);
        QVERIFY(tree->topLevelItemCount() <= view->chains().size());
        // The flag logic on its own.
        core::DelegationChain c;
        c.rootSubject = u"agent-02"_s;
        c.rootIsHuman = false;
        c.hops = {core::DelegationHop{}, core::DelegationHop{}};
        c.hops[1].scopesWithinParent = false;
        const auto flags = ui::DelegationView::flagsOf(c, 3);
        QVERIFY(flags & ui::DelegationView::NoHuman);
        QVERIFY(flags & ui::DelegationView::ScopeWidened);
        QVERIFY(!(flags & ui::DelegationView::TooDeep));
        view->depthLimitBox()->setValue(3);
    }

    void anEmptyStoreExplainsWhatToDo()
    {
        auto *empty = HistoryStore::openSqlite(m_dir.filePath(u"empty.sqlite"_s), this);
        QVERIFY(await(empty->open(), this));
        HistoryPane pane(m_settings.get());
        pane.resize(1000, 700);
        pane.show();
        pane.setStore(empty);
        auto *label = pane.tableView()->viewport()->findChild<QLabel *>(u"emptyState"_s);
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible() && label->text().contains(u"Import"_s),
                                 Patience);
        QVERIFY(label->text().contains(u"audit-events"_s));
        QTRY_VERIFY(!pane.timeline()->note().isEmpty());
        // Not connected at all.
        pane.setStore(nullptr);
        QTRY_VERIFY(label->text().contains(u"Not connected"_s));
        QVERIFY(!pane.importButton()->isEnabled());
    }

    void importReportsMalformedLines()
    {
        const QString path = m_dir.filePath(u"observability.log"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"trace_id":"388b6608-4f88-40f7-b83f-ae4c70f982cf","event_id":"01a023d1-8a4b-7560-b45b-2deeab1d2dc6","type":"TOKEN_ISSUANCE_STARTED","timestamp":"2026-11-21T10:15:30.123456789Z","component":"AuthHandler","status":"in_progress","data":{"client_id":"10CK-aAJp0gKBlH84AHdKA","grant_type":"client_credentials","scope":"invoices:read invoices:write"}})"
            "\n{\"trace_id\": broken\n"
            R"({"trace_id":"388b6608-4f88-40f7-b83f-ae4c70f982cf","event_id":"01a023d1-8a4f-77bf-a3c0-e4a2b913b744","type":"TOKEN_ISSUED","timestamp":"2026-11-21T10:15:30.127803112Z","component":"AuthHandler","status":"success","data":{"client_id":"10CK-aAJp0gKBlH84AHdKA","duration_ms":"4","grant_type":"client_credentials","scope":"invoices:read"}})"
            "\n");
        f.close();
        HistoryPane::setNextFilePaths({path});
        QSignalSpy finished(m_pane.get(), &HistoryPane::importFinished);
        auto *a = m_pane->importButton()->menu()->findChild<QAction *>(u"importFilesAction"_s);
        QVERIFY(a);
        a->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), Patience);
        const auto report = finished.at(0).at(0).value<core::ImportReport>();
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.malformed, 1);
        QVERIFY(m_pane->importReportFrame()->isVisible());
        QVERIFY(!m_pane->importReportSummary()->text().isEmpty());
        QCOMPARE(m_pane->importProblemsList()->count(), 1);
        QVERIFY2(m_pane->importProblemsList()->item(0)->text().contains(path + u":2"_s),
                 qPrintable(m_pane->importProblemsList()->item(0)->text()));
        QTRY_VERIFY_WITH_TIMEOUT(countIs(EventCount + 2), Patience);
        // Twice: nothing new.
        HistoryPane::setNextFilePaths({path});
        finished.clear();
        a->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), Patience);
        QCOMPARE(finished.at(0).at(0).value<core::ImportReport>().imported, 0);
        QCOMPARE(finished.at(0).at(0).value<core::ImportReport>().duplicates, 2);
    }

    void followingAFileImportsWhatIsAppended()
    {
        const qint64 before = m_pane->model()->totalCount();
        const QString path = m_dir.filePath(u"followed.log"_s);
        // One line of ThunderID's observability file (REFERENCE §1.2).
        auto line = [](int n) -> QByteArray {
            const QJsonObject data{{u"client_id"_s, u"follow-agent"_s},
                                   {u"grant_type"_s, u"client_credentials"_s},
                                   {u"scope"_s, u"a"_s}};
            const QJsonObject o{{u"trace_id"_s, u"6b7c0a52-0d2c-4c54-9d56-5d3e2c0f7a1%1"_s.arg(n)},
                                {u"event_id"_s, u"01a023d1-9999-7000-8000-00000000000%1"_s.arg(n)},
                                {u"type"_s, u"TOKEN_ISSUED"_s},
                                {u"timestamp"_s, u"2026-11-29T08:00:0%1.5Z"_s.arg(n)},
                                {u"component"_s, u"AuthHandler"_s},
                                {u"status"_s, u"success"_s},
                                {u"data"_s, data}};
            return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        };
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(line(1));
        f.flush();
        HistoryPane::setNextFilePaths({path});
        auto *a = m_pane->importButton()->menu()->findChild<QAction *>(u"followFileAction"_s);
        QVERIFY(a);
        a->trigger();
        QTRY_VERIFY(m_pane->follower() && m_pane->follower()->isFollowing());
        QTRY_VERIFY_WITH_TIMEOUT(countIs(before + 1), Patience);
        QVERIFY(m_pane->followLabel()->text().contains(u"followed.log"_s));
        // The server appends; a half-written line waits for its newline.
        f.write(line(2));
        f.write(line(3).left(40));
        f.flush();
        QTRY_VERIFY_WITH_TIMEOUT(countIs(before + 2), Patience);
        f.write(line(3).mid(40));
        f.flush();
        QTRY_VERIFY_WITH_TIMEOUT(countIs(before + 3), Patience);
        QTRY_VERIFY(m_pane->followLabel()->text().contains(u"3"_s));
        auto *stop = m_pane->findChild<QToolButton *>(u"stopFollowing"_s);
        QVERIFY(stop && stop->isVisible());
        test::click(stop);
        QVERIFY(!m_pane->follower()->isFollowing());
        QVERIFY(m_pane->followLabel()->text().isEmpty());
    }

    // Not part of the suite: with TID_HISTORY_DB naming a big store (bench/history builds one
    // of 1,000,000 events), prints how the pane scrolls over it.
    void scrollingABigStore()
    {
        const QString db = qEnvironmentVariable("TID_HISTORY_DB");
        if (db.isEmpty())
            QSKIP("TID_HISTORY_DB is not set");
        auto *store = HistoryStore::openSqlite(db, this);
        QVERIFY(await(store->open(), this));
        HistoryPane pane(m_settings.get());
        pane.resize(1400, 900);
        pane.show();
        QElapsedTimer t;
        t.start();
        pane.setStore(store);
        QTRY_VERIFY_WITH_TIMEOUT(pane.model()->isCountKnown(), Patience);
        const qint64 count = pane.model()->totalCount();
        qInfo("count %lld known after %lld ms", count, t.elapsed());
        QTableView *table = pane.tableView();
        auto visibleLoaded = [table, &pane] {
            const int top = table->rowAt(0);
            const int bottom = table->rowAt(table->viewport()->height() - 1);
            for (int r : {top, bottom}) {
                if (r >= 0 &&
                    !pane.model()->index(r, 0).data(HistoryEventsModel::LoadedRole).toBool())
                    return false;
            }
            return top >= 0;
        };
        QList<qint64> jumps;
        QRandomGenerator random(7);
        QScrollBar *bar = table->verticalScrollBar();
        for (int i = 0; i < 40; ++i) {
            t.restart();
            bar->setValue(random.bounded(bar->maximum()));
            table->viewport()->repaint();
            QTRY_VERIFY_WITH_TIMEOUT(visibleLoaded(), Patience);
            table->viewport()->repaint();
            jumps << t.elapsed();
        }
        std::sort(jumps.begin(), jumps.end());
        qInfo("random jumps until the rows show: median %lld ms, max %lld ms", jumps.at(20),
              jumps.constLast());
        QList<qint64> pages;
        table->setFocus();
        for (int i = 0; i < 100; ++i) {
            t.restart();
            QTest::keyClick(table, Qt::Key_PageDown);
            table->viewport()->repaint();
            QTRY_VERIFY_WITH_TIMEOUT(visibleLoaded(), Patience);
            pages << t.elapsed();
        }
        std::sort(pages.begin(), pages.end());
        qInfo("Page Down until the rows show: median %lld ms, max %lld ms", pages.at(50),
              pages.constLast());
        t.restart();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(visibleLoaded(), Patience);
        qInfo("Ctrl+End until the last rows show: %lld ms", t.elapsed());
    }
};

QTEST_MAIN(TestHistoryPane)
#include "tst_history_pane.moc"
