#pragma once

#include "core/domain/Agent.h"
#include "core/domain/ServerMetadata.h"
#include "ui/agents/AgentWizard.h"
#include "ui/widgets/AdminPane.h"

#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace tid::core {
class AdminApi;
class ServerApis;
class AdminExtensionsApi;
class AgentFilterProxy;
class AgentsModel;
class EntityPickerModel;
} // namespace tid::core

namespace tid::ui {

class CredentialsTab;

// Agents: the list with their kind (autonomous / interactive / hybrid, from the grant types),
// owner, client id and grants, filtered by kind and text; a creation wizard; an editor; roles;
// and a Credentials tab per agent. Several agents can be selected to delete them or assign
// them a role together.
class AgentsPane final : public AdminPane
{
    Q_OBJECT

public:
    explicit AgentsPane(const core::ServerApis *apis, QWidget *parent = nullptr);
    ~AgentsPane() override;

    // Discovery: the `credentials` extension enables rotation with a grace period.
    void setServerMetadata(const core::ServerMetadata &metadata);

    core::AgentsModel *model() const { return m_model; }
    core::AgentFilterProxy *proxy() const { return m_proxy; }
    QTableView *listView() const { return m_list; }
    // Under the list: a long list's order and the reach of its filter.
    QLabel *listNote() const { return m_listNote; }
    QTabWidget *tabs() const { return m_tabs; }
    CredentialsTab *credentialsTab() const { return m_credentials; }
    AgentWizard *wizard() const { return m_wizard; }
    QListWidget *rolesList() const { return m_rolesList; }
    QComboBox *roleChoice() const { return m_roleChoice; }
    core::Agent currentAgent() const { return m_current; }
    QStringList selectedAgentIds() const;
    QPushButton *historyButton() const { return m_historyButton; }

    // A new secret not yet confirmed ("I have stored it"), or edits not saved.
    QString unsavedChanges() const override;
    void discardUnsavedChanges() override;

public Q_SLOTS:
    void refresh() override;
    // Only the pages that failed, where the list is loaded (the view stays where it is).
    void retryFailed() override;
    void newItem() override; // opens the wizard
    void deleteSelected() override;
    bool selectAgent(const QString &id);
    void saveAgent();
    void assignRoleToSelected(const QString &roleId);
    void removeSelectedRole();
    void chooseRoleForSelected(); // a menu of roles for the selected agents

Q_SIGNALS:
    void agentCreated(const tid::core::Agent &agent);
    void agentSaved(const tid::core::Agent &agent);
    void agentsDeleted(const QStringList &ids);
    void rolesAssigned(const QString &roleId, const QStringList &agentIds);
    // "Show history": the window opens the History pane filtered to this client id.
    void historyRequested(const QString &clientId);

private:
    void buildUi();
    QWidget *buildDetailsTab();
    QWidget *buildRolesTab();
    void onSelectionChanged();
    void showAgent(const core::Agent &agent);
    void loadAgentRoles();
    void loadRoleChoices();
    void createFromWizard(const core::Agent &agent, const QStringList &roleIds);
    void setWriting(bool writing);
    void updateButtons();
    QStringList formState() const; // what the editor shows, to tell edits from the agent
    // Sorting on or off, and the note under the list, for a short or a long list.
    void updateListMode();
    static bool isServerFilter(const QString &text);

    const core::AdminApi *const m_api;
    const core::AdminExtensionsApi *const m_extensions;
    core::AgentsModel *m_model;
    core::AgentFilterProxy *m_proxy;
    core::EntityPickerModel *m_users;
    core::Agent m_current;
    QList<QPair<QString, QString>> m_roleChoices; // id, name
    bool m_writing = false;
    bool m_restoringSelection = false;
    QStringList m_shownState; // formState() right after showAgent()
    int m_rolesGeneration = 0;

    QComboBox *m_kindFilter = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_listNote = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_assignButton = nullptr;
    QPushButton *m_historyButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPointer<AgentWizard> m_wizard;

    QWidget *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_owner = nullptr;
    QLabel *m_kindLabel = nullptr;
    QList<QCheckBox *> m_grants;
    QLineEdit *m_redirect = nullptr;
    QSpinBox *m_clientTtl = nullptr;
    QSpinBox *m_userTtl = nullptr;
    QSpinBox *m_refreshTtl = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_save = nullptr;

    QWidget *m_rolesTab = nullptr;
    QListWidget *m_rolesList = nullptr;
    QComboBox *m_roleChoice = nullptr;
    QPushButton *m_assignRole = nullptr;
    QPushButton *m_removeRole = nullptr;

    CredentialsTab *m_credentials = nullptr;
};

} // namespace tid::ui
