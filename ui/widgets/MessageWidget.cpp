#include "ui/widgets/MessageWidget.h"

#include "ui/widgets/StatusColor.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace tid::ui {

namespace {

QColor tint(MessageWidget::Type type, const QPalette &palette)
{
    switch (type) {
    case MessageWidget::Type::Error:
        return StatusColor::color(StatusColor::Name::Error, palette);
    case MessageWidget::Type::Warning:
        return StatusColor::color(StatusColor::Name::Warning, palette);
    case MessageWidget::Type::Information:
        return StatusColor::color(StatusColor::Name::Information, palette);
    case MessageWidget::Type::Positive:
        return StatusColor::color(StatusColor::Name::Positive, palette);
    }
    return {};
}

QStyle::StandardPixmap iconFor(MessageWidget::Type type)
{
    switch (type) {
    case MessageWidget::Type::Error:
        return QStyle::SP_MessageBoxCritical;
    case MessageWidget::Type::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageWidget::Type::Information:
        return QStyle::SP_MessageBoxInformation;
    case MessageWidget::Type::Positive:
        return QStyle::SP_DialogApplyButton;
    }
    return QStyle::SP_MessageBoxInformation;
}

QString typeName(MessageWidget::Type type)
{
    switch (type) {
    case MessageWidget::Type::Error:
        return MessageWidget::tr("Error");
    case MessageWidget::Type::Warning:
        return MessageWidget::tr("Warning");
    case MessageWidget::Type::Information:
        return MessageWidget::tr("Information");
    case MessageWidget::Type::Positive:
        return MessageWidget::tr("Success");
    }
    return {};
}

} // namespace

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton(this))
    , m_autoHide(new QTimer(this))
{
    setObjectName(u"messageWidget"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    m_icon->setFixedSize(20, 20);
    m_text->setObjectName(u"messageText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(m_text, &QLabel::linkActivated, this, &MessageWidget::linkActivated);
    m_close->setObjectName(u"messageClose"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close message"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &MessageWidget::hideMessage);
    m_autoHide->setSingleShot(true);
    connect(m_autoHide, &QTimer::timeout, this, &MessageWidget::hideMessage);

    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    applyStyle();
    hide();
}

QString MessageWidget::text() const
{
    return m_text->text();
}

void MessageWidget::setCloseButtonVisible(bool visible)
{
    m_close->setVisible(visible);
}

void MessageWidget::addAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_buttons->addWidget(button);
    button->show(); // not only on the next event loop pass, as QLayout would
    m_actionButtons.append(button);
}

void MessageWidget::clearActions()
{
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
}

void MessageWidget::setOverlay(std::function<int(int)> top, int margin)
{
    m_overlayTop = std::move(top);
    m_overlayMargin = margin;
    if (QWidget *host = parentWidget())
        host->installEventFilter(this);
    installEventFilter(this); // its own layout changes (an action button added) re-place it
    place();
}

void MessageWidget::place()
{
    QWidget *host = parentWidget();
    if (!m_overlayTop || !host)
        return;
    const int width = qMax(0, host->width() - 2 * m_overlayMargin);
    const int height = hasHeightForWidth() ? qMax(heightForWidth(width), minimumSizeHint().height())
                                           : sizeHint().height();
    setGeometry(m_overlayMargin, m_overlayTop(height), width, height);
    raise();
}

bool MessageWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (m_overlayTop && !isHidden() &&
        ((watched == parentWidget() &&
          (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest ||
           event->type() == QEvent::Show)) ||
         (watched == this && event->type() == QEvent::LayoutRequest)))
        place();
    return QFrame::eventFilter(watched, event);
}

void MessageWidget::showMessage(const QString &text, Type type)
{
    showMessage(text, type, QString());
}

void MessageWidget::resolve(const QString &cause)
{
    if (!isHidden() && m_cause == cause)
        hideMessage();
}

void MessageWidget::showMessage(const QString &text, Type type, const QString &cause)
{
    m_cause = cause;
    m_type = type;
    m_text->setText(text);
    setAccessibleName(typeName(type));
    setAccessibleDescription(text);
    applyStyle();
    show();
    place();
    if (m_autoHideMs > 0 && type != Type::Error)
        m_autoHide->start(m_autoHideMs);
    else
        m_autoHide->stop();
}

void MessageWidget::hideMessage()
{
    m_autoHide->stop();
    m_cause.clear();
    if (!isHidden()) {
        hide();
        Q_EMIT closed();
    }
}

void MessageWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        // setPalette below triggers PaletteChange too: only restyle for outside changes.
        static bool inside = false;
        if (!inside) {
            inside = true;
            applyStyle();
            inside = false;
        }
    }
}

void MessageWidget::applyStyle()
{
    // A light wash of the type's colour over the window colour, readable in light and dark
    // palettes alike, with a border in the full colour.
    const QColor base = QApplication::palette().color(QPalette::Window);
    const QColor c = tint(m_type, palette());
    const QColor bg =
        QColor::fromRgbF(base.redF() * 0.8 + c.redF() * 0.2, base.greenF() * 0.8 + c.greenF() * 0.2,
                         base.blueF() * 0.8 + c.blueF() * 0.2);
    setStyleSheet(u"QFrame#messageWidget { background-color: %1; border: 1px solid %2; "
                  "border-radius: 4px; }"_s.arg(bg.name(), c.name()));
    m_icon->setPixmap(style()->standardIcon(iconFor(m_type)).pixmap(20, 20));
}

} // namespace tid::ui
