#include "ui/inspector/ActorIconProxy.h"

#include "core/models/ActorChainModel.h"
#include "ui/widgets/StatusColor.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::Literals::StringLiterals;

namespace tid::ui {

namespace {

// Stroked 24×24 line drawings; %1 is the stroke colour.
constexpr auto kUser =
    R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="%1" stroke-width="1.8" stroke-linecap="round"><circle cx="12" cy="8" r="4"/><path d="M4 21c0-4 3.6-7 8-7s8 3 8 7"/></svg>)";
constexpr auto kAgent =
    R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="%1" stroke-width="1.8" stroke-linecap="round"><rect x="4" y="8" width="16" height="12" rx="3"/><path d="M12 4v4M9 13h.01M15 13h.01M9 17h6"/><circle cx="12" cy="3.5" r="1"/></svg>)";
constexpr auto kUnknown =
    R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="%1" stroke-width="1.8" stroke-linecap="round"><circle cx="12" cy="12" r="9"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7M12 17h.01"/></svg>)";

QIcon render(const char *svg, const QColor &color)
{
    const QByteArray data = QString::fromLatin1(svg).arg(color.name()).toUtf8();
    QSvgRenderer renderer(data);
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        renderer.render(&p);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

QColor stroke()
{
    return QApplication::palette().color(QPalette::Text);
}

} // namespace

QIcon ActorIconProxy::userIcon()
{
    return render(kUser, StatusColor::color(StatusColor::Name::ActorUser, QApplication::palette()));
}

QIcon ActorIconProxy::agentIcon()
{
    return render(kAgent,
                  StatusColor::color(StatusColor::Name::ActorAgent, QApplication::palette()));
}

QIcon ActorIconProxy::unknownIcon()
{
    return render(kUnknown, stroke());
}

ActorIconProxy::ActorIconProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{}

QVariant ActorIconProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || !index.isValid() || index.column() != 0)
        return QIdentityProxyModel::data(index, role);
    static const QIcon user = userIcon();
    static const QIcon agent = agentIcon();
    static const QIcon unknown = unknownIcon();
    switch (core::PrincipalKind(
        QIdentityProxyModel::data(index, core::ActorChainModel::KindRole).toInt())) {
    case core::PrincipalKind::User:
        return user;
    case core::PrincipalKind::Agent:
        return agent;
    case core::PrincipalKind::Unknown:
        return unknown;
    }
    return {};
}

} // namespace tid::ui
