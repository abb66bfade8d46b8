#include "ui/widgets/StatusColor.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::ui {

namespace {

QColor pick(bool dark, QRgb light, QRgb darkValue)
{
    return QColor::fromRgb(dark ? darkValue : light);
}

QColor wash(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

} // namespace

bool StatusColor::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor StatusColor::color(Name name, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (name) {
    case Name::Success:
        return pick(dark, 0x2e7d32, 0x66bb6a);
    case Name::Failure:
        return pick(dark, 0xc62828, 0xef5350);
    case Name::InProgress:
        return pick(dark, 0x1565c0, 0x64b5f6);
    case Name::Other:
        return palette.color(QPalette::Disabled, QPalette::Text);
    case Name::Selection:
        return wash(palette.color(QPalette::Highlight), 70);
    case Name::Caution:
        return pick(dark, 0xb26a00, 0xb26a00);
    case Name::Removed:
        return pick(dark, 0x8a5300, 0x8a5300);
    case Name::Error:
        return pick(dark, 0xda4453, 0xda4453);
    case Name::Warning:
        return pick(dark, 0xf67400, 0xf67400);
    case Name::Information:
        return pick(dark, 0x3daee9, 0x3daee9);
    case Name::Positive:
        return pick(dark, 0x27ae60, 0x27ae60);
    case Name::FindingError:
        return pick(dark, 0xb71c1c, 0xff8a80);
    case Name::FindingWarning:
        return pick(dark, 0x8a5300, 0xffd180);
    case Name::FindingErrorWash:
        return wash(QColor::fromRgb(0xe53935), dark ? 60 : 28);
    case Name::FindingWarningWash:
        return wash(QColor::fromRgb(0xffb300), dark ? 50 : 36);
    case Name::JsonKey:
        return pick(dark, 0x1a4fa0, 0x82aaff);
    case Name::JsonString:
        return pick(dark, 0x2e7d32, 0xc3e88d);
    case Name::JsonNumber:
        return pick(dark, 0xb5521b, 0xf78c6c);
    case Name::JsonLiteral:
        return pick(dark, 0x7b1fa2, 0xc792ea);
    case Name::ActorUser:
        return pick(dark, 0x1e88e5, 0x1e88e5);
    case Name::ActorAgent:
        return pick(dark, 0x8e24aa, 0x8e24aa);
    case Name::Badge:
        return pick(dark, 0xc62828, 0xe53935);
    case Name::BadgeText:
        return pick(dark, 0xffffff, 0xffffff);
    }
    return palette.color(QPalette::Text);
}

QString StatusColor::textStyle(Name name, const QPalette &palette)
{
    return u"color: %1;"_s.arg(css(name, palette));
}

} // namespace tid::ui
