#pragma once

#include <QColor>
#include <QIcon>

namespace tid::ui {

// Small stroked line icons drawn from inline SVG in the palette's text colours, so they follow
// light and dark themes without shipping icon files.
class LineIcon final
{
public:
    enum class Name
    {
        Server,
        Key,
        Shield,
        Agent,
        Consent,
        Inspect,
        Inbox,
        History,
        Playground
    };

    static QIcon icon(Name name);
    static QPixmap pixmap(Name name, int size, const QColor &color, qreal devicePixelRatio = 1.0);
};

} // namespace tid::ui
