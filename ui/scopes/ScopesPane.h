#pragma once

#include "ui/widgets/AdminPane.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace tid::core {
class AdminApi;
class ServerApis;
class ScopeFilterProxy;
class ScopeHolderFilterProxy;
class ScopeHoldersModel;
class ScopesModel;
} // namespace tid::core

namespace tid::ui {

// Every scope across all resource servers as a tree (resource server → resource → action, with
// the full permission string), filtered by text and resource server; for the selected scope,
// the roles that grant it and the agents that hold it (directly or through a group).
class ScopesPane final : public AdminPane
{
    Q_OBJECT

public:
    explicit ScopesPane(const core::ServerApis *apis, QWidget *parent = nullptr);
    ~ScopesPane() override;

    core::ScopesModel *model() const { return m_model; }
    core::ScopeHoldersModel *holdersModel() const { return m_holders; }
    QTreeView *treeView() const { return m_tree; }
    QTableView *rolesView() const { return m_rolesView; }
    QTableView *agentsView() const { return m_agentsView; }

public Q_SLOTS:
    void refresh() override;
    // Selects the scope with this permission on this server (loads the tree if needed).
    void selectPermission(const QString &resourceServerId, const QString &permission);

private:
    void buildUi();
    void onCurrentChanged();
    void rebuildServerFilter();

    const core::AdminApi *const m_api;
    core::ScopesModel *m_model;
    core::ScopeFilterProxy *m_proxy;
    core::ScopeHoldersModel *m_holders;
    core::ScopeHolderFilterProxy *m_roles;
    core::ScopeHolderFilterProxy *m_agents;

    QComboBox *m_serverFilter = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_copy = nullptr;
    QTableView *m_rolesView = nullptr;
    QTableView *m_agentsView = nullptr;
    QString m_pendingRs;
    QString m_pendingPermission;
};

} // namespace tid::ui
