#pragma once

#include "core/api/OAuthApi.h"
#include "core/playground/Scenario.h"
#include "ui/widgets/AdminPane.h"

#include <QHash>
#include <QIdentityProxyModel>
#include <QPointer>
#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QTreeView;

namespace tid::core {
class ChainPolicy;
class FlowRunner;
class Keychain;
class PlaygroundStepsModel;
class ServerApis;
} // namespace tid::core

namespace tid::ui {

// Colours the steps by status (the core model stays free of QtGui).
class PlaygroundStatusProxy final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

// The flow playground ("Try it out"): pick a flow, the agents, the resource server (audience)
// and the scopes, Run it against the connected server and watch each step — a row that expands
// to its real HTTP exchanges, shown masked (Reveal shows secrets and tokens), with the server's
// errors explained. Every token produced opens in the Inspector; every exchange copies as curl
// with its secrets as shell variables; scenarios are saved and opened as JSON files without
// secrets. Agents' secrets are typed or read from the keychain (one entry per profile and agent,
// written only when the user ticks "Keep in the keychain").
class PlaygroundPane final : public AdminPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundPane)

public:
    explicit PlaygroundPane(const core::ServerApis *apis, QWidget *parent = nullptr);
    ~PlaygroundPane() override;

    // Where agents' secrets are kept: the keychain and the profile of the connection (asked at
    // each use; empty: not offered). Not owned.
    void setKeychain(core::Keychain *keychain, std::function<QString()> profile);
    // The session's own client credentials: when an agent of the scenario is that client, its
    // secret is already known.
    void setSessionAuth(const core::ClientAuth &auth);
    // Called on connect: administrators get the agents and resource servers to pick from.
    void setAdministrator(bool administrator);
    // The chain policy each produced token is checked against (the Inspector's; none when
    // invalid): each step says whether it holds, rule by rule.
    void setPolicy(const core::ChainPolicy &policy);

    core::FlowRunner *runner() const { return m_runner; }
    core::PlaygroundStepsModel *model() const { return m_model; }
    QTreeView *stepsView() const { return m_steps; }

    core::Scenario scenario() const;
    void setScenario(const core::Scenario &scenario);
    // The secret typed for an agent (tests); empty if none.
    void setSecretText(const QString &clientId, const QString &secret);

    bool saveScenario(const QString &path);
    bool openScenario(const QString &path);
    // The keychain's purpose for an agent's secret.
    static QString secretPurpose(const QString &clientId);
    // "Copy as curl" of the current row (its last exchange for a step row).
    QString curlForCurrent() const;
    void copyCurl();
    void run();
    void stop();

    void refresh() override;

Q_SIGNALS:
    // A token produced by a step, for the Inspector.
    void openInInspector(const QString &token);
    // Open this URL in the user's browser (the sign-in of the authorization-code flow).
    void browserSignInRequested(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void applyFlow(core::Scenario::Flow flow);
    void addHopRow(const core::Scenario::Hop &hop);
    void rebuildSecrets();
    void updateButtons();
    void showDetail();
    void loadCatalog();
    void fillChoices(QComboBox *combo, const QStringList &items);
    void readKeychainSecret(const QString &clientId);
    QString secretFor(const QString &clientId) const;

    const core::ServerApis *m_apis;
    core::FlowRunner *m_runner;
    core::PlaygroundStepsModel *m_model;
    PlaygroundStatusProxy *m_proxy;
    QPointer<core::Keychain> m_keychain;
    std::function<QString()> m_profile;
    core::ClientAuth m_sessionAuth;
    bool m_administrator = false;
    bool m_applying = false;

    QComboBox *m_flow = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    QGroupBox *m_originBox = nullptr;
    QLabel *m_originAgentLabel = nullptr;
    QLabel *m_policyLabel = nullptr;
    QComboBox *m_originAgent = nullptr;
    QLineEdit *m_originScopes = nullptr;
    QComboBox *m_originAudience = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_bindingLabel = nullptr;
    QLineEdit *m_binding = nullptr;
    QGroupBox *m_hopsBox = nullptr;
    QTableWidget *m_hops = nullptr;
    QPushButton *m_addHop = nullptr;
    QPushButton *m_removeHop = nullptr;
    QComboBox *m_checkAudience = nullptr;
    QGroupBox *m_secretsBox = nullptr;
    QFormLayout *m_secretsForm = nullptr;
    QHash<QString, QLineEdit *> m_secretEdits;
    QHash<QString, QCheckBox *> m_keepChecks;
    QHash<QString, QString> m_keychainSecrets; // read this session (memory only)
    QTreeView *m_steps = nullptr;
    QTextBrowser *m_detail = nullptr;
    QCheckBox *m_reveal = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QPushButton *m_inspect = nullptr;
    QStringList m_agentChoices;
    QStringList m_audienceChoices;
};

} // namespace tid::ui
