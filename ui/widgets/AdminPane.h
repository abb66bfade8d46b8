#pragma once

#include "core/api/ApiError.h"
#include "ui/widgets/MessageWidget.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QAbstractItemView;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QVBoxLayout;

namespace tid::ui {

// What every admin pane (resource servers, scopes, roles, agents, consents) shares: an inline
// message bar at the top (errors keep the user's input below), a tool row with the filter
// field and a busy indicator, an empty-state text over a list, readable error texts (409
// explained), and the keyboard: Ctrl+F filter, Ctrl+N new, Del delete, F5 refresh — taken while
// the focus is inside the pane, before the window's own shortcuts.
class AdminPane : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    explicit AdminPane(QWidget *parent = nullptr);
    ~AdminPane() override;

    MessageWidget *messageWidget() const { return m_message; }
    QLineEdit *filterEdit() const { return m_filter; }
    QProgressBar *busyIndicator() const { return m_busy; }
    bool isBusy() const;

    // One readable paragraph for an API failure (no tokens, no secrets).
    static QString describeError(const core::ApiError &error);
    // Rows one line high with a little air, no row numbers: the lists' common look.
    static void compactRows(QAbstractItemView *view);

public Q_SLOTS:
    // F5: reload everything from the server.
    virtual void refresh() = 0;
    // Ctrl+N
    virtual void newItem() {}
    // Del
    virtual void deleteSelected() {}

Q_SIGNALS:
    void busyChanged(bool busy);

protected:
    QHBoxLayout *toolRow() const { return m_toolRow; }
    QVBoxLayout *body() const { return m_body; }

    // Errors: "context: what happened". Information/positive notes auto-hide.
    void showError(const QString &context, const core::ApiError &error);
    void showErrorText(const QString &text);
    void showNote(const QString &text, MessageWidget::Type type = MessageWidget::Type::Positive);
    void clearMessage();

    // Busy sources are keyed (a model, a write); the indicator shows while any is busy.
    void setBusy(const void *source, bool busy);

    // A centred text over an empty list; `text` is asked again whenever the list changes.
    void attachEmptyState(QAbstractItemView *view, std::function<QString()> text);
    void updateEmptyStates();

    bool event(QEvent *event) override;

private:
    struct EmptyState
    {
        QAbstractItemView *view;
        QLabel *label;
        std::function<QString()> text;
    };
    bool eventFilter(QObject *watched, QEvent *event) override;
    void placeEmptyLabel(const EmptyState &state);

    MessageWidget *m_message;
    QHBoxLayout *m_toolRow;
    QLineEdit *m_filter;
    QProgressBar *m_busy;
    QVBoxLayout *m_body;
    QHash<const void *, bool> m_busySources;
    QList<EmptyState> m_emptyStates;
};

} // namespace tid::ui
