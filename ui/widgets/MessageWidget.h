#pragma once

#include <QFrame>
#include <QList>

#include <functional>

class QAction;
class QHBoxLayout;
class QLabel;
class QTimer;
class QToolButton;

namespace tid::ui {

// An inline message bar for the top of a pane (after KeePassXC's MessageWidget): error,
// warning, information or positive; closable; optional action buttons (e.g. Retry). Errors are
// shown here, not in modal boxes, so the user's input below stays put.
//
// One message at a time, about one cause: a new message replaces the one shown (same cause or
// not), and resolve(cause) takes it away when its condition is over (a reload that works
// clears its "could not load"). As an overlay (setOverlay) it floats over its parent instead
// of taking room in a layout, so that showing or hiding it never moves the controls under the
// pointer.
class MessageWidget final : public QFrame
{
    Q_OBJECT

public:
    enum class Type
    {
        Error,
        Warning,
        Information,
        Positive
    };
    Q_ENUM(Type)

    explicit MessageWidget(QWidget *parent = nullptr);

    Type type() const { return m_type; }
    QString text() const;
    // What the shown message is about (empty: nothing in particular).
    QString cause() const { return m_cause; }

    // Floats over the parent widget at the y position `top(height)` gives (asked whenever the
    // parent or the message changes size), as wide as the parent less `margin` on each side.
    void setOverlay(std::function<int(int height)> top, int margin = 8);
    bool isOverlay() const { return bool(m_overlayTop); }

    void setCloseButtonVisible(bool visible);
    // Buttons shown after the text; the widget does not own the actions.
    void addAction(QAction *action);
    void clearActions();
    // Hide automatically after ms (0: stay). Errors never hide on their own.
    void setAutoHideTimeout(int ms) { m_autoHideMs = ms; }

public Q_SLOTS:
    void showMessage(const QString &text, tid::ui::MessageWidget::Type type);
    // A message about `cause`; resolve(cause) hides it.
    void showMessage(const QString &text, tid::ui::MessageWidget::Type type, const QString &cause);
    void hideMessage();
    // The condition `cause` named is over: hides the message if it is the one about it.
    void resolve(const QString &cause);

Q_SIGNALS:
    void closed();
    void linkActivated(const QString &link);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyStyle();
    void place();

    Type m_type = Type::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QToolButton *m_close;
    QTimer *m_autoHide;
    QList<QToolButton *> m_actionButtons;
    int m_autoHideMs = 0;
    QString m_cause;
    std::function<int(int)> m_overlayTop;
    int m_overlayMargin = 8;
};

} // namespace tid::ui
