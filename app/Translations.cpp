#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace tid::app {

namespace {

// lupdate files the messages of a class declared inside `namespace tid::ui { … }` under the
// class's own name ("MainWindow"), while tr() at run time asks with the meta-object's full name
// ("tid::ui::MainWindow"). This translator answers the full name first (contexts written as
// such, e.g. "tid::app"), then the name after the last "::".
class NamespaceTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (text.isEmpty() && context) {
            if (const char *last = std::strrchr(context, ':'); last && last > context)
                text = QTranslator::translate(last + 1, sourceText, disambiguation, n);
        }
        return text;
    }
};

} // namespace

void loadTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English plural forms first: under any language, what that language's file does not
    // translate still reads "1 permission" rather than "1 permission(s)".
    auto *english = new NamespaceTranslator(&app);
    if (english->load(u":/i18n/thunderid-console_en.qm"_s))
        QCoreApplication::installTranslator(english);
    if (locale.language() == QLocale::English)
        return;
    auto *own = new NamespaceTranslator(&app);
    if (own->load(locale, u"thunderid-console"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

} // namespace tid::app
