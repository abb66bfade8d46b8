#include "ui/widgets/Theme.h"

#include "core/Logging.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::Literals::StringLiterals;

namespace tid::ui {

namespace {

struct SystemLook
{
    bool saved = false;
    QString styleName;
    QPalette palette;
};

SystemLook &systemLook()
{
    static SystemLook look;
    return look;
}

Theme::Mode &currentMode()
{
    static Theme::Mode mode = Theme::Mode::System;
    return mode;
}

} // namespace

QString Theme::name(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return u"system"_s;
    case Mode::Light:
        return u"light"_s;
    case Mode::Dark:
        return u"dark"_s;
    }
    return u"system"_s;
}

Theme::Mode Theme::fromName(const QString &name)
{
    if (name == "light"_L1)
        return Mode::Light;
    if (name == "dark"_L1)
        return Mode::Dark;
    return Mode::System;
}

QString Theme::displayName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QCoreApplication::translate("tid::ui::Theme", "System");
    case Mode::Light:
        return QCoreApplication::translate("tid::ui::Theme", "Light");
    case Mode::Dark:
        return QCoreApplication::translate("tid::ui::Theme", "Dark");
    }
    return {};
}

void Theme::apply(Mode mode)
{
    SystemLook &system = systemLook();
    if (!system.saved) {
        system.saved = true;
        system.styleName = QApplication::style()->name();
        system.palette = QApplication::palette();
    }
    currentMode() = mode;
    qCInfo(tid::core::lcUi) << "theme" << name(mode);
    switch (mode) {
    case Mode::System:
        if (QApplication::style()->name() != system.styleName)
            QApplication::setStyle(QStyleFactory::create(system.styleName));
        QApplication::setPalette(system.palette);
        break;
    case Mode::Light:
    case Mode::Dark:
        // Fusion draws with the palette it is given (a platform style may not).
        if (QApplication::style()->name().compare("fusion"_L1, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
        break;
    }
}

Theme::Mode Theme::current()
{
    return currentMode();
}

QPalette Theme::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    const QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xdb));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    return p;
}

} // namespace tid::ui
