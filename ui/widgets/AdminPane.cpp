#include "ui/widgets/AdminPane.h"

#include "core/models/PagedTableModel.h"

#include "core/models/ModelRoles.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/StatusColor.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace tid::ui {

AdminPane::AdminPane(QWidget *parent)
    : QWidget(parent)
    , m_message(new MessageWidget(this))
    , m_toolRow(new QHBoxLayout)
    , m_filter(new QLineEdit(this))
    , m_busy(new QProgressBar(this))
    , m_body(new QVBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    m_message->hide();
    // The message floats just under the tool row, over the top of the list and form: the
    // filter, Refresh, New and Delete stay usable and nothing moves when it comes or goes.
    m_message->setOverlay([this](int) { return m_toolRow->geometry().bottom() + 4; });
    m_retryAction = new QAction(tr("Retry"), this);
    m_retryAction->setObjectName(u"retryAction"_s);
    connect(m_retryAction, &QAction::triggered, this, &AdminPane::retryFailed);

    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setMaximumWidth(320);
    m_toolRow->addWidget(m_filter, 1);
    m_toolRow->setSpacing(6);

    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumSize(90, 10);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->setToolTip(tr("Talking to the server…"));
    m_busy->setVisible(false);

    layout->addLayout(m_toolRow);
    layout->addLayout(m_body, 1);
}

AdminPane::~AdminPane() = default;

bool AdminPane::isBusy() const
{
    for (bool b : m_busySources) {
        if (b)
            return true;
    }
    return false;
}

QString AdminPane::describeError(const core::ApiError &e)
{
    using Kind = core::ApiError::Kind;
    QString detail = e.message;
    if (!e.description.isEmpty() && e.description != e.message)
        detail = detail.isEmpty() ? e.description : QString(detail + u" — "_s + e.description);
    switch (e.kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Cannot reach the server (%1). Nothing was changed; your input is kept — try "
                  "again when the server is back.")
            .arg(e.message);
    case Kind::Timeout:
        return tr("The server did not answer in time. Nothing is known to have changed; try "
                  "again.");
    case Kind::Tls:
        return tr("The server's certificate is not trusted: %1").arg(e.message);
    case Kind::Aborted:
        return tr("The request was cancelled.");
    case Kind::Decode:
        return tr("The server sent an answer the console cannot read: %1").arg(e.message);
    case Kind::Auth:
        return tr("Could not sign in again: %1").arg(e.message);
    case Kind::Usage:
        return e.message;
    case Kind::Http:
        break;
    }
    const QString code = e.code.isEmpty() ? QString() : QString(u" ["_s + e.code + u']');
    switch (e.httpStatus) {
    case 400:
        if (!e.fieldErrors.isEmpty()) {
            // The input-validation shape: each field's own message.
            QStringList fields;
            for (auto it = e.fieldErrors.begin(); it != e.fieldErrors.end(); ++it)
                fields << tr("%1: %2").arg(it.key(), it.value());
            return tr("The server refused the input: %1%2 — %3")
                .arg(detail, code, fields.join(u"; "_s));
        }
        return tr("The server refused the input: %1%2").arg(detail, code);
    case 401:
        return tr("The sign-in is no longer valid and could not be renewed%1. Reconnect to "
                  "continue.")
            .arg(code);
    case 403:
        return tr("Not allowed: %1%2. The signed-in client needs the “system” permission, and "
                  "read-only (declarative) items cannot be changed.")
            .arg(detail, code);
    case 404:
        return tr("Not found: %1%2. Someone may have deleted it; press F5 to refresh.")
            .arg(detail, code);
    case 409:
        return tr("Conflict: %1%2. Another item already uses this name, identifier or handle, "
                  "or the item changed on the server. Nothing was saved; change the value "
                  "and try again.")
            .arg(detail, code);
    case 413:
        return tr("The request is too large for the server%1.").arg(code);
    default:
        break;
    }
    return tr("The server answered HTTP %1: %2%3").arg(e.httpStatus).arg(detail, code);
}

void AdminPane::compactRows(QAbstractItemView *view)
{
    // Tab leaves the list for the next control (the arrow keys move inside it); a table that
    // took Tab for its cells would hold a keyboard user for every cell of every row.
    view->setTabKeyNavigation(false);
    if (auto *table = qobject_cast<QTableView *>(view)) {
        table->verticalHeader()->hide();
        table->verticalHeader()->setMinimumSectionSize(table->fontMetrics().height() + 4);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
        table->setShowGrid(false);
        table->setAlternatingRowColors(true);
        table->setWordWrap(false);
        table->horizontalHeader()->setHighlightSections(false);
    }
}

void AdminPane::showError(const QString &context, const core::ApiError &error)
{
    const QString text = describeError(error);
    m_message->clearActions();
    m_message->setAutoHideTimeout(0);
    m_message->showMessage(context.isEmpty() ? text : tr("%1: %2").arg(context, text),
                           MessageWidget::Type::Error, context);
}

namespace {

// The form layout `widget` sits in (directly or in a nested layout of its parent), and its row.
QFormLayout *formRowOf(QWidget *widget, int *row)
{
    QWidget *parent = widget->parentWidget();
    if (!parent)
        return nullptr;
    for (QFormLayout *form : parent->findChildren<QFormLayout *>()) {
        QFormLayout::ItemRole role;
        form->getWidgetPosition(widget, row, &role);
        if (*row >= 0)
            return form;
    }
    return nullptr;
}

} // namespace

int AdminPane::showFieldErrors(const core::ApiError &error, const QHash<QString, QWidget *> &fields)
{
    clearFieldErrors();
    for (auto it = error.fieldErrors.begin(); it != error.fieldErrors.end(); ++it) {
        QWidget *field = fields.value(it.key());
        if (!field || !field->parentWidget())
            continue;
        auto *label = new QLabel(it.value(), field->parentWidget());
        label->setObjectName(u"fieldError"_s);
        label->setWordWrap(true);
        label->setStyleSheet(StatusColor::textStyle(StatusColor::Name::Error, label->palette()));
        label->setAccessibleName(tr("Error: %1").arg(it.value()));
        // Under the field in its form, or else just after it in its box.
        int row = -1;
        if (QFormLayout *form = formRowOf(field, &row))
            form->insertRow(row + 1, QString(), label);
        else if (auto *box = qobject_cast<QBoxLayout *>(field->parentWidget()->layout()))
            box->insertWidget(box->indexOf(field) + 1, label);
        label->show();
        field->setAccessibleDescription(it.value());
        m_fieldErrors.insert(field, label);
    }
    if (!m_fieldErrors.isEmpty())
        m_fieldErrors.constBegin().key()->setFocus(Qt::OtherFocusReason);
    return int(m_fieldErrors.size());
}

void AdminPane::clearFieldErrors()
{
    for (auto it = m_fieldErrors.begin(); it != m_fieldErrors.end(); ++it) {
        QLabel *label = it.value();
        it.key()->setAccessibleDescription(QString());
        int row = -1;
        if (QFormLayout *form = formRowOf(label, &row))
            form->removeRow(row); // the label and its empty buddy
        else
            delete label;
    }
    m_fieldErrors.clear();
}

QString AdminPane::fieldError(QWidget *field) const
{
    const QLabel *label = m_fieldErrors.value(field);
    return label ? label->text() : QString();
}

void AdminPane::showLoadError(const QString &context, const core::ApiError &error)
{
    showError(context, error);
    m_message->addAction(m_retryAction);
}

void AdminPane::resolveMessage(const QString &cause)
{
    if (m_message->cause() == cause && !cause.isEmpty()) {
        m_message->clearActions();
        m_message->resolve(cause);
    }
}

void AdminPane::showErrorText(const QString &text)
{
    m_message->clearActions();
    m_message->setAutoHideTimeout(0);
    m_message->showMessage(text, MessageWidget::Type::Error);
}

void AdminPane::showNote(const QString &text, MessageWidget::Type type)
{
    m_message->clearActions();
    m_message->setAutoHideTimeout(type == MessageWidget::Type::Warning ? 0 : 6000);
    m_message->showMessage(text, type);
}

void AdminPane::clearMessage()
{
    m_message->clearActions();
    m_message->hideMessage();
}

void AdminPane::setBusy(const void *source, bool busy)
{
    const bool before = isBusy();
    m_busySources.insert(source, busy);
    const bool now = isBusy();
    m_busy->setVisible(now);
    if (before != now) {
        Q_EMIT busyChanged(now);
        updateEmptyStates();
    }
}

QPushButton *AdminPane::addRefreshAction(const QString &toolTip)
{
    auto *button = new QPushButton(tr("Refresh"), this);
    button->setObjectName(u"refreshButton"_s);
    button->setToolTip(toolTip.isEmpty() ? tr("Reload from the server (F5)") : toolTip);
    button->setAccessibleName(tr("Refresh"));
    connect(button, &QPushButton::clicked, this, &AdminPane::refresh);
    m_toolRow->addStretch(1);
    m_toolRow->addWidget(m_busy);
    m_toolRow->addWidget(button);
    return button;
}

QPushButton *AdminPane::addNewAction(const QString &toolTip, const QString &accessibleName,
                                     const QString &text)
{
    return addToolButton(text.isEmpty() ? tr("New") : text, u"newButton"_s, toolTip, accessibleName,
                         &AdminPane::newItem);
}

QPushButton *AdminPane::addDeleteAction(const QString &toolTip, const QString &accessibleName)
{
    return addToolButton(tr("Delete"), u"deleteButton"_s, toolTip, accessibleName,
                         &AdminPane::deleteSelected);
}

QPushButton *AdminPane::addToolButton(const QString &text, const QString &objectName,
                                      const QString &toolTip, const QString &accessibleName,
                                      void (AdminPane::*slot)())
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    button->setAccessibleName(accessibleName);
    connect(button, &QPushButton::clicked, this, slot);
    m_toolRow->addWidget(button);
    return button;
}

void AdminPane::confirmLeaving(std::function<void()> leave)
{
    askToLeave(unsavedChanges(), [this, leave = std::move(leave)] {
        discardUnsavedChanges();
        leave();
    });
}

void AdminPane::askToLeave(const QString &what, std::function<void()> leave)
{
    if (what.isEmpty()) {
        leave();
        return;
    }
    if (m_askingToLeave)
        return;
    m_askingToLeave = true;
    MessageBox::confirm(this, tr("Leave without saving?"), what, tr("Leave"), this,
                        [this, leave = std::move(leave)](bool yes) {
                            m_askingToLeave = false;
                            if (yes)
                                leave();
                        });
}

void AdminPane::installRowMenu(QAbstractItemView *view, RowMenu menu)
{
    m_rowMenus.insert(view, std::move(menu));
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        QModelIndex index = view->indexAt(pos);
        QPoint at = pos;
        if (!index.isValid() && view->currentIndex().isValid()) {
            // The Menu key: the current row.
            index = view->currentIndex();
            at = view->visualRect(index).center();
        }
        if (!index.isValid())
            return;
        QMenu *menu = rowMenu(view, index);
        if (!menu)
            return;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(view->viewport()->mapToGlobal(at));
    });
}

QMenu *AdminPane::rowMenu(QAbstractItemView *view, const QModelIndex &at)
{
    if (!m_rowMenus.contains(view) || !at.isValid())
        return nullptr;
    const RowMenu hooks = m_rowMenus.value(view);
    const QPersistentModelIndex index(at.siblingAtColumn(0));
    // The row the menu is about becomes the selection (unless it is part of it already), as
    // in a file manager: Delete then acts on what is highlighted.
    QItemSelectionModel *selection = view->selectionModel();
    if (selection && !selection->isRowSelected(index.row(), index.parent())) {
        selection->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }

    auto *menu = new QMenu(view);
    menu->setObjectName(u"rowMenu"_s);
    QAction *open = menu->addAction(tr("Open"));
    open->setObjectName(u"rowOpen"_s);
    connect(open, &QAction::triggered, view, [view, index] {
        if (!index.isValid())
            return;
        view->setCurrentIndex(index);
        view->scrollTo(index);
        // The form beside the list: the next control in the tab order.
        if (QWidget *next = view->nextInFocusChain())
            next->setFocus(Qt::TabFocusReason);
    });
    const QString id = index.data(core::IdRole).toString();
    if (!id.isEmpty()) {
        QAction *copyId = menu->addAction(tr("Copy id"));
        copyId->setObjectName(u"rowCopyId"_s);
        connect(copyId, &QAction::triggered, view,
                [id] { QApplication::clipboard()->setText(id); });
    }
    const QString clientId = hooks.clientId ? hooks.clientId(index) : QString();
    if (!clientId.isEmpty()) {
        QAction *copyClient = menu->addAction(tr("Copy client id"));
        copyClient->setObjectName(u"rowCopyClientId"_s);
        connect(copyClient, &QAction::triggered, view,
                [clientId] { QApplication::clipboard()->setText(clientId); });
    }
    if (hooks.showHistory && !clientId.isEmpty()) {
        QAction *history = menu->addAction(tr("Show history"));
        history->setObjectName(u"rowShowHistory"_s);
        connect(history, &QAction::triggered, view, [show = hooks.showHistory, index] {
            if (index.isValid())
                show(index);
        });
    }
    if (auto *deleteButton = findChild<QPushButton *>(u"deleteButton"_s)) {
        menu->addSeparator();
        QAction *remove = menu->addAction(deleteButton->text());
        remove->setObjectName(u"rowDelete"_s);
        remove->setShortcut(QKeySequence::Delete);
        remove->setEnabled(deleteButton->isEnabled() && !deleteButton->isHidden());
        connect(remove, &QAction::triggered, this, &AdminPane::deleteSelected);
    }
    return menu;
}

bool AdminPane::selectRow(QAbstractItemView *list, const QAbstractProxyModel *proxy,
                          const core::PagedTableModel *model, const QString &id)
{
    const int row = model->rowOf(id);
    return row >= 0 && selectSourceRow(list, proxy, model->index(row, 0));
}

bool AdminPane::selectSourceRow(QAbstractItemView *list, const QAbstractProxyModel *proxy,
                                const QModelIndex &source)
{
    const QModelIndex idx = proxy->mapFromSource(source);
    if (!idx.isValid())
        return false;
    list->selectionModel()->select(idx,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    list->setCurrentIndex(idx);
    list->scrollTo(idx);
    return true;
}

void AdminPane::setupList(QTableView *list, QAbstractItemModel *model, int sortColumn,
                          QAbstractItemView::SelectionMode mode, Qt::SortOrder order)
{
    list->setModel(model);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setSelectionMode(mode);
    list->setSortingEnabled(true);
    list->sortByColumn(sortColumn, order);
    list->horizontalHeader()->setStretchLastSection(true);
    compactRows(list);
}

void AdminPane::attachListEmptyState(QAbstractItemView *view, const core::PagedTableModel *model,
                                     const QString &couldNotLoad, const QString &noMatch,
                                     const QString &none)
{
    attachEmptyState(view, [model, couldNotLoad, noMatch, none] {
        if (!model->isLoaded())
            return model->isStalled() ? couldNotLoad : tr("Loading…");
        return model->rowCount() > 0 ? noMatch : none;
    });
}

QLabel *AdminPane::makeFormTitle(QWidget *parent)
{
    auto *title = new QLabel(parent);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    title->setFont(f);
    return title;
}

void AdminPane::attachEmptyState(QAbstractItemView *view, std::function<QString()> text)
{
    auto *label = new QLabel(view->viewport());
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    label->setObjectName(u"emptyState"_s);
    m_emptyStates.append({view, label, std::move(text)});
    view->viewport()->installEventFilter(this);
    auto update = [this] { updateEmptyStates(); };
    if (QAbstractItemModel *m = view->model()) {
        connect(m, &QAbstractItemModel::rowsInserted, this, update);
        connect(m, &QAbstractItemModel::rowsRemoved, this, update);
        connect(m, &QAbstractItemModel::modelReset, this, update);
        connect(m, &QAbstractItemModel::layoutChanged, this, update);
    }
    updateEmptyStates();
}

void AdminPane::updateEmptyStates()
{
    for (const EmptyState &s : std::as_const(m_emptyStates)) {
        const bool empty = !s.view->model() || s.view->model()->rowCount() == 0;
        const QString text = empty ? s.text() : QString();
        s.label->setText(text);
        s.label->setVisible(empty && !text.isEmpty());
        s.label->setAccessibleName(text);
        placeEmptyLabel(s);
    }
}

void AdminPane::placeEmptyLabel(const EmptyState &s)
{
    const QRect r = s.view->viewport()->rect().adjusted(16, 16, -16, -16);
    s.label->setGeometry(r);
}

bool AdminPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        for (const EmptyState &s : std::as_const(m_emptyStates)) {
            if (s.view->viewport() == watched) {
                placeEmptyLabel(s);
                listResized(s.view);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool AdminPane::event(QEvent *event)
{
    // Key events propagate from the focus widget up to the pane; accepting the override here
    // keeps the window's F5 (and any other window shortcut) from taking these keys while the
    // focus is inside this pane. A line edit takes Delete itself, before it gets here.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeyCombination combo = key->keyCombination();
        const bool f5 = combo == QKeyCombination(Qt::Key_F5);
        const bool find = combo == QKeyCombination(Qt::ControlModifier, Qt::Key_F);
        const bool create = combo == QKeyCombination(Qt::ControlModifier, Qt::Key_N);
        const bool del = combo == QKeyCombination(Qt::Key_Delete);
        if (f5 || find || create || del) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (f5)
                    refresh();
                else if (find) {
                    m_filter->setFocus(Qt::ShortcutFocusReason);
                    m_filter->selectAll();
                } else if (create)
                    newItem();
                else
                    deleteSelected();
            }
            return true;
        }
    }
    return QWidget::event(event);
}

} // namespace tid::ui
