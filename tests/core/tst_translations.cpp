// The German and French translations (issue 14) are complete and safe to use: every message of
// translations/*.ts is translated (none unfinished or empty), each translation keeps exactly the
// placeholders of its source (%1, %2, … and %n), numerus messages have the two forms both
// languages need, and a keyboard accelerator (&) in the source keeps one in the translation.
// The compiled .qm of each language (built from the same .ts, as the console embeds it) answers
// every source string with its translation.

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {
QSet<QString> placeholders(const QString &text, bool dropN)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured(0);
        if (!(dropN && p == u"%n"_s))
            out.insert(p);
    }
    return out;
}
// The text of the current element: its characters and its <byte value="xd"/> escapes.
QString readText(QXmlStreamReader &xml)
{
    QString out;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            out += xml.text();
        else if (xml.isStartElement() && xml.name() == u"byte"_s)
            out += QChar(xml.attributes().value(u"value"_s).mid(1).toUShort(nullptr, 16));
        else if (xml.isEndElement() && xml.name() != u"byte"_s)
            break;
    }
    return out;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << u"de"_s;
        QTest::newRow("French") << u"fr"_s;
        // English holds only the plural forms of "%n thing(s)" messages (lupdate -pluralonly).
        QTest::newRow("English plurals") << u"en"_s;
    }
    void complete()
    {
        QFETCH(QString, language);
        QFile file(QStringLiteral(TID_SOURCE_DIR) + u"/translations/thunderid-console_"_s +
                   language + u".ts"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList problems;
        QTranslator qm;
        QVERIFY(qm.load(u":/i18n/thunderid-console_"_s + language + u".qm"_s));
        int fromQm = 0;
        QString context, source, comment;
        QStringList forms;
        QString translation;
        bool numerus = false, unfinished = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == u"TS"_s)
                    QCOMPARE(xml.attributes().value(u"language"_s).toString(), language);
                else if (name == u"name"_s)
                    context = xml.readElementText();
                else if (name == u"message"_s) {
                    numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
                    forms.clear();
                    translation.clear();
                    comment.clear();
                    unfinished = false;
                } else if (name == u"source"_s)
                    source = readText(xml);
                else if (name == u"comment"_s)
                    comment = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                else if (name == u"translation"_s) {
                    const auto type = xml.attributes().value(u"type"_s);
                    unfinished =
                        type == u"unfinished"_s || type == u"vanished"_s || type == u"obsolete"_s;
                    if (!numerus)
                        translation = readText(xml);
                } else if (name == u"numerusform"_s)
                    forms << xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == u"message"_s) {
                ++messages;
                const QString where = context + u": "_s + source.left(60);
                const QStringList texts = numerus ? forms : QStringList{translation};
                if (unfinished)
                    problems << u"unfinished — "_s + where;
                if (numerus && forms.size() != 2)
                    problems << u"%1 plural forms — "_s.arg(forms.size()) + where;
                if (language == u"en"_s && !numerus)
                    problems << u"not a plural message — "_s + where;
                if (language == u"en"_s && forms.join(u' ').contains(u"(s)"_s))
                    problems << u"\"(s)\" left in a plural form — "_s + where;
                // What the console gets at run time, from the compiled file.
                const QByteArray c = context.toUtf8(), s = source.toUtf8(), d = comment.toUtf8();
                const QString compiled =
                    qm.translate(c.constData(), s.constData(),
                                 comment.isEmpty() ? nullptr : d.constData(), numerus ? 2 : -1);
                if (compiled.isEmpty() && !source.isEmpty())
                    problems << u"not in the .qm — "_s + where;
                else if (!numerus && compiled != translation)
                    problems << u".qm differs — "_s + where;
                else
                    ++fromQm;
                for (const QString &t : texts) {
                    if (t.isEmpty() && !source.isEmpty())
                        problems << u"empty — "_s + where;
                    if (placeholders(t, numerus) != placeholders(source, numerus))
                        problems << u"placeholders differ — "_s + where + u" → "_s + t;
                    if (source.contains(u'&') && !source.contains(u"&&"_s) &&
                        source.contains(QRegularExpression(u"&\\w"_s)) && !t.contains(u'&'))
                        problems << u"accelerator lost — "_s + where;
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > (language == u"en"_s ? 20 : 1000));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
        QCOMPARE(fromQm, messages);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
