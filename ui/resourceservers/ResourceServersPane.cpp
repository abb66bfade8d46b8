#include "ui/resourceservers/ResourceServersPane.h"

#include "core/api/AdminApi.h"
#include "core/api/ServerApis.h"
#include "core/domain/FormRules.h"
#include "core/models/DefaultOrganizationUnit.h"
#include "core/models/ResourceServersModel.h"
#include "core/models/ScopesModel.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/StatusColor.h"

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
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using tid::core::ResourceServer;
using tid::core::ResourceServersModel;
using tid::core::ScopesModel;
namespace FormRules = tid::core::FormRules;

namespace tid::ui {

ResourceServersPane::ResourceServersPane(const core::ServerApis *apis, QWidget *parent)
    : AdminPane(parent)
    , m_api(apis ? &apis->admin() : nullptr)
    , m_model(new ResourceServersModel(m_api, this))
    , m_proxy(new core::ResourceServerFilterProxy(this))
    , m_tree(new ScopesModel(m_api, this))
    , m_ou(new core::DefaultOrganizationUnit(m_api, this))
{
    setObjectName(u"resourceServersPane"_s);
    setAccessibleName(tr("Resource servers"));
    m_proxy->setSourceModel(m_model);
    m_tree->setSingleServer(true);
    buildUi();
    watchModel(m_model, tr("Loading resource servers"));
    watchModel(m_tree, tr("Loading resources"));
    connect(m_tree, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            m_treeView->expandAll();
        else
            m_treeView->expand(parent);
    });
    m_model->reload();
    m_tree->reload(); // lists nothing until a server is selected
    newItem();
}

ResourceServersPane::~ResourceServersPane() = default;

void ResourceServersPane::buildUi()
{
    buildToolRow();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    buildList(splitter);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(buildServerForm(right));
    rightLayout->addWidget(buildResourcesBox(right), 1);

    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({520, 740});
    body()->addWidget(splitter, 1);
    setTabOrder(filterEdit(), m_typeFilter);
}

// The type filter, Refresh, New and Delete.
void ResourceServersPane::buildToolRow()
{
    m_typeFilter = new QComboBox(this);
    m_typeFilter->setAccessibleName(tr("Filter by type"));
    using T = ResourceServersModel::Type;
    for (T t : {T::Any, T::Api, T::Mcp, T::Custom})
        m_typeFilter->addItem(ResourceServersModel::typeLabel(t), int(t));
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setServerType(T(m_typeFilter->currentData().toInt()));
        updateEmptyStates();
    });
    connect(filterEdit(), &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setText(t);
        updateEmptyStates();
    });

    toolRow()->addWidget(m_typeFilter);
    addRefreshAction();
    m_newButton = addNewAction(tr("New resource server (Ctrl+N)"), tr("New resource server"));
    m_deleteButton = addDeleteAction(tr("Delete the selected resource server (Del)"),
                                     tr("Delete resource server"));
    m_deleteButton->setEnabled(false);
}

// The resource servers, one per row.
void ResourceServersPane::buildList(QWidget *parent)
{
    m_list = new QTableView(parent);
    m_list->setObjectName(u"resourceServerList"_s);
    m_list->setAccessibleName(tr("Resource servers"));
    setupList(m_list, m_proxy, ResourceServersModel::NameColumn,
              QAbstractItemView::SingleSelection);
    installRowMenu(m_list);
    m_list->setColumnHidden(ResourceServersModel::DelimiterColumn, true);
    m_list->setColumnHidden(ResourceServersModel::DescriptionColumn, true);
    m_list->setColumnWidth(ResourceServersModel::NameColumn, 150);
    m_list->setColumnWidth(ResourceServersModel::IdentifierColumn, 220);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResourceServersPane::onSelectionChanged);
    attachListEmptyState(m_list, m_model, tr("Could not load the resource servers."),
                         tr("No resource server matches the filter."),
                         tr("No resource servers yet.\nPress Ctrl+N to describe the first API "
                            "your agents call."));
}

// The selected (or new) server: name, identifier, type, delimiter, description; Save, Revert.
QWidget *ResourceServersPane::buildServerForm(QWidget *parent)
{
    m_form = new QWidget(parent);
    auto *formLayout = new QFormLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_formTitle = makeFormTitle(m_form);
    formLayout->addRow(m_formTitle);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("Billing API"));
    formLayout->addRow(tr("&Name"), m_name);
    m_identifier = new QLineEdit(m_form);
    m_identifier->setObjectName(u"identifierEdit"_s);
    m_identifier->setAccessibleName(tr("Identifier (audience)"));
    m_identifier->setPlaceholderText(u"https://api.example.com/billing"_s);
    m_identifier->setToolTip(tr("The audience of this server's tokens: an absolute URI "
                                "(RFC 8707 resource indicator)."));
    formLayout->addRow(tr("&Identifier"), m_identifier);
    m_type = new QComboBox(m_form);
    m_type->setObjectName(u"typeCombo"_s);
    m_type->setAccessibleName(tr("Type"));
    for (auto t : {ResourceServersModel::Type::Api, ResourceServersModel::Type::Mcp,
                   ResourceServersModel::Type::Custom})
        m_type->addItem(ResourceServersModel::typeLabel(t), ResourceServersModel::typeName(t));
    formLayout->addRow(tr("&Type"), m_type);
    m_delimiter = new QLineEdit(m_form);
    m_delimiter->setObjectName(u"delimiterEdit"_s);
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->setMaxLength(1);
    m_delimiter->setMaximumWidth(40);
    m_delimiter->setToolTip(tr("Joins handles into permission strings (e.g. invoices:read). "
                               "Fixed after creation."));
    formLayout->addRow(tr("De&limiter"), m_delimiter);
    m_description = new QPlainTextEdit(m_form);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(60);
    formLayout->addRow(tr("&Description"), m_description);
    m_formHint = new QLabel(m_form);
    m_formHint->setObjectName(u"formHint"_s);
    m_formHint->setWordWrap(true);
    m_formHint->setAccessibleName(tr("Form problem"));
    m_formHint->setStyleSheet(
        StatusColor::textStyle(StatusColor::Name::Error, m_formHint->palette()));
    m_formHint->hide();
    formLayout->addRow(m_formHint);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save"), m_form);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setAccessibleName(tr("Save resource server"));
    m_save->setDefault(true);
    m_revert = new QPushButton(tr("Revert"), m_form);
    m_revert->setObjectName(u"revertButton"_s);
    m_revert->setAccessibleName(tr("Revert changes"));
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    formLayout->addRow(buttons);
    connect(m_save, &QPushButton::clicked, this, &ResourceServersPane::save);
    connect(m_revert, &QPushButton::clicked, this, &ResourceServersPane::revert);
    for (QLineEdit *e : {m_name, m_identifier, m_delimiter}) {
        connect(e, &QLineEdit::textEdited, this, &ResourceServersPane::updateFormState);
        connect(e, &QLineEdit::returnPressed, this, &ResourceServersPane::save);
    }
    return m_form;
}

// The server's resource tree with its buttons and the inline item form.
QWidget *ResourceServersPane::buildResourcesBox(QWidget *parent)
{
    m_resourcesBox = new QGroupBox(tr("Resources and actions"), parent);
    m_resourcesBox->setAccessibleName(tr("Resources and actions"));
    auto *resLayout = new QVBoxLayout(m_resourcesBox);
    m_treeView = new QTreeView(m_resourcesBox);
    m_treeView->setObjectName(u"resourcesTree"_s);
    m_treeView->setAccessibleName(tr("Resources and actions"));
    m_treeView->setModel(m_tree);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->header()->setStretchLastSection(true);
    m_treeView->setColumnWidth(ScopesModel::NameColumn, 180);
    m_treeView->setColumnWidth(ScopesModel::PermissionColumn, 200);
    resLayout->addWidget(m_treeView, 1);
    attachEmptyState(m_treeView, [this] {
        if (m_current.id.isEmpty())
            return tr("Save the resource server first; then add its resources and actions.");
        return m_tree->isBusy() ? tr("Loading…")
                                : tr("No resources or actions yet. Add a resource (e.g. "
                                     "“invoices”) and its actions (e.g. “read”).");
    });
    auto *resButtons = new QHBoxLayout;
    m_addResource = new QPushButton(tr("Add resource"), m_resourcesBox);
    m_addResource->setObjectName(u"addResourceButton"_s);
    m_addResource->setAccessibleName(tr("Add resource"));
    m_addResource->setToolTip(tr("Adds a resource at the top level, or under the selected "
                                 "resource."));
    m_addAction = new QPushButton(tr("Add action"), m_resourcesBox);
    m_addAction->setObjectName(u"addActionButton"_s);
    m_addAction->setAccessibleName(tr("Add action"));
    m_addAction->setToolTip(tr("Adds an action to the selected resource, or to the server "
                               "itself when nothing is selected."));
    m_editItem = new QPushButton(tr("Edit"), m_resourcesBox);
    m_editItem->setObjectName(u"editItemButton"_s);
    m_editItem->setAccessibleName(tr("Edit resource or action"));
    m_deleteItem = new QPushButton(tr("Delete"), m_resourcesBox);
    m_deleteItem->setObjectName(u"deleteItemButton"_s);
    m_deleteItem->setAccessibleName(tr("Delete resource or action"));
    resButtons->addWidget(m_addResource);
    resButtons->addWidget(m_addAction);
    resButtons->addStretch(1);
    resButtons->addWidget(m_editItem);
    resButtons->addWidget(m_deleteItem);
    resLayout->addLayout(resButtons);
    connect(m_addResource, &QPushButton::clicked, this, &ResourceServersPane::startAddResource);
    connect(m_addAction, &QPushButton::clicked, this, &ResourceServersPane::startAddAction);
    connect(m_editItem, &QPushButton::clicked, this, &ResourceServersPane::startEditItem);
    connect(m_deleteItem, &QPushButton::clicked, this, &ResourceServersPane::deleteItem);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResourceServersPane::updateItemButtons);

    resLayout->addWidget(buildItemForm());
    return m_resourcesBox;
}

// Adding or editing one resource or action: name, handle, description, MCP kind, the
// permission it makes.
QWidget *ResourceServersPane::buildItemForm()
{
    m_itemForm = new QGroupBox(m_resourcesBox);
    m_itemForm->setObjectName(u"itemForm"_s);
    auto *itemLayout = new QFormLayout(m_itemForm);
    m_itemName = new QLineEdit(m_itemForm);
    m_itemName->setObjectName(u"itemNameEdit"_s);
    m_itemName->setAccessibleName(tr("Resource or action name"));
    itemLayout->addRow(tr("Na&me"), m_itemName);
    m_itemHandle = new QLineEdit(m_itemForm);
    m_itemHandle->setObjectName(u"itemHandleEdit"_s);
    m_itemHandle->setAccessibleName(tr("Handle"));
    m_itemHandle->setToolTip(tr("Part of the permission string; letters, digits and . _ : - /. "
                                "Fixed after creation."));
    itemLayout->addRow(tr("&Handle"), m_itemHandle);
    m_itemDescription = new QLineEdit(m_itemForm);
    m_itemDescription->setObjectName(u"itemDescriptionEdit"_s);
    m_itemDescription->setAccessibleName(tr("Resource or action description"));
    itemLayout->addRow(tr("Descri&ption"), m_itemDescription);
    m_itemKind = new QComboBox(m_itemForm);
    m_itemKind->setAccessibleName(tr("MCP primitive"));
    m_itemKind->addItem(tr("Tool"), u"tool"_s);
    m_itemKind->addItem(tr("Resource"), u"resource"_s);
    itemLayout->addRow(tr("MCP &kind"), m_itemKind);
    m_itemPreview = new QLabel(m_itemForm);
    m_itemPreview->setObjectName(u"permissionPreview"_s);
    m_itemPreview->setAccessibleName(tr("Permission string"));
    m_itemPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    itemLayout->addRow(tr("Permission"), m_itemPreview);
    auto *itemButtons = new QHBoxLayout;
    m_itemCancel = new QPushButton(tr("Cancel"), m_itemForm);
    m_itemCancel->setAccessibleName(tr("Cancel"));
    m_itemSubmit = new QPushButton(tr("Add"), m_itemForm);
    m_itemSubmit->setObjectName(u"itemSubmitButton"_s);
    m_itemSubmit->setAccessibleName(tr("Add or save resource or action"));
    itemButtons->addStretch(1);
    itemButtons->addWidget(m_itemCancel);
    itemButtons->addWidget(m_itemSubmit);
    itemLayout->addRow(itemButtons);
    connect(m_itemCancel, &QPushButton::clicked, this, &ResourceServersPane::cancelItem);
    connect(m_itemSubmit, &QPushButton::clicked, this, &ResourceServersPane::submitItem);
    connect(m_itemName, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_handleEdited && m_itemMode != ItemMode::Edit)
            m_itemHandle->setText(FormRules::suggestHandle(name, m_current.delimiter));
        updateItemPreview();
    });
    connect(m_itemHandle, &QLineEdit::textEdited, this, [this] {
        m_handleEdited = true;
        updateItemPreview();
    });
    for (QLineEdit *e : {m_itemName, m_itemHandle, m_itemDescription})
        connect(e, &QLineEdit::returnPressed, this, &ResourceServersPane::submitItem);
    m_itemForm->hide();
    return m_itemForm;
}

void ResourceServersPane::refresh()
{
    clearMessage();
    const QString keep = m_current.id;
    m_model->reload();
    if (!keep.isEmpty()) {
        connect(
            m_model, &core::PagedTableModel::reloaded, this, [this, keep] { selectServer(keep); },
            Qt::SingleShotConnection);
        m_tree->reload();
    }
}

void ResourceServersPane::newItem()
{
    if (const QString what = unsavedChanges(); !what.isEmpty()) {
        askToLeave(what, [this] {
            showServer(m_current);
            newItem();
        });
        return;
    }
    m_list->clearSelection();
    showServer(ResourceServer{});
    m_name->setFocus(Qt::ShortcutFocusReason);
}

bool ResourceServersPane::selectServer(const QString &id)
{
    return selectRow(m_list, m_proxy, m_model, id);
}

QString ResourceServersPane::unsavedChanges() const
{
    if (m_current.isReadOnly || m_writing)
        return {};
    const bool edited = m_name->text().trimmed() != m_current.name ||
                        m_identifier->text().trimmed() != m_current.identifier ||
                        m_description->toPlainText().trimmed() != m_current.description;
    if (!edited)
        return {};
    return m_current.id.isEmpty()
               ? tr("The new resource server is not created yet.")
               : tr("Your changes to the resource server %1 are not saved.").arg(m_current.name);
}

void ResourceServersPane::onSelectionChanged()
{
    if (m_restoringSelection)
        return;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    m_deleteButton->setEnabled(!rows.isEmpty() && !m_writing);
    if (rows.isEmpty())
        return;
    const QModelIndex src = m_proxy->mapToSource(rows.first());
    const ResourceServer rs = m_model->serverAt(src.row());
    if (rs.id == m_current.id)
        return;
    if (const QString what = unsavedChanges(); !what.isEmpty() || isAskingToLeave()) {
        const QString target = rs.id;
        m_restoringSelection = true;
        if (m_current.id.isEmpty() || !selectServer(m_current.id))
            m_list->clearSelection();
        m_restoringSelection = false;
        askToLeave(what, [this, target] {
            showServer(m_current);
            selectServer(target);
            if (const QModelIndexList now = m_list->selectionModel()->selectedRows();
                !now.isEmpty()) {
                const ResourceServer chosen =
                    m_model->serverAt(m_proxy->mapToSource(now.first()).row());
                if (chosen.id != m_current.id)
                    showServer(chosen);
            }
        });
        return;
    }
    showServer(rs);
}

void ResourceServersPane::showServer(const ResourceServer &rs)
{
    m_current = rs;
    const bool isNew = rs.id.isEmpty();
    m_formTitle->setText(isNew ? tr("New resource server") : rs.name);
    m_name->setText(rs.name);
    m_identifier->setText(rs.identifier);
    m_type->setCurrentIndex(qMax(0, m_type->findData(rs.type.toUpper())));
    m_delimiter->setText(rs.delimiter);
    m_description->setPlainText(rs.description);
    m_type->setEnabled(isNew);
    m_delimiter->setReadOnly(!isNew);
    m_formHint->hide();
    m_save->setText(isNew ? tr("Create") : tr("Save"));
    const bool readOnly = rs.isReadOnly;
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_identifier, m_description})
        w->setEnabled(!readOnly);
    m_save->setEnabled(!readOnly);
    if (readOnly)
        showNote(tr("%1 is read-only (declared in the server's configuration).").arg(rs.name),
                 MessageWidget::Type::Information);
    cancelItem();
    m_tree->setResourceServer(isNew ? ResourceServer{} : rs);
    if (!isNew)
        m_tree->fetchAll(); // a server's tree is small: show all of it, expanded
    m_resourcesBox->setEnabled(!isNew);
    updateItemButtons();
    updateEmptyStates();
}

void ResourceServersPane::revert()
{
    showServer(m_current);
}

bool ResourceServersPane::validateForm(QString *why, QWidget **field) const
{
    if (m_name->text().trimmed().isEmpty()) {
        *why = tr("The name is required.");
        *field = m_name;
        return false;
    }
    const QString identifier = m_identifier->text().trimmed();
    if (identifier.isEmpty()) {
        *why = tr("The identifier is required: the audience of this server's tokens, e.g. "
                  "https://api.example.com/billing.");
        *field = m_identifier;
        return false;
    }
    if (!FormRules::isAbsoluteUri(identifier)) {
        *why = tr("The identifier must be an absolute URI, such as "
                  "https://api.example.com/billing or urn:example:billing.");
        *field = m_identifier;
        return false;
    }
    if (m_current.id.isEmpty() && !FormRules::isValidDelimiter(m_delimiter->text())) {
        *why = tr("The delimiter must be one character from letters, digits and . _ : - /.");
        *field = m_delimiter;
        return false;
    }
    return true;
}

void ResourceServersPane::updateFormState()
{
    if (m_formHint->isVisible()) {
        QString why;
        QWidget *field = nullptr;
        if (validateForm(&why, &field))
            m_formHint->hide();
        else
            m_formHint->setText(why);
    }
}

void ResourceServersPane::setFormEnabled(bool enabled)
{
    m_writing = !enabled;
    m_form->setEnabled(enabled);
    m_resourcesBox->setEnabled(enabled && !m_current.id.isEmpty());
    m_deleteButton->setEnabled(enabled && !m_list->selectionModel()->selectedRows().isEmpty());
    m_newButton->setEnabled(enabled);
    setBusy(m_form, !enabled);
}

void ResourceServersPane::save()
{
    if (m_writing || !m_api)
        return;
    QString why;
    QWidget *field = nullptr;
    clearFieldErrors();
    if (!validateForm(&why, &field)) {
        m_formHint->setText(why);
        m_formHint->show();
        field->setFocus();
        return;
    }
    m_formHint->hide();
    ResourceServer rs = m_current;
    rs.name = m_name->text().trimmed();
    rs.identifier = m_identifier->text().trimmed();
    rs.description = m_description->toPlainText().trimmed();
    const bool isNew = rs.id.isEmpty();
    if (isNew) {
        rs.type = m_type->currentData().toString();
        rs.delimiter = m_delimiter->text();
    }
    setFormEnabled(false);
    auto finish = [this, isNew](const core::Result<ResourceServer> &r) {
        setFormEnabled(true);
        if (!r.ok()) {
            showError(isNew ? tr("Creating the resource server")
                            : tr("Saving the resource "
                                 "server"),
                      r.error);
            showFieldErrors(r.error, {{u"name"_s, m_name},
                                      {u"identifier"_s, m_identifier},
                                      {u"description"_s, m_description},
                                      {u"delimiter"_s, m_delimiter}});
            return; // the form keeps what the user typed
        }
        clearMessage();
        m_model->upsert(r.value);
        m_current = r.value;
        showServer(r.value);
        selectServer(r.value.id);
        showNote(isNew ? tr("Created %1.").arg(r.value.name) : tr("Saved %1.").arg(r.value.name));
        Q_EMIT saved(r.value);
    };
    if (isNew) {
        m_ou->get(this, [this, rs, finish](const QString &ouId, const core::ApiError &error) {
            if (error.isError()) {
                setFormEnabled(true);
                showError(tr("Creating the resource server"), error);
                return;
            }
            ResourceServer withOu = rs;
            withOu.ouId = ouId;
            m_api->createResourceServer(withOu).then(this, finish);
        });
    } else {
        m_api->updateResourceServer(rs).then(this, finish);
    }
}

void ResourceServersPane::deleteSelected()
{
    if (m_writing || !m_api)
        return;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const ResourceServer rs = m_model->serverAt(m_proxy->mapToSource(rows.first()).row());
    if (rs.id != m_current.id)
        showServer(rs);
    // ThunderID refuses to delete a server that still has resources or actions: the console
    // removes them first (actions, then resources from the deepest up), after one confirmation.
    auto ask = [this, rs] {
        QList<ScopesModel::Scope> items = m_tree->loadedScopes();
        std::stable_sort(items.begin(), items.end(),
                         [](const ScopesModel::Scope &a, const ScopesModel::Scope &b) {
                             const bool aAction = a.kind == ScopesModel::NodeKind::Action;
                             const bool bAction = b.kind == ScopesModel::NodeKind::Action;
                             if (aAction != bAction)
                                 return aAction;
                             return a.path.size() > b.path.size();
                         });
        const QString text =
            items.isEmpty()
                ? tr("Delete “%1” (%2)? This cannot be undone.").arg(rs.name, rs.identifier)
                : tr("Delete “%1” (%2) with its %n resource(s) and action(s)? Roles lose the "
                     "permissions it defines. This cannot be undone.",
                     nullptr, int(items.size()))
                      .arg(rs.name, rs.identifier);
        MessageBox::confirm(this, tr("Delete resource server"), text, tr("Delete"), this,
                            [this, rs, items](bool yes) {
                                if (yes)
                                    deleteCascade(rs, items);
                            });
    };
    m_tree->fetchAll();
    if (m_tree->isBusy())
        connect(m_tree, &ScopesModel::fullyLoaded, this, ask, Qt::SingleShotConnection);
    else
        ask();
}

void ResourceServersPane::deleteCascade(const ResourceServer &rs,
                                        QList<ScopesModel::Scope> remaining)
{
    setFormEnabled(false);
    auto failed = [this, rs](const core::ApiError &error) {
        setFormEnabled(true);
        showError(tr("Deleting %1").arg(rs.name), error);
        m_tree->reload(); // show what is left
    };
    if (!remaining.isEmpty()) {
        const ScopesModel::Scope s = remaining.takeFirst();
        auto next = [this, rs, remaining, failed](const core::Result<core::NoContent> &r) {
            if (!r.ok() && !r.error.isNotFound()) {
                failed(r.error);
                return;
            }
            deleteCascade(rs, remaining);
        };
        if (s.kind == ScopesModel::NodeKind::Action)
            m_api->deleteAction(rs.id, s.resourceId, s.id).then(this, next);
        else
            m_api->deleteResource(rs.id, s.id).then(this, next);
        return;
    }
    m_api->deleteResourceServer(rs.id).then(
        this, [this, rs, failed](const core::Result<core::NoContent> &r) {
            if (!r.ok() && !r.error.isNotFound()) {
                failed(r.error);
                return;
            }
            setFormEnabled(true);
            m_model->removeServer(rs.id);
            if (m_current.id == rs.id)
                newItem();
            showNote(tr("Deleted %1.").arg(rs.name));
            Q_EMIT deleted(rs.id);
        });
}

// --- resources and actions ------------------------------------------------------------------

void ResourceServersPane::updateItemButtons()
{
    const QModelIndex idx = m_treeView->selectionModel()->currentIndex();
    const bool selected = idx.isValid() && m_treeView->selectionModel()->isSelected(idx);
    const auto kind = ScopesModel::NodeKind(idx.data(core::KindRole).toInt());
    const bool onResource = selected && kind == ScopesModel::NodeKind::Resource;
    const bool writable = !m_current.id.isEmpty() && !m_current.isReadOnly;
    m_addResource->setEnabled(writable && (!selected || onResource));
    m_addAction->setEnabled(writable && (!selected || onResource));
    m_editItem->setEnabled(writable && selected);
    m_deleteItem->setEnabled(writable && selected);
}

void ResourceServersPane::setItemFormEnabled(bool enabled)
{
    m_writing = !enabled;
    m_itemForm->setEnabled(enabled);
    m_treeView->setEnabled(enabled);
    m_form->setEnabled(enabled);
    setBusy(m_itemForm, !enabled);
}

void ResourceServersPane::startAddResource()
{
    const QModelIndex idx = m_treeView->currentIndex();
    const bool onResource =
        idx.isValid() && m_treeView->selectionModel()->isSelected(idx) &&
        ScopesModel::NodeKind(idx.data(core::KindRole).toInt()) == ScopesModel::NodeKind::Resource;
    m_itemMode = ItemMode::AddResource;
    m_itemParentResourceId = onResource ? idx.data(core::IdRole).toString() : QString();
    m_itemParentPermission = onResource ? idx.data(core::PermissionRole).toString() : QString();
    m_itemForm->setTitle(
        onResource ? tr("New resource under “%1”").arg(idx.data(Qt::DisplayRole).toString())
                   : tr("New top-level resource"));
    m_itemName->clear();
    m_itemHandle->clear();
    m_itemHandle->setReadOnly(false);
    m_itemDescription->clear();
    m_itemKind->setVisible(false);
    qobject_cast<QFormLayout *>(m_itemForm->layout())->setRowVisible(m_itemKind, false);
    m_itemSubmit->setText(tr("Add resource"));
    m_handleEdited = false;
    m_itemForm->show();
    updateItemPreview();
    m_itemName->setFocus();
}

void ResourceServersPane::startAddAction()
{
    const QModelIndex idx = m_treeView->currentIndex();
    const bool onResource =
        idx.isValid() && m_treeView->selectionModel()->isSelected(idx) &&
        ScopesModel::NodeKind(idx.data(core::KindRole).toInt()) == ScopesModel::NodeKind::Resource;
    m_itemMode = ItemMode::AddAction;
    m_itemParentResourceId = onResource ? idx.data(core::IdRole).toString() : QString();
    m_itemParentPermission = onResource ? idx.data(core::PermissionRole).toString() : QString();
    m_itemForm->setTitle(onResource
                             ? tr("New action on “%1”").arg(idx.data(Qt::DisplayRole).toString())
                             : tr("New action on the server itself"));
    m_itemName->clear();
    m_itemHandle->clear();
    m_itemHandle->setReadOnly(false);
    m_itemDescription->clear();
    const bool mcp = m_current.type.compare("MCP"_L1, Qt::CaseInsensitive) == 0;
    qobject_cast<QFormLayout *>(m_itemForm->layout())->setRowVisible(m_itemKind, mcp);
    m_itemSubmit->setText(tr("Add action"));
    m_handleEdited = false;
    m_itemForm->show();
    updateItemPreview();
    m_itemName->setFocus();
}

void ResourceServersPane::startEditItem()
{
    const QModelIndex idx = m_treeView->currentIndex();
    if (!idx.isValid())
        return;
    const ScopesModel::Scope s = m_tree->scopeAt(idx.siblingAtColumn(0));
    m_itemMode = ItemMode::Edit;
    m_itemEditId = s.id;
    m_itemEditIsAction = s.kind == ScopesModel::NodeKind::Action;
    m_itemEditResourceId = m_itemEditIsAction ? s.resourceId : QString();
    m_itemForm->setTitle(m_itemEditIsAction ? tr("Edit action “%1”").arg(s.name)
                                            : tr("Edit resource “%1”").arg(s.name));
    m_itemName->setText(s.name);
    m_itemHandle->setText(s.handle);
    m_itemHandle->setReadOnly(true); // handles are immutable in ThunderID
    m_itemDescription->setText(s.description);
    qobject_cast<QFormLayout *>(m_itemForm->layout())->setRowVisible(m_itemKind, false);
    m_itemPreview->setText(s.permission);
    m_itemSubmit->setText(tr("Save"));
    m_itemForm->show();
    m_itemName->setFocus();
}

void ResourceServersPane::cancelItem()
{
    m_itemMode = ItemMode::None;
    m_itemForm->hide();
}

void ResourceServersPane::updateItemPreview()
{
    if (m_itemMode == ItemMode::Edit)
        return;
    const QString handle = m_itemHandle->text();
    QString why;
    if (!handle.isEmpty() && !FormRules::isValidHandle(handle, m_current.delimiter, &why)) {
        m_itemPreview->setText(why);
        return;
    }
    m_itemPreview->setText(
        handle.isEmpty()
            ? tr("(type a handle)")
            : FormRules::derivePermission(m_itemParentPermission, m_current.delimiter, handle));
}

void ResourceServersPane::submitItem()
{
    if (m_writing || !m_api || m_itemMode == ItemMode::None)
        return;
    const QString name = m_itemName->text().trimmed();
    const QString handle = m_itemHandle->text();
    if (name.isEmpty()) {
        showErrorText(tr("The name is required."));
        m_itemName->setFocus();
        return;
    }
    QString why;
    if (m_itemMode != ItemMode::Edit &&
        !FormRules::isValidHandle(handle, m_current.delimiter, &why)) {
        showErrorText(why);
        m_itemHandle->setFocus();
        return;
    }
    const QString rsId = m_current.id;
    const QString context = m_itemMode == ItemMode::AddResource ? tr("Adding the resource")
                            : m_itemMode == ItemMode::AddAction ? tr("Adding the action")
                                                                : tr("Saving");
    setItemFormEnabled(false);
    auto done = [this, context](const core::ApiError &error, const QString &permission) {
        setItemFormEnabled(true);
        if (error.isError()) {
            showError(context, error);
            return;
        }
        clearMessage();
        cancelItem();
        m_tree->reload();
        showNote(tr("Saved. Permission: %1").arg(permission));
        Q_EMIT itemSaved(permission);
    };
    switch (m_itemMode) {
    case ItemMode::AddResource: {
        core::Resource res;
        res.name = name;
        res.handle = handle;
        res.description = m_itemDescription->text().trimmed();
        res.parentId = m_itemParentResourceId;
        m_api->createResource(rsId, res).then(this, [done](const core::Result<core::Resource> &r) {
            done(r.error, r.value.permission);
        });
        break;
    }
    case ItemMode::AddAction: {
        core::Action a;
        a.name = name;
        a.handle = handle;
        a.description = m_itemDescription->text().trimmed();
        if (m_itemKind->isVisibleTo(m_itemForm))
            a.kind = m_itemKind->currentData().toString();
        m_api->createAction(rsId, m_itemParentResourceId, a)
            .then(this, [done](const core::Result<core::Action> &r) {
                done(r.error, r.value.permission);
            });
        break;
    }
    case ItemMode::Edit:
        if (m_itemEditIsAction) {
            m_api->getAction(rsId, m_itemEditResourceId, m_itemEditId)
                .then(this, [this, rsId, name, done](const core::Result<core::Action> &r) {
                    if (!r.ok()) {
                        done(r.error, {});
                        return;
                    }
                    core::Action a = r.value;
                    a.name = name;
                    a.description = m_itemDescription->text().trimmed();
                    m_api->updateAction(rsId, m_itemEditResourceId, a)
                        .then(this, [done](const core::Result<core::Action> &u) {
                            done(u.error, u.value.permission);
                        });
                });
        } else {
            m_api->getResource(rsId, m_itemEditId)
                .then(this, [this, rsId, name, done](const core::Result<core::Resource> &r) {
                    if (!r.ok()) {
                        done(r.error, {});
                        return;
                    }
                    core::Resource res = r.value;
                    res.name = name;
                    res.description = m_itemDescription->text().trimmed();
                    m_api->updateResource(rsId, res).then(
                        this, [done](const core::Result<core::Resource> &u) {
                            done(u.error, u.value.permission);
                        });
                });
        }
        break;
    case ItemMode::None:
        break;
    }
}

void ResourceServersPane::deleteItem()
{
    if (m_writing || !m_api)
        return;
    const QModelIndex idx = m_treeView->currentIndex();
    if (!idx.isValid())
        return;
    const ScopesModel::Scope s = m_tree->scopeAt(idx.siblingAtColumn(0));
    const bool isAction = s.kind == ScopesModel::NodeKind::Action;
    const QString rsId = m_current.id;
    MessageBox::confirm(this, isAction ? tr("Delete action") : tr("Delete resource"),
                        isAction
                            ? tr("Delete the action “%1” (%2)? Roles granting it lose it.")
                                  .arg(s.name, s.permission)
                            : tr("Delete the resource “%1” (%2)? It must have no sub-resources or "
                                 "actions left.")
                                  .arg(s.name, s.permission),
                        tr("Delete"), this, [this, s, isAction, rsId](bool yes) {
                            if (!yes)
                                return;
                            setItemFormEnabled(false);
                            auto done = [this, s](const core::Result<core::NoContent> &r) {
                                setItemFormEnabled(true);
                                if (!r.ok() && !r.error.isNotFound()) {
                                    showError(tr("Deleting %1").arg(s.name), r.error);
                                    return;
                                }
                                m_tree->reload();
                                showNote(tr("Deleted %1.").arg(s.name));
                            };
                            if (isAction)
                                m_api->deleteAction(rsId, s.resourceId, s.id).then(this, done);
                            else
                                m_api->deleteResource(rsId, s.id).then(this, done);
                        });
}

} // namespace tid::ui
