#pragma once

#include "core/domain/ResourceServer.h"
#include "core/models/ScopesModel.h"
#include "ui/widgets/AdminPane.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTreeView;

namespace tid::core {
class AdminApi;
class ServerApis;
class DefaultOrganizationUnit;
class ResourceServerFilterProxy;
class ResourceServersModel;
} // namespace tid::core

namespace tid::ui {

// Resource servers: the list (filter by text and type), and an editor for the selected one —
// name, identifier (the audience; an absolute URI), type and delimiter (fixed after creation),
// description — with its resources tree and actions, each showing the permission string the
// server derives. Create, edit and delete; every write disables its form while in flight and
// keeps the input on failure.
class ResourceServersPane final : public AdminPane
{
    Q_OBJECT

public:
    explicit ResourceServersPane(const core::ServerApis *apis, QWidget *parent = nullptr);
    ~ResourceServersPane() override;

    core::ResourceServersModel *model() const { return m_model; }
    core::ScopesModel *resourcesModel() const { return m_tree; }
    QTableView *listView() const { return m_list; }
    QTreeView *resourcesView() const { return m_treeView; }
    // The server in the editor (empty id: a new one being written).
    core::ResourceServer editedServer() const { return m_current; }

public Q_SLOTS:
    void refresh() override;
    void newItem() override;
    // The server form's edits not saved.
    QString unsavedChanges() const override;
    void deleteSelected() override;
    // Selects a server by id (once loaded).
    bool selectServer(const QString &id);
    void save();
    void revert();
    // Resource/action sub-form.
    void startAddResource();
    void startAddAction();
    void startEditItem();
    void deleteItem();
    void submitItem();
    void cancelItem();

Q_SIGNALS:
    void saved(const tid::core::ResourceServer &rs);
    void deleted(const QString &id);
    void itemSaved(const QString &permission);

private:
    enum class ItemMode
    {
        None,
        AddResource,
        AddAction,
        Edit
    };
    void buildUi();
    void buildToolRow();
    void buildList(QWidget *parent);
    QWidget *buildServerForm(QWidget *parent);
    QWidget *buildResourcesBox(QWidget *parent);
    QWidget *buildItemForm();
    void onSelectionChanged();
    void deleteCascade(const core::ResourceServer &rs, QList<core::ScopesModel::Scope> remaining);
    void showServer(const core::ResourceServer &rs);
    void setFormEnabled(bool enabled);
    bool validateForm(QString *why, QWidget **field) const;
    void updateFormState();
    void updateItemPreview();
    void updateItemButtons();
    void setItemFormEnabled(bool enabled);

    const core::AdminApi *const m_api;
    core::ResourceServersModel *m_model;
    core::ResourceServerFilterProxy *m_proxy;
    core::ScopesModel *m_tree;
    core::DefaultOrganizationUnit *m_ou;
    core::ResourceServer m_current;

    QTableView *m_list = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;

    QWidget *m_form = nullptr;
    QLabel *m_formTitle = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_identifier = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_delimiter = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_formHint = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;

    QGroupBox *m_resourcesBox = nullptr;
    QTreeView *m_treeView = nullptr;
    QPushButton *m_addResource = nullptr;
    QPushButton *m_addAction = nullptr;
    QPushButton *m_editItem = nullptr;
    QPushButton *m_deleteItem = nullptr;

    QGroupBox *m_itemForm = nullptr;
    ItemMode m_itemMode = ItemMode::None;
    QString m_itemParentResourceId; // AddResource: parent; AddAction: resource (empty: server)
    QString m_itemParentPermission;
    QString m_itemEditId;
    bool m_itemEditIsAction = false;
    QString m_itemEditResourceId;
    QLineEdit *m_itemName = nullptr;
    QLineEdit *m_itemHandle = nullptr;
    QLineEdit *m_itemDescription = nullptr;
    QComboBox *m_itemKind = nullptr;
    QLabel *m_itemPreview = nullptr;
    QPushButton *m_itemSubmit = nullptr;
    QPushButton *m_itemCancel = nullptr;
    bool m_handleEdited = false;
    bool m_writing = false;
    bool m_restoringSelection = false;
};

} // namespace tid::ui
