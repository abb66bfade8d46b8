#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QHBoxLayout;
class QLabel;
class QTimer;
class QToolButton;

namespace tid::ui {

// An inline message bar for the top of a pane (after KeePassXC's MessageWidget): error,
// warning, information or positive; closable; optional action buttons (e.g. Retry). Errors are
// shown here, not in modal boxes, so the user's input below stays put.
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

    void setCloseButtonVisible(bool visible);
    // Buttons shown after the text; the widget does not own the actions.
    void addAction(QAction *action);
    void clearActions();
    // Hide automatically after ms (0: stay). Errors never hide on their own.
    void setAutoHideTimeout(int ms) { m_autoHideMs = ms; }

public Q_SLOTS:
    void showMessage(const QString &text, tid::ui::MessageWidget::Type type);
    void hideMessage();

Q_SIGNALS:
    void closed();
    void linkActivated(const QString &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();

    Type m_type = Type::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QToolButton *m_close;
    QTimer *m_autoHide;
    QList<QToolButton *> m_actionButtons;
    int m_autoHideMs = 0;
};

} // namespace tid::ui
