#include "ui/widgets/LineIcon.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

using namespace Qt::Literals::StringLiterals;

namespace tid::ui {

namespace {

QByteArray body(LineIcon::Name name)
{
    switch (name) {
    case LineIcon::Name::Server:
        return R"(<rect x="3" y="3.5" width="18" height="7" rx="2"/><rect x="3" y="13.5" width="18" height="7" rx="2"/><path d="M7 7h.01M7 17h.01M11 7h6M11 17h6"/>)";
    case LineIcon::Name::Key:
        return R"(<circle cx="7.5" cy="15.5" r="4.5"/><path d="M10.7 12.3 20 3M15.5 7.5l3 3M18 5l2 2"/>)";
    case LineIcon::Name::Shield:
        return R"(<path d="M12 3l8 3v6c0 4.5-3.4 8.1-8 9-4.6-.9-8-4.5-8-9V6z"/><path d="M8.5 12l2.5 2.5 4.5-5"/>)";
    case LineIcon::Name::Agent:
        return R"(<rect x="4" y="8" width="16" height="12" rx="3"/><path d="M12 4.5V8M9 17h6"/><circle cx="12" cy="3.5" r="1"/><circle cx="9" cy="13" r="1.2"/><circle cx="15" cy="13" r="1.2"/><path d="M2 13v3M22 13v3"/>)";
    case LineIcon::Name::Consent:
        return R"(<path d="M9 11l3 3 9-9"/><path d="M20 12v7a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h11"/>)";
    case LineIcon::Name::Inspect:
        return R"(<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5 21 21M8 10.5h5M10.5 8v5"/>)";
    case LineIcon::Name::Inbox:
        return R"(<path d="M3 13l3-8h12l3 8v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z"/><path d="M3 13h5l2 3h4l2-3h5"/>)";
    case LineIcon::Name::History:
        return R"(<path d="M3.5 12a8.5 8.5 0 1 0 2.5-6"/><path d="M3 3v4h4"/><path d="M12 7.5V12l3 2"/>)";
    case LineIcon::Name::Playground:
        return R"(<circle cx="12" cy="12" r="9"/><path d="M10 8.5v7l5.5-3.5z"/>)";
    }
    return {};
}

} // namespace

QPixmap LineIcon::pixmap(Name name, int size, const QColor &color, qreal devicePixelRatio)
{
    const QByteArray svg =
        R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke=")" +
        color.name().toLatin1() +
        R"(" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">)" + body(name) +
        "</svg>";
    QSvgRenderer renderer(svg);
    QPixmap pm(QSize(size, size) * devicePixelRatio);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    renderer.render(&p, QRectF(0, 0, pm.width(), pm.height()));
    p.end();
    pm.setDevicePixelRatio(devicePixelRatio);
    return pm;
}

QIcon LineIcon::icon(Name name)
{
    const QPalette pal = QApplication::palette();
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        icon.addPixmap(pixmap(name, size, pal.color(QPalette::WindowText), 2.0), QIcon::Normal);
        icon.addPixmap(pixmap(name, size, pal.color(QPalette::HighlightedText), 2.0),
                       QIcon::Selected);
        icon.addPixmap(pixmap(name, size, pal.color(QPalette::Disabled, QPalette::WindowText), 2.0),
                       QIcon::Disabled);
    }
    return icon;
}

} // namespace tid::ui
