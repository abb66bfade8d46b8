#include "ui/widgets/StatusColor.h"

namespace tid::ui {

bool StatusColor::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor StatusColor::color(Name name, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (name) {
    case Name::Success:
        return dark ? QColor(102, 187, 106) : QColor(46, 125, 50);
    case Name::Failure:
        return dark ? QColor(239, 83, 80) : QColor(198, 40, 40);
    case Name::InProgress:
        return dark ? QColor(100, 181, 246) : QColor(21, 101, 192);
    case Name::Other:
        return palette.color(QPalette::Disabled, QPalette::Text);
    case Name::Selection: {
        QColor c = palette.color(QPalette::Highlight);
        c.setAlpha(70);
        return c;
    }
    }
    return palette.color(QPalette::Text);
}

} // namespace tid::ui
