#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace tid::ui {

// The one place with named colours (states, messages, findings, JSON, actors): each has a
// light-theme and a dark-theme value, picked by the palette's base lightness. Panes ask here
// instead of writing colour values themselves. Where a colour had no dark value yet, both are
// the same until the dark-mode work chooses one.
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
        Caution,   // a warning in text ("expires soon", "valid with warnings")
        Removed,   // something taken away (a scope a token lost)
        // The message bar's tints and a form's inline error text.
        Error,
        Warning,
        Information,
        Positive,
        // The inspector's findings: text and a translucent row wash.
        FindingError,
        FindingWarning,
        FindingErrorWash,
        FindingWarningWash,
        // JSON syntax colours.
        JsonKey,
        JsonString,
        JsonNumber,
        JsonLiteral,
        // The actor-chain icons.
        ActorUser,
        ActorAgent,
        // A count badge on an icon (the tray's waiting requests) and its digits.
        Badge,
        BadgeText,
    };

    static bool isDark(const QPalette &palette);
    static QColor color(Name name, const QPalette &palette);
    // "#rrggbb", for rich text and style sheets.
    static QString css(Name name, const QPalette &palette) { return color(name, palette).name(); }
    // A style sheet that sets the text colour ("color: #rrggbb;").
    static QString textStyle(Name name, const QPalette &palette);
};

} // namespace tid::ui
