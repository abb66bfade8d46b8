#pragma once

#include <QColor>
#include <QPalette>

namespace tid::ui {

// The one place with named colours for states (success, failure, in progress, other): each
// has a light-theme and a dark-theme value, picked by the palette's base lightness. Panes ask
// here instead of writing colour values themselves.
class StatusColor final
{
public:
    enum class Name
    {
        Success,
        Failure,
        InProgress,
        Other,
        Selection, // a translucent wash for a selected range
    };

    static bool isDark(const QPalette &palette);
    static QColor color(Name name, const QPalette &palette);
};

} // namespace tid::ui
