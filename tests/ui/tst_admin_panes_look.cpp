// Looks at the admin panes as a user would, with the demo data of a real sandbox: each pane is
// shown, given something to show (a selected server, role, agent, scope), and grabbed — in the
// default palette and in a dark one. With TID_SCREENSHOT_DIR set, the PNGs are written there
// (docs/screenshots/<pane>.png); otherwise into a temporary directory.

#include "PaneTestSupport.h"

#include "core/models/AgentsModel.h"
#include "core/models/ConsentsModel.h"
#include "core/models/PermissionMatrixModel.h"
#include "core/models/ResourceServersModel.h"
#include "core/models/RoleAssignmentsModel.h"
#include "core/models/RolesModel.h"
#include "core/models/ScopeHoldersModel.h"
#include "core/models/ScopesModel.h"
#include "ui/agents/AgentsPane.h"
#include "ui/agents/CredentialsTab.h"
#include "ui/consents/ConsentsPane.h"
#include "ui/resourceservers/ResourceServersPane.h"
#include "ui/roles/RolesPane.h"
#include "ui/scopes/ScopesPane.h"
#include "ui/widgets/Theme.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace tid;
using namespace tid::test;

namespace {

double luminance(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

} // namespace

class TestAdminPanesLook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        m_metadata = discover(m_fx);
        const QString env = qEnvironmentVariable("TID_SCREENSHOT_DIR");
        m_dir = env.isEmpty() ? m_tmp.path() : env;
        QVERIFY(QDir().mkpath(m_dir));
    }

    void panes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void panes()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? ui::Theme::darkPalette()
                                      : QApplication::style()->standardPalette());
        const QString suffix = dark ? u"-dark"_s : QString();

        {
            ui::ResourceServersPane p(m_fx.apis.get());
            show(p);
            QTRY_COMPARE(p.model()->rowCount(), 5);
            QVERIFY(p.selectServer(idOf(p.model(), u"Billing API"_s)));
            QTRY_VERIFY(!p.resourcesModel()->isBusy());
            QTRY_VERIFY(p.resourcesModel()->rowCount() > 0);
            settle(p);
            save(p, u"resource-servers"_s + suffix, dark);
        }
        {
            ui::ScopesPane p(m_fx.apis.get());
            show(p);
            QTRY_COMPARE(p.model()->rowCount(), 5);
            p.selectPermission(idOfServer(u"Billing API"_s), u"invoices.approve"_s);
            QTRY_VERIFY_WITH_TIMEOUT(p.holdersModel()->isFinished(), 20000);
            QTRY_VERIFY(!p.model()->isBusy());
            settle(p);
            save(p, u"scopes"_s + suffix, dark);
        }
        {
            ui::RolesPane p(m_fx.apis.get());
            show(p);
            QTRY_VERIFY_WITH_TIMEOUT(p.matrixReady(), 20000);
            QTRY_COMPARE(p.matrix()->roleCount(), 7);
            QVERIFY(p.selectRole(idOf(p.model(), u"billing-operator"_s)));
            p.tabs()->setCurrentIndex(1);
            QTRY_VERIFY(!p.isBusy());
            settle(p);
            save(p, u"roles"_s + suffix, dark);
            p.tabs()->setCurrentIndex(2);
            QTRY_VERIFY(p.assignments()->isLoaded());
            QTRY_VERIFY(!p.isBusy());
            settle(p);
            save(p, u"roles-assignments"_s + suffix, dark);
        }
        {
            ui::AgentsPane p(m_fx.apis.get());
            p.setServerMetadata(m_metadata);
            show(p);
            QTRY_VERIFY(p.model()->isLoaded());
            QVERIFY(p.selectAgent(idOf(p.model(), u"Nightly KPI Builder"_s)));
            QTRY_VERIFY_WITH_TIMEOUT(!p.isBusy(), 20000);
            settle(p);
            save(p, u"agents"_s + suffix, dark);
            p.tabs()->setCurrentWidget(p.credentialsTab());
            QTRY_VERIFY(!p.isBusy());
            settle(p);
            save(p, u"agents-credentials"_s + suffix, dark);
        }
        {
            ui::ConsentsPane p(m_fx.apis.get());
            p.setServerMetadata(m_metadata);
            show(p);
            QTRY_VERIFY(p.model()->isLoaded());
            QTRY_VERIFY_WITH_TIMEOUT(!p.isBusy(), 20000);
            settle(p);
            save(p, u"consents"_s + suffix, dark);
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

private:
    static void show(QWidget &w)
    {
        w.resize(1280, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
    }

    // Names resolved, rows painted.
    static void settle(QWidget &w)
    {
        QTest::qWait(300);
        w.repaint();
    }

    void save(QWidget &w, const QString &name, bool dark)
    {
        const QImage image = w.grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), w.size() * w.devicePixelRatio());
        const QString path = QDir(m_dir).filePath(name + u".png"_s);
        QVERIFY2(image.save(path), qPrintable(path));
        // Text must stand out from its background in both palettes.
        const QPalette pal = w.palette();
        const double contrast =
            std::abs(luminance(pal.color(QPalette::Text)) - luminance(pal.color(QPalette::Base)));
        QVERIFY(contrast > 0.5);
        if (dark)
            QVERIFY(luminance(image.pixelColor(4, image.height() - 4)) < 0.4);
        // No empty-state text left over a list that has rows.
        for (QLabel *l : w.findChildren<QLabel *>(u"emptyState"_s)) {
            auto *view = qobject_cast<QAbstractItemView *>(l->parentWidget()->parentWidget());
            if (view && l->isVisible())
                QVERIFY2(view->model()->rowCount() == 0, qPrintable(name + u": "_s + l->text()));
        }
    }

    QString idOf(const QAbstractItemModel *m, const QString &name)
    {
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data().toString() == name)
                return m->index(r, 0).data(core::IdRole).toString();
        }
        return {};
    }

    QString idOfServer(const QString &name)
    {
        const auto r = m_fx.http.get(u"/resource-servers?limit=100"_s);
        for (const QJsonValue &v : r.json().value(u"resourceServers"_s).toArray()) {
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject().value(u"id"_s).toString();
        }
        return {};
    }

    AdminModelFixture m_fx;
    core::ServerMetadata m_metadata;
    QTemporaryDir m_tmp;
    QString m_dir;
};

QTEST_MAIN(TestAdminPanesLook)
#include "tst_admin_panes_look.moc"
