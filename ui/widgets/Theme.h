#pragma once

#include <QPalette>
#include <QString>

namespace tid::ui {

// The window's colours: the system's (the platform style and palette the console started with),
// a light one or a dark one (Fusion with a light or dark palette). Every named colour follows
// through StatusColor, which reads the palette.
class Theme final
{
public:
    enum class Mode
    {
        System,
        Light,
        Dark
    };

    static QString name(Mode mode);            // "system", "light", "dark"
    static Mode fromName(const QString &name); // anything else: System
    static QString displayName(Mode mode);     // translated, for menus and settings

    // Applies the mode to the whole application (style and palette).
    static void apply(Mode mode);
    static Mode current();

    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace tid::ui
