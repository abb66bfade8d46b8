// The whole console as a user gets it — the window with every pane, built by the same
// app/Panes.cpp as thunderid-console, connected to a real sandbox child — looked at pane by pane
// (issue 14, items 7, 8 and 9):
//  - light and dark: every pane grabbed in both palettes (with TID_SCREENSHOT_DIR set, the PNGs
//    go to its panes/ folder as <pane>.png / <pane>-dark.png: docs/screenshots/panes), and the
//    dark one is dark;
//  - the keyboard alone: Tab and Shift+Tab reach every focusable control of each pane and never
//    stay stuck in one; Ctrl+N and Del work wherever a list of the pane has the focus;
//  - German at the window's minimum size: no label, button, check box, group title, tab or
//    combo box text is cut off (German is the longer language); two panes in German are saved
//    as <pane>-de.png.

#include "app/Panes.h"
#include "app/Translations.h"
#include "core/Settings.h"
#include "core/api/Session.h"
#include "core/models/RolesModel.h"
#include "ui/MainWindow.h"
#include "ui/inspector/InspectorPane.h"
#include "ui/widgets/AdminPane.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/Theme.h"

#include "tests/common/SandboxProcess.h"
#include "tests/e2e/tst_e2e_support.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyleFactory>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace tid;
using Pane = ui::MainWindow::Pane;

namespace {

const QList<Pane> &allPanes()
{
    static const QList<Pane> panes{Pane::ResourceServers, Pane::Scopes,   Pane::Roles,
                                   Pane::Agents,          Pane::Consents, Pane::Inspector,
                                   Pane::Inbox,           Pane::History,  Pane::Playground};
    return panes;
}

// The file name of a pane's screenshot: "Resource servers" → "resource-servers".
QString slug(Pane pane)
{
    static const QHash<Pane, QString> names{{Pane::ResourceServers, u"resource-servers"_s},
                                            {Pane::Scopes, u"scopes"_s},
                                            {Pane::Roles, u"roles"_s},
                                            {Pane::Agents, u"agents"_s},
                                            {Pane::Consents, u"consents"_s},
                                            {Pane::Inspector, u"inspector"_s},
                                            {Pane::Inbox, u"inbox"_s},
                                            {Pane::History, u"history"_s},
                                            {Pane::Playground, u"playground"_s}};
    return names.value(pane);
}

double luminance(QRgb c)
{
    return (0.2126 * qRed(c) + 0.7152 * qGreen(c) + 0.0722 * qBlue(c)) / 255.0;
}

// The share of an image's pixels that are dark (luminance below 0.4).
double darkShare(const QImage &image)
{
    qint64 dark = 0, all = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            ++all;
            if (luminance(image.pixel(x, y)) < 0.4)
                ++dark;
        }
    }
    return all ? double(dark) / double(all) : 0.0;
}

QString describe(const QWidget *w)
{
    return u"%1 \"%2\" (%3)"_s.arg(QString::fromLatin1(w->metaObject()->className()),
                                   w->objectName(),
                                   w->accessibleName().isEmpty() ? QString() : w->accessibleName());
}

// True when `w` sits in a scroll area's contents: wider than the viewport means scrolled, not
// cut off.
bool insideScrollArea(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QScrollArea *>(p))
            return true;
    }
    return false;
}

// Texts cut off under `root`: what a user would see clipped or elided.
QStringList cutOffTexts(QWidget *root)
{
    QStringList problems;
    const auto report = [&problems](const QWidget *w, const QString &text, int need, int have) {
        problems << u"%1: \"%2\" needs %3 px, has %4"_s.arg(describe(w), text.left(60))
                        .arg(need)
                        .arg(have);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || w->width() <= 0 || w->window() != root->window())
            continue;
        if (insideScrollArea(w))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            if (label->wordWrap()) {
                const int need = label->heightForWidth(label->width());
                if (need > label->height() + 1)
                    report(label, label->text(), need, label->height());
            } else if (label->sizeHint().width() > label->width() + 1) {
                report(label, label->text(), label->sizeHint().width(), label->width());
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty())
                continue;
            if (auto *tool = qobject_cast<QToolButton *>(button);
                tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull())
                continue;
            if (qobject_cast<QTabBar *>(button->parentWidget()))
                continue; // a tab's close or scroll button
            if (button->sizeHint().width() > button->width() + 1)
                report(button, button->text(), button->sizeHint().width(), button->width());
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            const int need = group->fontMetrics().horizontalAdvance(group->title()) + 16;
            if (!group->title().isEmpty() && need > group->width())
                report(group, group->title(), need, group->width());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabVisible(i))
                    continue;
                QString text = tabs->tabText(i);
                text.remove(u'&');
                const int need = tabs->fontMetrics().horizontalAdvance(text) + 8 +
                                 (tabs->tabIcon(i).isNull() ? 0 : tabs->iconSize().width());
                const int have = tabs->tabRect(i).width();
                if (need > have + 1)
                    report(tabs, tabs->tabText(i), need, have);
            }
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (combo->isEditable() || combo->currentText().isEmpty())
                continue;
            const int need = combo->fontMetrics().horizontalAdvance(combo->currentText()) + 24;
            if (need > combo->width())
                report(combo, combo->currentText(), need, combo->width());
        }
    }
    return problems;
}

// The controls a keyboard user must be able to reach under `root`.
QList<QWidget *> focusableControls(QWidget *root)
{
    QList<QWidget *> out;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (w->window() != root->window())
            continue;
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
            qobject_cast<QComboBox *>(w->parentWidget()))
            continue; // the spin box's or combo box's own line edit
        if (w->parentWidget() && qobject_cast<QAbstractScrollArea *>(w->parentWidget()) &&
            static_cast<QAbstractScrollArea *>(w->parentWidget())->viewport() == w)
            continue;
        if (auto *radio = qobject_cast<QRadioButton *>(w);
            radio && !radio->isChecked() && radio->autoExclusive())
            continue; // a radio group is one stop: arrows move inside it
        out << w;
    }
    return out;
}

} // namespace

class TestWholeWindow : public QObject
{
    Q_OBJECT

    // The console as main.cpp builds it (without the connection dialog and tray).
    struct Console
    {
        core::Settings settings;
        core::Session session;
        ui::MainWindow window;
        Console()
        {
            window.setSession(&session);
            window.setSettings(&settings);
            app::installPanes(window, session, settings, [] {
                return ui::HistoryConnector::Profile{u"sandbox"_s, true, {}};
            });
        }
    };

    std::unique_ptr<test::SandboxProcess> m_sandbox;
    QTemporaryDir m_tmp;
    QString m_dir;

    std::unique_ptr<Console> connectedConsole(QSize size)
    {
        auto console = std::make_unique<Console>();
        console->window.resize(size);
        console->window.show();
        if (!QTest::qWaitForWindowExposed(&console->window))
            return {};
        console->session.connectWithClientCredentials(
            m_sandbox->baseUrl(), {m_sandbox->adminClientId(), m_sandbox->adminClientSecret()});
        if (!test::connectAndWait(console->session))
            return {};
        // A token of this server in the inspector: decoded and verified with its keys.
        auto *inspector = console->window.findChild<ui::InspectorPane *>();
        if (inspector) {
            inspector->setTokenText(m_sandbox->adminToken());
            inspector->decodeNow();
        }
        return console;
    }

    // Shows a pane and waits until it has loaded what it shows.
    static bool showLoaded(Console &c, Pane pane)
    {
        c.window.showPane(pane);
        QWidget *root = c.window.pane(pane);
        auto *admin = qobject_cast<ui::AdminPane *>(root);
        // Loaded: not busy for 400 ms in a row (details asked for after a pause come and go).
        QDeadlineTimer deadline(20000);
        QTest::qWait(200);
        QElapsedTimer idle;
        idle.start();
        while (!deadline.hasExpired()) {
            if (admin && admin->isBusy())
                idle.restart();
            else if (idle.elapsed() >= 400)
                return true;
            QTest::qWait(20);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        // As main() does: English, whose file holds the plural forms only.
        app::loadTranslations(*qApp, u"en"_s);
        QCOMPARE(core::RolesModel::tr("%n permission(s)", nullptr, 1), u"1 permission"_s);
        QCOMPARE(core::RolesModel::tr("%n permission(s)", nullptr, 8), u"8 permissions"_s);
        test::SandboxProcess::Options options;
        options.seed = u"demo"_s;
        m_sandbox = std::make_unique<test::SandboxProcess>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        const QString env = qEnvironmentVariable("TID_SCREENSHOT_DIR");
        m_dir = (env.isEmpty() ? m_tmp.path() : env) + u"/panes"_s;
        QVERIFY(QDir().mkpath(m_dir));
    }

    void lightAndDark_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void lightAndDark()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? ui::Theme::darkPalette() : ui::Theme::lightPalette());
        auto console = connectedConsole({1180, 720});
        QVERIFY(console);
        for (Pane pane : allPanes()) {
            QVERIFY2(showLoaded(*console, pane), qPrintable(slug(pane)));
            // What the pane shows once loaded does not push the window wider.
            QVERIFY2(console->window.width() == 1180,
                     qPrintable(u"%1: %2 px wide"_s.arg(slug(pane)).arg(console->window.width())));
            const QImage image = console->window.grab().toImage();
            const QString file = m_dir + u'/' + slug(pane) + (dark ? u"-dark.png"_s : u".png"_s);
            QVERIFY(image.save(file));
            // The pane follows the palette: mostly dark in dark mode, mostly light otherwise.
            const double share = darkShare(image);
            if (dark)
                QVERIFY2(share > 0.7, qPrintable(u"%1: %2 dark"_s.arg(slug(pane)).arg(share)));
            else
                QVERIFY2(share < 0.3, qPrintable(u"%1: %2 dark"_s.arg(slug(pane)).arg(share)));
        }
        QApplication::setPalette(ui::Theme::lightPalette());
    }

    // Tab from the pane list walks through every control of the pane; Shift+Tab too.
    void keyboardAlone()
    {
        auto console = connectedConsole({1180, 720});
        QVERIFY(console);
        QApplication::setActiveWindow(&console->window);
        auto *paneList = console->window.findChild<QWidget *>(u"paneList"_s);
        QVERIFY(paneList);
        for (Pane pane : allPanes()) {
            QVERIFY2(showLoaded(*console, pane), qPrintable(slug(pane)));
            QWidget *root = console->window.pane(pane);
            const QList<QWidget *> controls = focusableControls(root);
            QVERIFY2(!controls.isEmpty(), qPrintable(slug(pane)));
            for (Qt::Key key : {Qt::Key_Tab, Qt::Key_Backtab}) {
                paneList->setFocus(Qt::OtherFocusReason);
                QTRY_COMPARE(QApplication::focusWidget(), paneList);
                QSet<QWidget *> reached;
                QWidget *previous = paneList;
                int stuck = 0;
                for (int i = 0; i < 400; ++i) {
                    QTest::keyClick(QApplication::focusWidget(), key);
                    QWidget *now = QApplication::focusWidget();
                    QVERIFY2(now, qPrintable(slug(pane) + u": focus lost"_s));
                    if (now == paneList)
                        break; // round trip
                    stuck = now == previous ? stuck + 1 : 0;
                    QVERIFY2(stuck < 2,
                             qPrintable(slug(pane) + u": Tab stays in "_s + describe(now)));
                    previous = now;
                    reached.insert(now);
                }
                QStringList missed;
                for (QWidget *w : controls) {
                    QWidget *target = w; // a tab widget hands its focus to its tab bar
                    while (target->focusProxy())
                        target = target->focusProxy();
                    if (!reached.contains(target))
                        missed << describe(w);
                }
                QVERIFY2(missed.isEmpty(),
                         qPrintable(u"%1, %2 misses: %3"_s.arg(
                             slug(pane), key == Qt::Key_Tab ? u"Tab"_s : u"Shift+Tab"_s,
                             missed.join(u", "_s))));
            }
        }
    }

    // Ctrl+N starts a new item and Del asks to delete the selected one, with the focus on any
    // list of the pane (the main list, a tab's table) — not only where a test clicked before.
    void newAndDeleteFromEveryList_data()
    {
        QTest::addColumn<int>("pane");
        QTest::addColumn<QString>("mainList");
        QTest::addColumn<bool>("creates");
        QTest::newRow("resource servers")
            << int(Pane::ResourceServers) << u"resourceServerList"_s << true;
        QTest::newRow("roles") << int(Pane::Roles) << u"roleList"_s << true;
        QTest::newRow("agents") << int(Pane::Agents) << u"agentList"_s << true;
        QTest::newRow("consents") << int(Pane::Consents) << u"consentList"_s << false;
    }

    void newAndDeleteFromEveryList()
    {
        QFETCH(int, pane);
        QFETCH(QString, mainList);
        QFETCH(bool, creates);
        auto console = connectedConsole({1180, 720});
        QVERIFY(console);
        QApplication::setActiveWindow(&console->window);
        QVERIFY(showLoaded(*console, Pane(pane)));
        QWidget *root = console->window.pane(Pane(pane));
        auto *list = root->findChild<QAbstractItemView *>(mainList);
        QVERIFY(list);
        QTRY_VERIFY(list->model()->rowCount() > 0);

        // Del on the main list with a row selected: the pane asks first (answered No).
        list->setFocus(Qt::OtherFocusReason);
        list->setCurrentIndex(list->model()->index(0, 0));
        list->selectionModel()->select(list->currentIndex(), QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
        QTest::qWait(300);
        const int asked = ui::MessageBox::askedCount();
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(list, Qt::Key_Delete);
        QTRY_COMPARE(ui::MessageBox::askedCount(), asked + 1);
        ui::MessageBox::clearNextAnswer();
        QTest::qWait(200);
        QVERIFY(list->model()->rowCount() > 0);

        if (!creates)
            return;
        // Ctrl+N from every list of the pane that is on screen.
        QList<QAbstractItemView *> views;
        for (QAbstractItemView *v : root->findChildren<QAbstractItemView *>()) {
            if (v->isVisible() && (v->focusPolicy() & Qt::TabFocus))
                views << v;
        }
        QVERIFY(!views.isEmpty());
        for (QAbstractItemView *view : std::as_const(views)) {
            if (!view->isVisible())
                continue; // a view of the item that Ctrl+N before replaced
            view->setFocus(Qt::OtherFocusReason);
            QTRY_COMPARE(QApplication::focusWidget(), view);
            QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
            // A new item: an empty name field has the focus (in the pane or its wizard).
            QTRY_VERIFY2(
                qobject_cast<QLineEdit *>(QApplication::focusWidget()) &&
                    static_cast<QLineEdit *>(QApplication::focusWidget())->text().isEmpty(),
                qPrintable(describe(view)));
            if (QWidget *dialog = QApplication::activeModalWidget()
                                      ? QApplication::activeModalWidget()
                                  : QApplication::focusWidget()->window() != &console->window
                                      ? QApplication::focusWidget()->window()
                                      : nullptr) {
                dialog->close();
                QTest::qWait(100);
            }
            // Back to an item, so the next list has rows again.
            list->setCurrentIndex(list->model()->index(0, 0));
            QTest::qWait(300);
        }
    }

    // Last: German for the rest of this process.
    void germanAtMinimumSize()
    {
        app::loadTranslations(*qApp, u"de"_s);
        QCOMPARE(ui::MainWindow::tr("The consents users gave to agents, filtered and revocable."),
                 u"Die Einwilligungen, die Benutzer Agenten gegeben haben, gefiltert und "
                 u"widerrufbar."_s);
        Console probe;
        const QSize minimum = probe.window.minimumSize().expandedTo(probe.window.minimumSizeHint());
        qInfo("minimum window in German: %d×%d (font %s)", minimum.width(), minimum.height(),
              qPrintable(QApplication::font().family()));
        auto console = connectedConsole(minimum);
        QVERIFY(console);
        QCOMPARE(console->window.size(), minimum);
        // The smallest window fits a 1280×720 screen with a panel, in German too.
        QVERIFY2(minimum.width() <= 1180 && minimum.height() <= 660,
                 qPrintable(u"%1×%2"_s.arg(minimum.width()).arg(minimum.height())));
        QStringList problems;
        for (Pane pane : allPanes()) {
            QVERIFY2(showLoaded(*console, pane), qPrintable(slug(pane)));
            // No pane holds the window wider than its minimum (or taller than a small screen).
            if (console->window.width() != minimum.width() || console->window.height() > 660)
                problems << u"%1: the window grew to %2×%3"_s.arg(slug(pane))
                                .arg(console->window.width())
                                .arg(console->window.height());
            for (const QString &p : cutOffTexts(&console->window))
                problems << slug(pane) + u": "_s + p;
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"at %1×%2: "_s.arg(minimum.width()).arg(minimum.height()) +
                            problems.join(u"\n"_s)));
        // The dialogs in German: Settings, and a new agent's wizard (Ctrl+N on the agents list).
        if (QDialog *settings = console->window.openSettingsDialog()) {
            QVERIFY(QTest::qWaitForWindowExposed(settings));
            for (const QString &p : cutOffTexts(settings))
                problems << u"settings: "_s + p;
            settings->close();
        }
        {
            QVERIFY(showLoaded(*console, Pane::Agents));
            auto *agents = console->window.pane(Pane::Agents)->findChild<QTableView *>();
            QVERIFY(agents);
            agents->setFocus(Qt::OtherFocusReason);
            QTest::keyClick(agents, Qt::Key_N, Qt::ControlModifier);
            QTRY_VERIFY(QApplication::activeModalWidget() ||
                        (QApplication::focusWidget() &&
                         QApplication::focusWidget()->window() != &console->window));
            QWidget *wizard = QApplication::activeModalWidget()
                                  ? QApplication::activeModalWidget()
                                  : QApplication::focusWidget()->window();
            QTest::qWait(200);
            for (const QString &p : cutOffTexts(wizard))
                problems << u"agent wizard: "_s + p;
            wizard->close();
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
        // Two panes in German for docs/screenshots, at a comfortable size.
        console->window.resize(1180, 720);
        for (Pane pane : {Pane::Agents, Pane::Inspector}) {
            QVERIFY(showLoaded(*console, pane));
            QVERIFY(console->window.grab().save(m_dir + u'/' + slug(pane) + u"-de.png"_s));
        }
        // The inspector's findings speak German too (core/token's messages are translated).
        auto *findings = console->window.findChild<QAbstractItemView *>(u"findingsView"_s);
        QVERIFY(findings);
        QStringList texts;
        for (int r = 0; r < findings->model()->rowCount(); ++r)
            texts << findings->model()->index(r, 1).data().toString();
        QVERIFY2(texts.join(u' ').contains(u"Die ES256-Signatur ist gültig"_s),
                 qPrintable(texts.join(u" | "_s)));
    }
};

QTEST_MAIN(TestWholeWindow)
#include "tst_whole_window.moc"
