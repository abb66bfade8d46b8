#include "ui/widgets/ElidedLabel.h"

#include <QEvent>
#include <QResizeEvent>

namespace tid::ui {

ElidedLabel::ElidedLabel(Qt::TextElideMode mode, QWidget *parent)
    : QLabel(parent)
    , m_mode(mode)
{
    setWordWrap(false);
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    updateGeometry();
    updateShown();
}

void ElidedLabel::setDetail(const QString &detail)
{
    m_detail = detail;
    updateShown();
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    const QFontMetrics fm = fontMetrics();
    return {fm.horizontalAdvance(m_text) + m.left() + m.right() + 2 * margin() + 1,
            QLabel::sizeHint().height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few characters and the ellipsis, or the whole text when it is shorter.
    const QMargins m = contentsMargins();
    const QFontMetrics fm = fontMetrics();
    const int few = fm.horizontalAdvance(QStringLiteral("MMMMM…"));
    return {qMin(sizeHint().width(), few + m.left() + m.right() + 2 * margin()),
            QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateShown();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateGeometry();
        updateShown();
    }
}

void ElidedLabel::updateShown()
{
    const int room = contentsRect().width() - 2 * margin();
    const QString shown = fontMetrics().horizontalAdvance(m_text) <= room
                              ? m_text
                              : fontMetrics().elidedText(m_text, m_mode, room);
    if (shown != QLabel::text())
        QLabel::setText(shown);
    // The whole text where the label shows less: on hover and for screen readers.
    const QString full = shown == m_text ? QString() : m_text;
    const QString tip = m_detail.isEmpty() ? full
                        : full.isEmpty()   ? m_detail
                                           : full + QLatin1Char('\n') + m_detail;
    if (toolTip() != tip)
        setToolTip(tip);
    if (accessibleDescription() != full)
        setAccessibleDescription(full);
}

} // namespace tid::ui
