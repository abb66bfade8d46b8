#include "core/models/FindingsModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tid::core;
using S = Finding::Severity;

class TestFindingsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings({{S::Error, u"alg.none"_s, u"unsigned"_s, u"RFC 8725 §3.1"_s},
                           {S::Info, u"sig.valid"_s, u"ok"_s, u"RFC 7515 §5.2"_s}});
        model.clear();
        model.setFindings({{S::Warning, u"jku.not_fetched"_s, u"jku"_s, u"RFC 8725 §3.10"_s}});
    }

    void columnsRolesAndSorting()
    {
        FindingsModel model;
        model.setFindings({{S::Info, u"iss.unchecked"_s, u"i"_s, u"RFC 9068 §4"_s},
                           {S::Error, u"exp.expired"_s, u"expired"_s, u"RFC 7519 §4.1.4"_s},
                           {S::Warning, u"jku.not_fetched"_s, u"jku"_s, u"RFC 8725 §3.10"_s},
                           {S::Error, u"sig.invalid"_s, u"bad"_s, u"RFC 7515 §5.2"_s}});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
        QCOMPARE(model.index(1, FindingsModel::SeverityColumn).data().toString(), u"Error"_s);
        QCOMPARE(model.index(1, FindingsModel::MessageColumn).data().toString(), u"expired"_s);
        QCOMPARE(model.index(1, FindingsModel::CodeColumn).data().toString(), u"exp.expired"_s);
        QCOMPARE(model.index(1, FindingsModel::ReferenceColumn).data().toString(),
                 u"RFC 7519 §4.1.4"_s);
        QCOMPARE(model.index(2, 0).data(FindingsModel::SeverityRole).toInt(), int(S::Warning));
        QCOMPARE(model.count(S::Error), 2);
        QVERIFY(model.index(3, 0).data(Qt::ToolTipRole).toString().contains(u"sig.invalid"_s));
        // Errors first, then warnings, then info, stable within a severity.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(FindingsModel::SortRole);
        proxy.sort(0);
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order << proxy.index(r, FindingsModel::CodeColumn).data().toString();
        QCOMPARE(order, (QStringList{u"exp.expired"_s, u"sig.invalid"_s, u"jku.not_fetched"_s,
                                     u"iss.unchecked"_s}));
    }
};

QTEST_GUILESS_MAIN(TestFindingsModel)
#include "tst_findings_model.moc"
