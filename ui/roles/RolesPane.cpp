#include "ui/roles/RolesPane.h"

#include "core/api/AdminApi.h"
#include "core/api/ServerApis.h"
#include "core/domain/FormRules.h"
#include "core/models/DefaultOrganizationUnit.h"
#include "core/models/EntityPickerModel.h"
#include "core/models/PermissionMatrixModel.h"
#include "core/models/RoleAssignmentsModel.h"
#include "core/models/RolesModel.h"
#include "core/models/ScopesModel.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/StatusColor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using tid::core::EntityRef;
using tid::core::Role;
using tid::core::RolesModel;

namespace tid::ui {

namespace {

QString typeLabel(EntityRef::Type t)
{
    return core::RoleAssignmentsModel::typeLabel(t);
}

} // namespace

RolesPane::RolesPane(const core::ServerApis *apis, QWidget *parent)
    : AdminPane(parent)
    , m_api(apis ? &apis->admin() : nullptr)
    , m_model(new RolesModel(m_api, this))
    , m_proxy(new core::RoleFilterProxy(this))
    , m_scopes(new core::ScopesModel(m_api, this))
    , m_matrix(new core::PermissionMatrixModel(this))
    , m_matrixProxy(new core::PermissionMatrixFilterProxy(this))
    , m_assignments(new core::RoleAssignmentsModel(m_api, this))
    , m_assignmentsProxy(new core::AssignmentFilterProxy(this))
    , m_picker(new core::EntityPickerModel(m_api, this))
    , m_pickerProxy(new core::EntityPickerFilterProxy(this))
    , m_ou(new core::DefaultOrganizationUnit(m_api, this))
{
    setObjectName(u"rolesPane"_s);
    setAccessibleName(tr("Roles"));
    m_proxy->setSourceModel(m_model);
    m_matrixProxy->setSourceModel(m_matrix);
    m_assignmentsProxy->setSourceModel(m_assignments);
    m_pickerProxy->setSourceModel(m_picker);
    m_picker->setEntityType(EntityRef::Type::Agent);
    buildUi();

    watchModel(m_model, tr("Loading roles"));
    connect(m_model, &core::PagedTableModel::busyChanged, this, [this](bool b) {
        if (!b)
            tryFillMatrix();
    });
    connect(m_model, &RolesModel::detailLoaded, this, [this](int row) {
        if (m_matrixReady)
            m_matrix->updateRole(m_model->roleAt(row));
        if (m_model->roleAt(row).id == m_current.id && m_name->text() == m_current.name)
            m_current = m_model->roleAt(row);
    });
    connect(m_model, &RolesModel::entitiesDropped, this, &RolesPane::addAssignments);
    connect(m_scopes, &core::ScopesModel::busyChanged, this,
            [this](bool b) { setBusy(m_scopes, b); });
    connect(m_scopes, &core::ScopesModel::fullyLoaded, this, [this] {
        m_scopesLoaded = true;
        tryFillMatrix();
    });
    connect(m_scopes, &core::ScopesModel::errorOccurred, this,
            [this](const core::ApiError &e) { showError(tr("Loading scopes"), e); });
    connect(m_matrix, &core::PermissionMatrixModel::dirtyChanged, this,
            &RolesPane::updateMatrixButtons);
    connect(m_assignments, &core::PagedTableModel::busyChanged, this, [this](bool b) {
        setBusy(m_assignments, b);
        updateExcluded();
    });
    connect(m_assignments, &core::PagedTableModel::errorOccurred, this,
            [this](const core::ApiError &e) { showError(tr("Loading assignments"), e); });
    watchModel(m_picker, tr("Searching"));
    refresh();
}

RolesPane::~RolesPane() = default;

void RolesPane::buildUi()
{
    connect(filterEdit(), &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setText(t);
        updateEmptyStates();
    });
    addRefreshAction();
    m_newButton = addNewAction(tr("New role (Ctrl+N)"), tr("New role"));
    m_deleteButton = addDeleteAction(tr("Delete the selected role (Del)"), tr("Delete role"));
    m_deleteButton->setEnabled(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_list = new QTableView(splitter);
    m_list->setObjectName(u"roleList"_s);
    m_list->setAccessibleName(tr("Roles (drop users, groups, applications or agents on a role "
                                 "to assign it)"));
    setupList(m_list, m_proxy, RolesModel::NameColumn, QAbstractItemView::SingleSelection);
    installRowMenu(m_list);
    m_list->setColumnHidden(RolesModel::DescriptionColumn, true);
    m_list->setColumnHidden(RolesModel::OrganizationUnitColumn, true);
    // The name takes what the permission count leaves: no sideways scrolling in a narrow list.
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(RolesModel::NameColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(RolesModel::PermissionsColumn,
                                                     QHeaderView::ResizeToContents);
    m_list->setAcceptDrops(true);
    m_list->setDragDropMode(QAbstractItemView::DropOnly);
    m_list->setDropIndicatorShown(true);
    m_list->setDefaultDropAction(Qt::CopyAction);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RolesPane::onSelectionChanged);
    attachListEmptyState(m_list, m_model, tr("Could not load the roles."),
                         tr("No role matches the filter."),
                         tr("No roles yet. Press Ctrl+N to create one."));

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(u"roleTabs"_s);
    m_tabs->setAccessibleName(tr("Role details"));
    m_tabs->addTab(buildRoleTab(), tr("&Role"));
    m_tabs->addTab(buildPermissionsTab(), tr("&Permissions"));
    m_tabs->addTab(buildAssignmentsTab(), tr("&Assignments"));

    splitter->addWidget(m_list);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({320, 960});
    body()->addWidget(splitter, 1);
}

QWidget *RolesPane::buildRoleTab()
{
    m_roleForm = new QWidget(this);
    auto *form = new QFormLayout(m_roleForm);
    m_roleTitle = makeFormTitle(m_roleForm);
    form->addRow(m_roleTitle);
    m_name = new QLineEdit(m_roleForm);
    m_name->setObjectName(u"roleNameEdit"_s);
    m_name->setAccessibleName(tr("Role name"));
    m_name->setPlaceholderText(tr("invoice-approver"));
    m_name->setToolTip(core::FormRules::roleNameRule());
    m_name->setMaxLength(64);
    form->addRow(tr("&Name"), m_name);
    m_description = new QPlainTextEdit(m_roleForm);
    m_description->setObjectName(u"roleDescriptionEdit"_s);
    m_description->setAccessibleName(tr("Role description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    form->addRow(tr("&Description"), m_description);
    m_roleHint = new QLabel(m_roleForm);
    m_roleHint->setObjectName(u"roleHint"_s);
    m_roleHint->setWordWrap(true);
    m_roleHint->setStyleSheet(
        StatusColor::textStyle(StatusColor::Name::Error, m_roleHint->palette()));
    m_roleHint->hide();
    form->addRow(m_roleHint);
    m_saveRole = new QPushButton(tr("Save"), m_roleForm);
    m_saveRole->setObjectName(u"saveRoleButton"_s);
    m_saveRole->setAccessibleName(tr("Save role"));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_saveRole);
    form->addRow(row);
    auto *note = new QLabel(tr("Permissions are granted in the Permissions tab; people, groups, "
                               "applications and agents in the Assignments tab."),
                            m_roleForm);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    connect(m_saveRole, &QPushButton::clicked, this, &RolesPane::saveRole);
    connect(m_name, &QLineEdit::returnPressed, this, &RolesPane::saveRole);
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_roleForm);
    pageLayout->addStretch(1);
    m_rolePage = page;
    return page;
}

QWidget *RolesPane::buildPermissionsTab()
{
    m_matrixForm = new QWidget(this);
    auto *layout = new QVBoxLayout(m_matrixForm);
    auto *top = new QHBoxLayout;
    m_matrixFilter = new QLineEdit(m_matrixForm);
    m_matrixFilter->setObjectName(u"matrixFilter"_s);
    m_matrixFilter->setPlaceholderText(tr("Filter permissions"));
    m_matrixFilter->setAccessibleName(tr("Filter permissions"));
    m_matrixFilter->setClearButtonEnabled(true);
    connect(m_matrixFilter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_matrixProxy->setText(t);
        m_matrixView->expandAll();
    });
    m_onlyGranted = new QCheckBox(tr("Only what the selected role grants"), m_matrixForm);
    m_onlyGranted->setObjectName(u"onlyGranted"_s);
    m_onlyGranted->setAccessibleName(tr("Show only the selected role's permissions"));
    connect(m_onlyGranted, &QCheckBox::toggled, this, [this](bool on) {
        m_matrixProxy->setGrantedToRole(on ? m_current.id : QString());
        m_matrixView->expandAll();
    });
    top->addWidget(m_matrixFilter, 1);
    top->addWidget(m_onlyGranted);
    layout->addLayout(top);
    m_matrixView = new QTreeView(m_matrixForm);
    m_matrixView->setObjectName(u"permissionMatrix"_s);
    m_matrixView->setAccessibleName(tr("Permission matrix: scopes by roles"));
    m_matrixView->setModel(m_matrixProxy);
    m_matrixView->setUniformRowHeights(true);
    m_matrixView->setAlternatingRowColors(true);
    m_matrixView->header()->setDefaultSectionSize(105);
    m_matrixView->header()->setMinimumSectionSize(60);
    m_matrixView->header()->setStretchLastSection(false);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    connect(m_matrixProxy, &QAbstractItemModel::modelReset, m_matrixView, [this] {
        m_matrixView->expandAll();
        m_matrixView->setColumnWidth(0, 260);
    });
    layout->addWidget(m_matrixView, 1);
    attachEmptyState(m_matrixView, [this] {
        if (!m_matrixReady)
            return tr("Loading scopes and roles…");
        if (m_matrix->rowCount() == 0)
            return tr("No scopes yet: define resources and actions in Resource servers.");
        return tr("No permission matches the filter.");
    });
    auto *buttons = new QHBoxLayout;
    auto *legend = new QLabel(tr("Tick a box to let a role grant a scope; a server's row ticks "
                                 "all of its scopes. Changes are saved together."),
                              m_matrixForm);
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);
    m_revertPermissions = new QPushButton(tr("Revert"), m_matrixForm);
    m_revertPermissions->setObjectName(u"revertPermissionsButton"_s);
    m_revertPermissions->setAccessibleName(tr("Revert permission changes"));
    m_savePermissions = new QPushButton(tr("Save changes"), m_matrixForm);
    m_savePermissions->setObjectName(u"savePermissionsButton"_s);
    m_savePermissions->setAccessibleName(tr("Save permission changes"));
    buttons->addWidget(legend, 1);
    buttons->addWidget(m_revertPermissions);
    buttons->addWidget(m_savePermissions);
    layout->addLayout(buttons);
    connect(m_savePermissions, &QPushButton::clicked, this, &RolesPane::savePermissions);
    connect(m_revertPermissions, &QPushButton::clicked, this, &RolesPane::revertPermissions);
    updateMatrixButtons();
    return m_matrixForm;
}

QWidget *RolesPane::buildAssignmentsTab()
{
    m_assignForm = new QWidget(this);
    auto *layout = new QVBoxLayout(m_assignForm);
    auto *assignedBox = new QGroupBox(tr("Assigned"), m_assignForm);
    auto *assignedLayout = new QVBoxLayout(assignedBox);
    auto *assignedTop = new QHBoxLayout;
    m_assignedType = new QComboBox(assignedBox);
    m_assignedType->setObjectName(u"assignedTypeFilter"_s);
    m_assignedType->setAccessibleName(tr("Show assignments of type"));
    m_assignedType->addItem(tr("Everyone"), int(EntityRef::Type::Unknown));
    for (auto t : {EntityRef::Type::User, EntityRef::Type::Group, EntityRef::Type::App,
                   EntityRef::Type::Agent})
        m_assignedType->addItem(typeLabel(t), int(t));

    connect(m_assignedType, &QComboBox::currentIndexChanged, this, [this] {
        m_assignmentsProxy->setEntityType(EntityRef::Type(m_assignedType->currentData().toInt()));
        updateEmptyStates();
    });
    m_removeAssignments = new QPushButton(tr("Remove"), assignedBox);
    m_removeAssignments->setObjectName(u"removeAssignmentsButton"_s);
    m_removeAssignments->setAccessibleName(tr("Remove the selected assignments"));
    m_removeAssignments->setEnabled(false);
    connect(m_removeAssignments, &QPushButton::clicked, this,
            &RolesPane::removeSelectedAssignments);
    assignedTop->addWidget(m_assignedType);
    assignedTop->addStretch(1);
    assignedTop->addWidget(m_removeAssignments);
    assignedLayout->addLayout(assignedTop);
    m_assignmentsView = new QTableView(assignedBox);
    m_assignmentsView->setObjectName(u"assignmentsView"_s);
    m_assignmentsView->setAccessibleName(tr("Assignments of the role"));
    m_assignmentsView->setModel(m_assignmentsProxy);
    m_assignmentsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_assignmentsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_assignmentsView->setSortingEnabled(true);
    m_assignmentsView->sortByColumn(core::RoleAssignmentsModel::NameColumn, Qt::AscendingOrder);
    m_assignmentsView->verticalHeader()->hide();
    m_assignmentsView->horizontalHeader()->setStretchLastSection(true);
    m_assignmentsView->setColumnWidth(core::RoleAssignmentsModel::NameColumn, 220);
    compactRows(m_assignmentsView);
    connect(
        m_assignmentsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            m_removeAssignments->setEnabled(
                m_writes == 0 && !m_assignmentsView->selectionModel()->selectedRows().isEmpty());
        });
    assignedLayout->addWidget(m_assignmentsView);
    attachEmptyState(m_assignmentsView, [this] {
        if (m_current.id.isEmpty())
            return tr("Select a role.");
        if (!m_assignments->isLoaded())
            return tr("Loading…");
        return m_assignments->rowCount() > 0
                   ? tr("Nobody of this type holds the role.")
                   : tr("Nobody holds this role yet. Add someone below, or drag them from the "
                        "list below onto a role.");
    });

    auto *pickBox = new QGroupBox(tr("Add"), m_assignForm);
    auto *pickLayout = new QVBoxLayout(pickBox);
    auto *pickTop = new QHBoxLayout;
    m_pickerType = new QComboBox(pickBox);
    m_pickerType->setObjectName(u"pickerType"_s);
    m_pickerType->setAccessibleName(tr("Kind to add"));
    for (auto t : {EntityRef::Type::Agent, EntityRef::Type::User, EntityRef::Type::Group,
                   EntityRef::Type::App})
        m_pickerType->addItem(typeLabel(t), int(t));
    connect(m_pickerType, &QComboBox::currentIndexChanged, this,
            [this] { setPickerType(EntityRef::Type(m_pickerType->currentData().toInt())); });
    m_pickerSearch = new QLineEdit(pickBox);
    m_pickerSearch->setObjectName(u"pickerSearch"_s);
    m_pickerSearch->setPlaceholderText(tr("Search by name"));
    m_pickerSearch->setAccessibleName(tr("Search for someone to assign"));
    m_pickerSearch->setClearButtonEnabled(true);
    connect(m_pickerSearch, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (!t.trimmed().isEmpty())
            m_picker->fetchAll(); // search every page, not only the loaded ones
        m_pickerProxy->setText(t);
    });
    m_addPicked = new QPushButton(tr("Add to role"), pickBox);
    m_addPicked->setObjectName(u"addPickedButton"_s);
    m_addPicked->setAccessibleName(tr("Add the selected to the role"));
    connect(m_addPicked, &QPushButton::clicked, this, &RolesPane::addPickedEntities);
    pickTop->addWidget(m_pickerType);
    pickTop->addWidget(m_pickerSearch, 1);
    pickTop->addWidget(m_addPicked);
    pickLayout->addLayout(pickTop);
    m_pickerView = new QTableView(pickBox);
    m_pickerView->setObjectName(u"pickerView"_s);
    m_pickerView->setAccessibleName(tr("Search results (drag onto a role to assign it)"));
    m_pickerView->setModel(m_pickerProxy);
    m_pickerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pickerView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_pickerView->setDragEnabled(true);
    m_pickerView->setDragDropMode(QAbstractItemView::DragOnly);
    m_pickerView->setSortingEnabled(true);
    m_pickerView->sortByColumn(0, Qt::AscendingOrder);
    m_pickerView->verticalHeader()->hide();
    m_pickerView->horizontalHeader()->setStretchLastSection(true);
    m_pickerView->setColumnWidth(0, 220);
    compactRows(m_pickerView);
    connect(m_pickerView, &QAbstractItemView::doubleClicked, this, &RolesPane::addPickedEntities);
    pickLayout->addWidget(m_pickerView);
    attachEmptyState(m_pickerView,
                     [this] { return m_picker->isBusy() ? tr("Loading…") : tr("Nothing found."); });

    layout->addWidget(assignedBox, 1);
    layout->addWidget(pickBox, 1);
    return m_assignForm;
}

void RolesPane::refresh()
{
    clearMessage();
    m_matrixReady = false;
    m_scopesLoaded = false;
    const QString keep = m_current.id;
    m_model->reload();
    if (m_api) {
        m_model->fetchAll();
        connect(
            m_model, &core::PagedTableModel::reloaded, this,
            [this, keep] {
                m_model->fetchAll();
                if (!keep.isEmpty())
                    selectRole(keep);
            },
            Qt::SingleShotConnection);
        m_scopes->reload();
        m_scopes->fetchAll();
        m_picker->reload();
    }
    if (!keep.isEmpty())
        m_assignments->reload();
    updateEmptyStates();
}

void RolesPane::tryFillMatrix()
{
    if (!m_scopesLoaded || !m_model->isLoaded() || m_model->canFetchMore({}) ||
        m_model->isFetching())
        return;
    if (!m_matrixReady) {
        m_matrix->setScopes(m_scopes->loadedScopes());
        m_matrix->setRoles({});
        m_matrixReady = true;
    }
    // Roles enter the matrix once their detail (permissions) arrived.
    m_model->requestAllDetails();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->hasDetail(row) && m_matrix->columnOfRole(m_model->roleAt(row).id) < 0)
            m_matrix->updateRole(m_model->roleAt(row));
    }
    m_matrixView->expandAll();
    m_matrixView->setColumnWidth(0, 260);
    updateEmptyStates();
    updateMatrixButtons();
}

void RolesPane::updateMatrixButtons()
{
    const bool dirty = m_matrix->isDirty();
    m_savePermissions->setEnabled(dirty && m_writes == 0);
    m_revertPermissions->setEnabled(dirty && m_writes == 0);
    const int i = m_tabs ? m_tabs->indexOf(m_matrixForm) : -1;
    if (i >= 0)
        m_tabs->setTabText(i, dirty ? tr("&Permissions •") : tr("&Permissions"));
}

void RolesPane::setWriting(QWidget *form, bool writing)
{
    m_writes += writing ? 1 : -1;
    form->setEnabled(!writing);
    m_newButton->setEnabled(m_writes == 0);
    m_deleteButton->setEnabled(m_writes == 0 && !m_current.id.isEmpty());
    setBusy(form, writing);
    updateMatrixButtons();
}

bool RolesPane::selectRole(const QString &id)
{
    return selectRow(m_list, m_proxy, m_model, id);
}

QString RolesPane::formChanges() const
{
    if (m_current.isReadOnly || m_writes > 0)
        return {};
    const bool edited = m_name->text().trimmed() != m_current.name ||
                        m_description->toPlainText().trimmed() != m_current.description;
    if (!edited)
        return {};
    return m_current.id.isEmpty()
               ? tr("The new role is not created yet.")
               : tr("Your changes to the role %1 are not saved.").arg(m_current.name);
}

QString RolesPane::unsavedChanges() const
{
    QStringList what;
    if (const QString form = formChanges(); !form.isEmpty())
        what << form;
    if (m_matrixReady && m_matrix->isDirty())
        what << tr("The permission changes are not saved.");
    return what.join(u' ');
}

void RolesPane::onSelectionChanged()
{
    if (m_restoringSelection)
        return;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    m_deleteButton->setEnabled(!rows.isEmpty() && m_writes == 0);
    if (rows.isEmpty())
        return;
    const Role role = m_model->roleAt(m_proxy->mapToSource(rows.first()).row());
    if (role.id == m_current.id)
        return;
    if (const QString what = formChanges(); !what.isEmpty() || isAskingToLeave()) {
        // Back to the role being edited until the user says (the permission matrix keeps its
        // changes across roles: they are saved together).
        const QString target = role.id;
        m_restoringSelection = true;
        if (m_current.id.isEmpty() || !selectRole(m_current.id))
            m_list->clearSelection();
        m_restoringSelection = false;
        askToLeave(what, [this, target] {
            showRole(m_current); // the form back to the role as it is
            selectRole(target);
            if (const QModelIndexList now = m_list->selectionModel()->selectedRows();
                !now.isEmpty()) {
                const Role chosen = m_model->roleAt(m_proxy->mapToSource(now.first()).row());
                if (chosen.id != m_current.id)
                    showRole(chosen);
            }
        });
        return;
    }
    showRole(role);
}

void RolesPane::showRole(const Role &role)
{
    m_current = role;
    const bool isNew = role.id.isEmpty();
    m_roleTitle->setText(isNew ? tr("New role") : role.name);
    m_name->setText(role.name);
    m_description->setPlainText(role.description);
    m_roleHint->hide();
    m_saveRole->setText(isNew ? tr("Create") : tr("Save"));
    m_name->setEnabled(!role.isReadOnly);
    m_description->setEnabled(!role.isReadOnly);
    m_saveRole->setEnabled(!role.isReadOnly);
    m_assignments->setRoleId(role.id);
    m_assignForm->setEnabled(!isNew);
    if (m_onlyGranted->isChecked())
        m_matrixProxy->setGrantedToRole(role.id);
    // The selected role's column moves next to the permission names.
    const int column = m_matrix->columnOfRole(role.id);
    if (column > 0) {
        QHeaderView *header = m_matrixView->header();
        header->moveSection(header->visualIndex(column), 1);
        m_matrixView->horizontalScrollBar()->setValue(0);
    }
    updateExcluded();
    updateEmptyStates();
}

void RolesPane::newItem()
{
    if (const QString what = formChanges(); !what.isEmpty()) {
        askToLeave(what, [this] {
            showRole(m_current);
            newItem();
        });
        return;
    }
    m_list->clearSelection();
    showRole(Role{});
    m_tabs->setCurrentWidget(m_rolePage);
    m_name->setFocus(Qt::ShortcutFocusReason);
}

void RolesPane::saveRole()
{
    if (!m_api || m_writes > 0)
        return;
    const QString name = m_name->text().trimmed();
    clearFieldErrors();
    // Said here, before sending: the server's answer to a bad name is only "invalid request".
    QString why;
    if (!core::FormRules::isValidRoleName(name, &why)) {
        m_roleHint->setText(why);
        m_roleHint->show();
        m_name->setFocus();
        return;
    }
    m_roleHint->hide();
    Role role = m_current;
    role.name = name;
    role.description = m_description->toPlainText().trimmed();
    const bool isNew = role.id.isEmpty();
    setWriting(m_roleForm, true);
    auto finish = [this, isNew](const core::Result<Role> &r) {
        setWriting(m_roleForm, false);
        if (!r.ok()) {
            showError(isNew ? tr("Creating the role") : tr("Saving the role"), r.error);
            showFieldErrors(r.error, {{u"name"_s, m_name}, {u"description"_s, m_description}});
            return;
        }
        clearMessage();
        m_model->upsert(r.value);
        if (m_matrixReady)
            m_matrix->updateRole(r.value);
        m_current = r.value;
        selectRole(r.value.id);
        showRole(r.value);
        showNote(isNew ? tr("Created role %1. Tick its permissions in the Permissions tab.")
                             .arg(r.value.name)
                       : tr("Saved role %1.").arg(r.value.name));
        Q_EMIT roleSaved(r.value);
    };
    if (isNew) {
        m_ou->get(this, [this, role, finish](const QString &ouId, const core::ApiError &e) {
            if (e.isError()) {
                setWriting(m_roleForm, false);
                showError(tr("Creating the role"), e);
                return;
            }
            Role withOu = role;
            withOu.ouId = ouId;
            m_api->createRole(withOu).then(this, finish);
        });
        return;
    }
    // PUT replaces the permissions too: send the ones the server has, not a stale copy.
    m_api->getRole(role.id).then(this, [this, role, finish](const core::Result<Role> &r) {
        if (!r.ok()) {
            finish(r);
            return;
        }
        Role update = r.value;
        update.name = role.name;
        update.description = role.description;
        m_api->updateRole(update).then(this, finish);
    });
}

void RolesPane::savePermissions()
{
    if (!m_api || m_writes > 0)
        return;
    const QList<Role> changed = m_matrix->changedRoles();
    if (changed.isEmpty())
        return;
    setWriting(m_matrixForm, true);
    auto remaining = std::make_shared<int>(int(changed.size()));
    auto failures = std::make_shared<QStringList>();
    for (const Role &role : changed) {
        m_api->updateRole(role).then(
            this, [this, role, remaining, failures](const core::Result<Role> &r) {
                if (r.ok()) {
                    m_matrix->markSaved(r.value);
                    m_model->upsert(r.value);
                } else {
                    failures->append(tr("%1: %2").arg(role.name, describeError(r.error)));
                }
                if (--*remaining > 0)
                    return;
                setWriting(m_matrixForm, false);
                if (failures->isEmpty()) {
                    clearMessage();
                    showNote(tr("Permissions saved."));
                    Q_EMIT permissionsSaved();
                } else {
                    // The unsaved boxes stay ticked: nothing the user did is lost.
                    showErrorText(tr("Some permissions were not saved (still marked •):\n%1")
                                      .arg(failures->join(u'\n')));
                }
            });
    }
}

void RolesPane::revertPermissions()
{
    m_matrix->revert();
    m_matrixView->expandAll();
}

void RolesPane::deleteSelected()
{
    if (!m_api || m_writes > 0 || m_current.id.isEmpty())
        return;
    const Role role = m_current;
    MessageBox::confirm(
        this, tr("Delete role"),
        tr("Delete the role “%1”? Everyone assigned loses its permissions at their next token. "
           "This cannot be undone.")
            .arg(role.name),
        tr("Delete"), this, [this, role](bool yes) {
            if (!yes)
                return;
            setWriting(m_roleForm, true);
            m_api->deleteRole(role.id).then(
                this, [this, role](const core::Result<core::NoContent> &r) {
                    setWriting(m_roleForm, false);
                    if (!r.ok() && !r.error.isNotFound()) {
                        showError(tr("Deleting %1").arg(role.name), r.error);
                        return;
                    }
                    m_model->removeRole(role.id);
                    m_matrix->removeRole(role.id);
                    newItem();
                    showNote(tr("Deleted role %1.").arg(role.name));
                });
        });
}

void RolesPane::setPickerType(EntityRef::Type type)
{
    const int i = m_pickerType->findData(int(type));
    if (i >= 0 && i != m_pickerType->currentIndex()) {
        m_pickerType->setCurrentIndex(i); // comes back here through the signal
        return;
    }
    m_picker->setEntityType(type);
    if (!m_pickerSearch->text().trimmed().isEmpty())
        m_picker->fetchAll();
    updateExcluded();
}

void RolesPane::updateExcluded()
{
    QSet<QString> ids;
    for (int r = 0; r < m_assignments->rowCount(); ++r) {
        const EntityRef a = m_assignments->assignmentAt(r);
        if (a.type == m_picker->entityType())
            ids.insert(a.id);
    }
    m_pickerProxy->setExcludedIds(ids);
}

void RolesPane::addPickedEntities()
{
    if (m_current.id.isEmpty()) {
        showErrorText(tr("Select a role first."));
        return;
    }
    QList<EntityRef> picked;
    for (const QModelIndex &i : m_pickerView->selectionModel()->selectedRows())
        picked << m_picker->entityAt(m_pickerProxy->mapToSource(i).row());
    if (picked.isEmpty()) {
        showErrorText(tr("Select someone in the list below first."));
        return;
    }
    addAssignments(m_current.id, picked);
}

void RolesPane::addAssignments(const QString &roleId, const QList<EntityRef> &entities)
{
    if (!m_api || entities.isEmpty() || m_writes > 0)
        return;
    const int row = m_model->rowOf(roleId);
    const QString roleName = row >= 0 ? m_model->roleAt(row).name : roleId;
    setWriting(m_assignForm, true);
    m_api->addRoleAssignments(roleId, entities)
        .then(this, [this, roleId, roleName, entities](const core::Result<core::NoContent> &r) {
            setWriting(m_assignForm, false);
            if (!r.ok()) {
                showError(tr("Assigning %1").arg(roleName), r.error);
                return;
            }
            if (roleId == m_current.id)
                m_assignments->addLocally(entities);
            updateExcluded();
            QStringList names;
            for (const EntityRef &e : entities)
                names << (e.display.isEmpty() ? e.id : e.display);
            showNote(tr("Assigned %1 to %2.").arg(names.join(u", "_s), roleName));
            Q_EMIT assignmentsChanged(roleId);
        });
}

void RolesPane::removeSelectedAssignments()
{
    if (!m_api || m_writes > 0 || m_current.id.isEmpty())
        return;
    QList<EntityRef> chosen;
    QStringList names;
    for (const QModelIndex &i : m_assignmentsView->selectionModel()->selectedRows()) {
        const EntityRef a = m_assignments->assignmentAt(m_assignmentsProxy->mapToSource(i).row());
        chosen << a;
        names << (a.display.isEmpty() ? a.id : a.display);
    }
    if (chosen.isEmpty())
        return;
    const Role role = m_current;
    MessageBox::confirm(
        this, tr("Remove assignments"),
        tr("Remove %1 from the role “%2”? They lose its permissions at their next token.")
            .arg(names.join(u", "_s), role.name),
        tr("Remove"), this, [this, chosen, role](bool yes) {
            if (!yes)
                return;
            setWriting(m_assignForm, true);
            m_api->removeRoleAssignments(role.id, chosen)
                .then(this, [this, chosen, role](const core::Result<core::NoContent> &r) {
                    setWriting(m_assignForm, false);
                    if (!r.ok()) {
                        showError(tr("Removing assignments"), r.error);
                        return;
                    }
                    if (role.id == m_current.id)
                        m_assignments->removeLocally(chosen);
                    updateExcluded();
                    showNote(tr("Removed %n assignment(s) from %1.", nullptr, int(chosen.size()))
                                 .arg(role.name));
                    Q_EMIT assignmentsChanged(role.id);
                });
        });
}

} // namespace tid::ui
