#pragma once

#include "core/api/ApiError.h"
#include "core/domain/Agent.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace tid::core {
class AdminApi;
class AdminExtensionsApi;
class CredentialFilterProxy;
class CredentialsModel;
} // namespace tid::core

namespace tid::ui {

class SecretReveal;

// The client secret of one agent. With the server's `credentials` extension: rotate with a
// grace period (older secrets keep working until it ends), revoke everything, and the secrets'
// metadata. Without it (plain ThunderID): regenerate — a new secret PUT on the agent, with the
// plain warning that the old one stops working at once. A new secret is shown once.
class CredentialsTab final : public QWidget
{
    Q_OBJECT

public:
    CredentialsTab(const core::AdminApi *admin, const core::AdminExtensionsApi *extensions,
                   QWidget *parent = nullptr);
    ~CredentialsTab() override;

    void setCredentialsExtension(bool available);
    bool hasCredentialsExtension() const { return m_extension; }
    void setAgent(const core::Agent &agent);
    core::Agent agent() const { return m_agent; }

    SecretReveal *secretReveal() const { return m_reveal; }
    core::CredentialsModel *model() const { return m_model; }
    QSpinBox *graceSeconds() const { return m_grace; }
    QPushButton *rotateButton() const { return m_rotate; }
    QPushButton *revokeButton() const { return m_revoke; }
    bool isWriting() const { return m_writing; }

    // Shows a secret that arrived elsewhere (the agent was just created).
    void revealSecret(const QString &secret, const QString &note = {});

public Q_SLOTS:
    void rotate();
    void revoke();
    void reload();

Q_SIGNALS:
    void errorOccurred(const QString &context, const tid::core::ApiError &error);
    void message(const QString &text);
    void busyChanged(bool busy);
    void rotated();
    void agentUpdated(const tid::core::Agent &agent);

private:
    void updateState();
    void setWriting(bool writing);
    void rotateWithExtension();
    void regenerate();

    const core::AdminApi *const m_admin;
    const core::AdminExtensionsApi *const m_extensions;
    bool m_extension = false;
    bool m_writing = false;
    core::Agent m_agent;
    core::CredentialsModel *m_model;
    core::CredentialFilterProxy *m_proxy;

    SecretReveal *m_reveal;
    QLabel *m_summary;
    QLabel *m_mode;
    QLabel *m_graceLabel;
    QSpinBox *m_grace;
    QPushButton *m_rotate;
    QPushButton *m_revoke;
    QTableView *m_table;
    QLabel *m_noMetadata;
};

} // namespace tid::ui
