#pragma once

#include "core/domain/Agent.h"

#include <QWizard>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace tid::core {
class AdminApi;
class EntityPickerModel;
} // namespace tid::core

namespace tid::ui {

// Creating an agent in four steps: who (name, description, owner), what kind (autonomous,
// interactive or hybrid — which presets the grant types, still editable), what it may reach
// (default audience and roles), and its token lifetimes. Finish asks the pane to create it
// (submitted()); the wizard stays open with everything typed until the pane says it worked
// (finishSucceeded) or shows the server's message (finishFailed).
class AgentWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        IdentityPage,
        KindPage,
        AccessPage,
        TokensPage
    };

    explicit AgentWizard(const core::AdminApi *api, QWidget *parent = nullptr);
    ~AgentWizard() override;

    // The agent as described so far (without ouId).
    core::Agent agent() const;
    QStringList selectedRoleIds() const;
    void setAgentKind(core::Agent::Kind kind);
    core::Agent::Kind agentKind() const;
    static QStringList presetGrants(core::Agent::Kind kind);

    // Widgets, for tests and accessibility.
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *ownerCombo() const { return m_owner; }
    QLineEdit *redirectEdit() const { return m_redirect; }
    QListWidget *rolesList() const { return m_roles; }
    QComboBox *audienceCombo() const { return m_audience; }
    QSpinBox *agentTokenLifetime() const { return m_clientTtl; }
    QLabel *errorLabel() const { return m_error; }
    bool isSubmitting() const { return m_submitting; }

public Q_SLOTS:
    void accept() override;
    void finishSucceeded();
    void finishFailed(const QString &message);

Q_SIGNALS:
    void submitted(const tid::core::Agent &agent, const QStringList &roleIds);

protected:
    bool validateCurrentPage() override;

private:
    QWizardPage *buildIdentityPage();
    QWizardPage *buildKindPage();
    QWizardPage *buildAccessPage();
    QWizardPage *buildTokensPage();
    void applyPreset();
    void loadChoices();

    const core::AdminApi *m_api;
    core::EntityPickerModel *m_users;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_owner = nullptr;
    QButtonGroup *m_kind = nullptr;
    QList<QCheckBox *> m_grants;
    QLineEdit *m_redirect = nullptr;
    QComboBox *m_audience = nullptr;
    QListWidget *m_roles = nullptr;
    QSpinBox *m_clientTtl = nullptr;
    QSpinBox *m_userTtl = nullptr;
    QSpinBox *m_refreshTtl = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_pageError[4] = {};
    bool m_submitting = false;
};

} // namespace tid::ui
