#pragma once

#include "core/api/ApiError.h"
#include "ui/widgets/MessageWidget.h"

#include <QAbstractItemView>
#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>

class QAbstractProxyModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace tid::core {
class PagedTableModel;
}

namespace tid::ui {

// The one frame of every list pane (resource servers, scopes, roles, agents, consents, inbox,
// history): an inline message bar at the top (errors keep the user's input below), a tool row
// with the filter field, the busy indicator and the standard actions (Refresh, New, Delete), the
// list's look and its empty-state text, the form's title, a model's busy/error wiring, readable
// error texts (409 explained), and the keyboard: Ctrl+F filter, Ctrl+N new, Del delete, F5
// refresh — taken while the focus is inside the pane, before the window's own shortcuts; and
// the rows' context menu (Open, Copy id, Copy client id, Show history, Delete).
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
    // What would be lost if the pane's item were left now (edits not saved, a new secret not
    // confirmed), as a sentence for the question; empty: nothing. The window asks before it
    // closes; a pane asks before it shows another item.
    virtual QString unsavedChanges() const { return {}; }
    // Drops what unsavedChanges() named (the user chose to leave).
    virtual void discardUnsavedChanges() {}
    // Asks (asynchronously, MessageBox) whether to leave `what` unsaved; `leave` runs when the
    // answer is yes — at once when there is nothing unsaved.
    void confirmLeaving(std::function<void()> leave);
    // Asks whether to leave `what` unsaved (empty: `leave` at once, no question). While the
    // question is open, further asks are dropped.
    void askToLeave(const QString &what, std::function<void()> leave);
    bool isAskingToLeave() const { return m_askingToLeave; }

    // The context menu of `view`'s row at `index` (built, not shown: right click and the Menu
    // key pop it up; tests trigger its actions). Null when `view` has no row menu.
    QMenu *rowMenu(QAbstractItemView *view, const QModelIndex &index);
    // Rows one line high with a little air, no row numbers, Tab to the next control: the lists'
    // common look and keys.
    static void compactRows(QAbstractItemView *view);

public Q_SLOTS:
    // F5: reload everything from the server.
    virtual void refresh() = 0;
    // The message's Retry after a load failure: refresh() unless the pane can ask again for
    // only what failed.
    virtual void retryFailed() { refresh(); }
    // Ctrl+N
    virtual void newItem() {}
    // Del
    virtual void deleteSelected() {}

Q_SIGNALS:
    void busyChanged(bool busy);
    // Something was created or deleted, or the list reloaded: totals shown elsewhere (the
    // window's status-bar counts) should be read again.
    void contentChanged();

protected:
    QHBoxLayout *toolRow() const { return m_toolRow; }
    // A list given to attachEmptyState() changed size (its viewport): a pane may fit its
    // columns to the room it has.
    virtual void listResized(QAbstractItemView *view) { Q_UNUSED(view); }
    QVBoxLayout *body() const { return m_body; }

    // Errors: "context: what happened", about the cause `context` (a later error about it
    // replaces this one; resolveMessage(context) clears it). Information/positive notes
    // auto-hide.
    void showError(const QString &context, const core::ApiError &error);
    // The condition `cause` is over (a reload worked): its message goes.
    void resolveMessage(const QString &cause);
    // The server's message for each field of an input-validation error (ApiError::fieldErrors)
    // shown at the field: a line of error text under it in its form and the field's accessible
    // description. `fields` maps the request's field names to the form's widgets. Returns how
    // many were placed; the others stay in the pane's message.
    int showFieldErrors(const core::ApiError &error, const QHash<QString, QWidget *> &fields);
    void clearFieldErrors();
    // The error text under `field`, or empty (tests).
    QString fieldError(QWidget *field) const;
    void showErrorText(const QString &text);
    void showNote(const QString &text, MessageWidget::Type type = MessageWidget::Type::Positive);
    void clearMessage();

    // Busy sources are keyed (a model, a write); the indicator shows while any is busy.
    void setBusy(const void *source, bool busy);
    // A model's busy state and load failures shown by this pane ("context: what happened",
    // with Retry); the failure's message goes when the model's next load ends without one and
    // nothing is left stalled (isStalled(), where the model has it). Any model with
    // busyChanged(bool) and errorOccurred(ApiError) signals.
    template<typename Model> void watchModel(Model *model, const QString &context)
    {
        connect(model, &Model::busyChanged, this, [this, model, context](bool b) {
            setBusy(model, b);
            if (b)
                m_failedSources.remove(model);
            else if (!m_failedSources.contains(model) && !stalled(model))
                resolveMessage(context); // a part that failed and was not retried keeps it
        });
        connect(model, &Model::errorOccurred, this,
                [this, model, context](const core::ApiError &e) {
                    m_failedSources.insert(model);
                    showLoadError(context, e);
                });
        if constexpr (requires { &Model::rowsChangedByWrite; })
            connect(model, &Model::rowsChangedByWrite, this, &AdminPane::contentChanged);
        if constexpr (requires { &Model::reloaded; })
            connect(model, &Model::reloaded, this, &AdminPane::contentChanged);
    }
    template<typename Model> static bool stalled(const Model *model)
    {
        if constexpr (requires { model->isStalled(); })
            return model->isStalled();
        return false;
    }
    // A load failure: the message offers Retry (refresh()).
    void showLoadError(const QString &context, const core::ApiError &error);

    // The standard actions at the tool row's right end. Call in this order: addRefreshAction()
    // (a stretch, the busy indicator, Refresh: F5), addNewAction() (New: Ctrl+N, "newButton"),
    // the pane's own buttons, addDeleteAction() (Delete: Del, "deleteButton"). Each calls the
    // matching slot.
    QPushButton *addRefreshAction(const QString &toolTip = {});
    QPushButton *addNewAction(const QString &toolTip, const QString &accessibleName,
                              const QString &text = {});
    QPushButton *addDeleteAction(const QString &toolTip, const QString &accessibleName);

    // The pane's list of items: `model` shown whole rows at a time, sorted by `sortColumn`,
    // the last column stretched, the compact look.
    static void setupList(QTableView *list, QAbstractItemModel *model, int sortColumn,
                          QAbstractItemView::SelectionMode mode,
                          Qt::SortOrder order = Qt::AscendingOrder);
    // An empty-state text for a paged list: loading, `couldNotLoad` after a failed page,
    // `noMatch` when the filter hides every row, `none` when there is nothing yet.
    void attachListEmptyState(QAbstractItemView *view, const core::PagedTableModel *model,
                              const QString &couldNotLoad, const QString &noMatch,
                              const QString &none);
    // Selects and shows the row of `id` in `list` (over `proxy` over `model`); false when it
    // is not loaded or the filter hides it.
    static bool selectRow(QAbstractItemView *list, const QAbstractProxyModel *proxy,
                          const core::PagedTableModel *model, const QString &id);
    // The same for the row at `source` (an index of the proxy's source model).
    static bool selectSourceRow(QAbstractItemView *list, const QAbstractProxyModel *proxy,
                                const QModelIndex &source);
    // The bold title above an item's form ("New role", or the item's name).
    static QLabel *makeFormTitle(QWidget *parent);

    // The rows' context menu on `view`: Open (selects the row and moves to its form), Copy id
    // (IdRole of column 0), Copy client id and Show history (when the pane gives them for the
    // row), Delete (when the pane's Delete button is enabled for the row).
    struct RowMenu
    {
        std::function<QString(const QModelIndex &)> clientId;
        std::function<void(const QModelIndex &)> showHistory;
    };
    void installRowMenu(QAbstractItemView *view, RowMenu menu = {});

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
    QPushButton *addToolButton(const QString &text, const QString &objectName,
                               const QString &toolTip, const QString &accessibleName,
                               void (AdminPane::*slot)());
    void placeEmptyLabel(const EmptyState &state);

    MessageWidget *m_message;
    QHBoxLayout *m_toolRow;
    QLineEdit *m_filter;
    QProgressBar *m_busy;
    QVBoxLayout *m_body;
    QHash<const void *, bool> m_busySources;
    QSet<const void *> m_failedSources; // models whose current load failed
    QHash<QWidget *, QLabel *> m_fieldErrors;
    bool m_askingToLeave = false;
    QAction *m_retryAction;
    QHash<QAbstractItemView *, RowMenu> m_rowMenus;
    QList<EmptyState> m_emptyStates;
};

} // namespace tid::ui
