#include "ui/inbox/InboxTray.h"

#include "core/models/CibaRequestsModel.h"
#include "ui/desktop/DesktopNotifier.h"
#include "ui/widgets/StatusColor.h"

#include <QAction>
#include <QDateTime>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>

using namespace Qt::Literals::StringLiterals;

namespace tid::ui {

InboxTray::InboxTray(core::CibaRequestsModel *model, DesktopNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_baseIcon(u":/icons/thunderid.svg"_s)
{
    if (notifier) {
        m_notifier = notifier;
    } else {
        auto *freedesktop = new FreedesktopNotifier(this);
        m_notifier = freedesktop;
        connect(freedesktop, &FreedesktopNotifier::availabilityKnown, this, [this](bool ok) {
            if (!ok) { // no notification service: the tray's balloon instead
                m_notifier->deleteLater();
                m_notifier = new TrayNotifier(m_tray, this);
                connect(m_notifier, &DesktopNotifier::actionInvoked, this, &InboxTray::onAction);
            }
        });
    }
    connect(m_notifier, &DesktopNotifier::actionInvoked, this, &InboxTray::onAction);

    m_countAction = m_menu->addAction(QString());
    m_countAction->setEnabled(false);
    m_menu->addSeparator();
    QAction *open = m_menu->addAction(tr("Open the approval inbox"));
    connect(open, &QAction::triggered, this, [this] { Q_EMIT openRequested(QString()); });
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"));
    connect(quit, &QAction::triggered, this, &InboxTray::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT openRequested(QString());
            });

    if (m_model) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_model, signal, this, &InboxTray::update);
        connect(m_model, &QAbstractItemModel::modelReset, this, &InboxTray::update);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &InboxTray::update);
        connect(m_model, &core::CibaRequestsModel::refreshed, this, &InboxTray::update);
    }
    update();
}

InboxTray::~InboxTray()
{
    delete m_menu;
}

void InboxTray::setVisible(bool visible)
{
    m_tray->setVisible(visible && QSystemTrayIcon::isSystemTrayAvailable());
}

bool InboxTray::isVisible() const
{
    return m_tray->isVisible();
}

QString InboxTray::toolTip() const
{
    if (m_count <= 0)
        return tr("ThunderID Console — no requests waiting");
    return tr("ThunderID Console — %n request(s) waiting for your approval", nullptr, m_count);
}

QIcon InboxTray::badgeIcon(const QIcon &base, int count)
{
    if (count <= 0)
        return base;
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QString text = count > 99 ? u"99+"_s : QString::number(count);
        const qreal d = size * (text.size() > 1 ? 0.62 : 0.55);
        const QRectF badge(size - d, 0, d, d);
        p.setPen(Qt::NoPen);
        p.setBrush(StatusColor::color(StatusColor::Name::Badge, QGuiApplication::palette()));
        p.drawEllipse(badge);
        QFont font = QGuiApplication::font();
        font.setBold(true);
        font.setPixelSize(qMax(6, int(d * (text.size() > 2 ? 0.42 : 0.62))));
        p.setFont(font);
        p.setPen(StatusColor::color(StatusColor::Name::BadgeText, QGuiApplication::palette()));
        p.drawText(badge, Qt::AlignCenter, text);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString InboxTray::notificationBody(const core::CibaRequest &r) const
{
    const QString user = m_names ? m_names(r.userId) : r.userId;
    QStringList scopes;
    for (const auto &s : r.scopes)
        scopes << s.name;
    const qint64 left = r.expiresAt.isValid()
                            ? qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(r.expiresAt))
                            : -1;
    QString body = tr("%1 asks to act for %2.")
                       .arg(r.clientName.isEmpty() ? r.clientId : r.clientName,
                            user.isEmpty() ? tr("you") : user);
    if (!r.bindingMessage.isEmpty())
        body += u'\n' + tr("Message: “%1”").arg(r.bindingMessage);
    if (!scopes.isEmpty())
        body += u'\n' + tr("Scopes: %1").arg(scopes.join(u", "_s));
    if (left >= 0)
        body += u'\n' + tr("Time left: %1").arg(core::CibaRequestsModel::formatRemaining(left));
    return body;
}

void InboxTray::update()
{
    int count = 0;
    QSet<QString> waiting;
    QList<int> fresh;
    if (m_model && m_model->isLoaded()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->isExpired(row))
                continue;
            const core::CibaRequest r = m_model->requestAt(row);
            ++count;
            waiting.insert(r.id);
            if (!m_announced.contains(r.id))
                fresh.append(row);
        }
    }
    // Decided, expired or gone: its notification no longer applies.
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (!waiting.contains(it.key())) {
            m_notifier->close(it.value());
            m_requestOf.remove(it.value());
            it = m_open.erase(it);
        } else {
            ++it;
        }
    }
    if (m_model && m_model->isLoaded()) {
        const bool burst = !m_primed && fresh.size() > MaxSingleNotifications;
        m_primed = true;
        if (burst) {
            DesktopNotification n;
            n.title = tr("%n request(s) waiting for your approval", nullptr, int(fresh.size()));
            n.body = tr("Agents asked to act on your behalf while the console was not running.");
            n.actions = {{u"default"_s, tr("Open")}};
            const quint32 id = m_notifier->notify(n);
            m_requestOf.insert(id, QString());
            for (int row : std::as_const(fresh))
                m_announced.insert(m_model->requestAt(row).id);
        } else {
            for (int row : std::as_const(fresh)) {
                const core::CibaRequest r = m_model->requestAt(row);
                DesktopNotification n;
                n.title = tr("%1 asks for your approval")
                              .arg(r.clientName.isEmpty() ? r.clientId : r.clientName);
                n.body = notificationBody(r);
                n.timeoutMs = 0; // until decided, dismissed or expired
                n.actions = {{u"default"_s, tr("Open")}};
                if (m_notifier->supportsActions())
                    n.actions += {{u"approve"_s, tr("Approve")}, {u"deny"_s, tr("Deny")}};
                const quint32 id = m_notifier->notify(n);
                m_announced.insert(r.id);
                m_open.insert(r.id, id);
                m_requestOf.insert(id, r.id);
            }
        }
    }
    if (count == m_count)
        return;
    m_count = count;
    m_tray->setIcon(badgeIcon(m_baseIcon, count));
    m_tray->setToolTip(toolTip());
    m_countAction->setText(count > 0 ? tr("%n request(s) waiting", nullptr, count)
                                     : tr("No requests waiting"));
    Q_EMIT countChanged(count);
}

void InboxTray::onAction(quint32 notification, const QString &action)
{
    const auto it = m_requestOf.constFind(notification);
    if (it == m_requestOf.constEnd())
        return;
    const QString request = it.value();
    if (action == u"approve"_s && !request.isEmpty())
        Q_EMIT approveRequested(request);
    else if (action == u"deny"_s && !request.isEmpty())
        Q_EMIT denyRequested(request);
    else
        Q_EMIT openRequested(request);
}

} // namespace tid::ui
