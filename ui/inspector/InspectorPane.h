#pragma once

#include "core/api/OAuthApi.h"
#include "core/token/ActorNameResolver.h"
#include "core/token/ChainPolicy.h"
#include "core/token/Jwks.h"
#include "core/token/Jwt.h"
#include "core/token/TokenValidator.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <memory>

class QFont;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QCheckBox;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QToolButton;
class QTreeView;

namespace tid::core {
class ActorChainModel;
class AdminApi;
class ClaimsModel;
class EntityNames;
class FindingsModel;
class JwksFetcher;
} // namespace tid::core

namespace tid::ui {

class MessageWidget;

// The token inspector: paste (or drop, or take from the clipboard) a token and see, as you type,
// its claims, its RFC 8693 actor chain as a tree (subject → current actor → prior actors), the
// validator's findings coloured by severity, the raw JSON, and a live expiry countdown.
// "Compare with…" diffs a second (child) token against it — the downscoping check. Introspect
// and Revoke go through OAuthApi when one is set. Errors show inline, never in a modal box.
class InspectorPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorPane)

public:
    static constexpr int DebounceMs = 300;

    explicit InspectorPane(QWidget *parent = nullptr);
    ~InspectorPane() override;

    // The token text in the paste box; decoding follows after the debounce.
    void setTokenText(const QString &text);
    QString tokenText() const;
    // Decodes now instead of waiting for the debounce.
    void decodeNow();

    // Keys to verify with. `source` is shown to the user ("file jwks.json", a URL …).
    void setJwks(const core::Jwks &jwks, const QString &source);
    void clearJwks();
    // Fetches a JWKS (or a discovery document's jwks_uri) asynchronously.
    void fetchJwks(const QUrl &url);
    bool loadJwksFile(const QString &path);

    void setExpectedIssuer(const QString &issuer);
    void setExpectedAudience(const QString &audience);
    void setClockSkew(int seconds);

    // Connected server: introspection, revocation and its JWKS. nullptr disconnects (the
    // buttons are then disabled with a tooltip saying why). The API must outlive the pane or
    // be reset first; `auth` is the client the console signed in with.
    void setOAuthApi(const core::OAuthApi *api, const core::ClientAuth &auth = {});
    // How principal ids become names and kinds (e.g. through the admin API); optional.
    void setNameLookup(core::ActorNameResolver::Lookup lookup);
    // Convenience: names and kinds from the management API of the server whose issuer is
    // `issuer` (agents, users, applications). nullptr: raw ids again.
    void setAdminApi(const core::AdminApi *api, const QString &issuer);

    // Fixed "now" for tests and screenshots (seconds since the epoch); 0 = the clock.
    void setReferenceTime(qint64 secs);

    bool loadTokenFile(const QString &path);
    // A chain policy (docs/policies.md) checked against every token decoded from now on; its
    // rules show among the findings (an error for each rule that fails). A file that cannot be
    // used keeps the current policy and says why (line and reason).
    bool loadPolicyFile(const QString &path);
    void clearPolicy();
    const core::ChainPolicy &policy() const { return m_policy; }
    // The current token's verdicts, one per rule; empty without a policy or a token.
    const core::PolicyResults &policyResults() const { return m_policyResults; }
    void pasteFromClipboard();
    // Opens the comparison with `childToken` (shows the Compare tab).
    void compareWith(const QString &childToken);
    // An information line above the token (where it came from); the next decode clears it.
    void showNote(const QString &text);

    core::ClaimsModel *claimsModel() const { return m_claims; }
    core::ActorChainModel *chainModel() const { return m_chain; }
    core::FindingsModel *findingsModel() const { return m_findings; }
    core::FindingsModel *diffModel() const { return m_diffFindings; }
    const core::ValidationResult &lastResult() const { return m_result; }

Q_SIGNALS:
    // After every decode (debounced or not): whether a token was parsed, and whether it is valid.
    void decoded(bool parsed, bool valid);
    void jwksChanged();
    // A chain policy was loaded or removed (an invalid policy: none). The playground checks
    // the tokens it produces against the same policy.
    void policyChanged(const tid::core::ChainPolicy &policy);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    // The connected server's key set (through the session's client and its TLS pin).
    void loadServerKeys();
    void createTokenWidgets(const QFont &mono);
    void createVerifyWidgets();
    void createActionWidgets();
    void buildTabs(const QFont &mono);
    void buildChainAndFindings();
    QLayout *tokenButtonRow();
    QLayout *verifyGrid();
    QLayout *actionRow();
    QWidget *chainAndFindingsPanel();
    void retranslate();
    void scheduleDecode();
    void decode();
    void updateCountdown();
    void updateRawView();
    void updateVerdict();
    void updateServerButtons();
    void updateDiff();
    void showError(const QString &message);
    void introspect();
    void revoke();
    void loadJwksFromInput();
    void openTokenFile();
    void openJwksFile();
    void openPolicyFile();
    void updatePolicyStatus();
    qint64 now() const;

    // models
    core::ClaimsModel *m_claims;
    core::ActorChainModel *m_chain;
    core::FindingsModel *m_findings;
    core::FindingsModel *m_diffFindings;
    core::ActorNameResolver *m_resolver;
    core::EntityNames *m_names = nullptr; // the principal lookup of the connected server
    core::JwksFetcher *m_fetcher;
    std::unique_ptr<core::TokenValidator> m_validator;

    // state
    core::Jwt m_jwt;
    core::ValidationResult m_result;
    core::ChainPolicy m_policy;
    core::PolicyResults m_policyResults;
    core::Jwks m_jwks;
    bool m_hasJwks = false;
    QString m_jwksSource;
    const core::OAuthApi *m_api = nullptr;
    core::ClientAuth m_auth;
    qint64 m_referenceTime = 0;
    bool m_issuerFromServer = false;

    // widgets
    MessageWidget *m_message;
    QPlainTextEdit *m_tokenEdit;
    QPushButton *m_pasteButton;
    QPushButton *m_openButton;
    QPushButton *m_clearButton;
    QLabel *m_verdict;
    QLabel *m_countdown;
    QLineEdit *m_jwksEdit;
    QPushButton *m_jwksLoadButton;
    QPushButton *m_jwksFileButton;
    QLabel *m_jwksStatus;
    QLineEdit *m_issuerEdit;
    QLineEdit *m_audienceEdit;
    QSpinBox *m_skewSpin;
    QCheckBox *m_accessTokenCheck;
    QPushButton *m_introspectButton;
    QPushButton *m_revokeButton;
    QPushButton *m_compareButton;
    QPushButton *m_policyButton;
    QPushButton *m_policyClearButton;
    QLabel *m_policyStatus;
    QTextBrowser *m_serverResult;
    QTabWidget *m_tabs;
    QTreeView *m_claimsView;
    QTextBrowser *m_rawView;
    QWidget *m_compareTab;
    QPlainTextEdit *m_compareEdit;
    QLabel *m_diffSummary;
    QTreeView *m_diffView;
    QTreeView *m_chainView;
    QTreeView *m_findingsView;
    QLabel *m_chainTitle;
    QLabel *m_findingsTitle;
    QTimer *m_debounce;
    QTimer *m_compareDebounce;
    QTimer *m_tick;
};

} // namespace tid::ui
