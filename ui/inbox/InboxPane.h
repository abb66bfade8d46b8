#pragma once

#include "core/domain/CibaRequest.h"
#include "core/domain/ServerMetadata.h"
#include "ui/widgets/AdminPane.h"

#include <QSet>

#include <functional>
#include <memory>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace tid::core {
class ServerApis;
class CibaApprovalsApi;
class CibaDecisionsModel;
class CibaRequestsModel;
} // namespace tid::core

namespace tid::ui {

class InboxFilterProxy;

// The approval inbox: CIBA requests waiting for the signed-in user (the server's
// `ciba-approvals` extension), newest first, kept current from the server's event stream (and
// polled every few seconds while the stream is not open). The detail shows the
// binding message large — the user compares it with what the agent shows — the requesting
// agent, the scopes and the resource server; Approve (a deliberate click, never a keyboard
// default) and Deny (asks nothing). Expired requests are greyed and cannot be approved.
//
// Only the user a request is addressed to may decide it: with that user's own token (browser
// sign-in) the pane lists and decides that user's requests (Viewer::User); with an
// administrator's token it lists every user's requests for monitoring, read-only from the start:
// Approve and Deny hidden, one line saying why (Viewer::Administrator). A refusal the server
// still sends (403 CIB-1004) turns it read-only the same way. The scopes are a checklist: the
// user may untick some and approve fewer (the extension accepts a subset); scopes that write,
// delete or administer are highlighted. Against a server without the extension the pane says so.
class InboxPane final : public AdminPane
{
    Q_OBJECT

public:
    enum class Viewer
    {
        User,
        Administrator
    };
    Q_ENUM(Viewer)

    explicit InboxPane(const core::ServerApis *apis, QWidget *parent = nullptr);
    ~InboxPane() override;

    // Who is signed in: the pane resets to it (buttons, notices) — a user after an
    // administrator in the same window decides again.
    void setViewer(Viewer viewer);
    Viewer viewer() const { return m_viewer; }
    // Resolves a user id to a readable name (the id itself when it returns empty or is unset).
    void setUserNames(std::function<QString(const QString &)> names);

    void setServerMetadata(const core::ServerMetadata &metadata);
    bool isAvailable() const { return m_available; }
    // True after the server refused a decision because the token is not the addressed user's.
    bool isReadOnly() const { return m_readOnly; }

    core::CibaRequestsModel *model() const { return m_model; }
    // "My decisions" (a user) / "All decisions" (an administrator): every request of any status.
    core::CibaDecisionsModel *decisionsModel() const { return m_decisions; }
    QTableView *decisionsView() const { return m_decisionsView; }
    QTabWidget *tabs() const { return m_tabs; }
    void showDecisions();
    QTableView *listView() const { return m_list; }
    QLabel *bindingMessageLabel() const { return m_binding; }
    QLabel *unavailableLabel() const { return m_unavailable; }
    QLabel *readOnlyLabel() const { return m_readOnlyNote; }
    QPushButton *approveButton() const { return m_approve; }
    // The scopes of the shown request, checkable: approving sends the ticked ones.
    QListWidget *scopeList() const { return m_scopes; }
    // The ticked scopes of the shown request.
    QStringList checkedScopes() const;
    QPushButton *denyButton() const { return m_deny; }

    // The request shown in the detail (empty id when none).
    core::CibaRequest currentRequest() const;
    // Selects the row of a request id; false when it is not listed.
    bool selectRequest(const QString &id);

public Q_SLOTS:
    void refresh() override;
    void approveCurrent();
    void denyCurrent();

Q_SIGNALS:
    void approved(const QString &id);
    void denied(const QString &id);

protected:
    void listResized(QAbstractItemView *view) override;

private:
    void buildUi();
    void fitColumns();
    void decide(bool approve);
    void updateDetail();
    void updateButtons();
    void fillScopes(const core::CibaRequest &request);
    QString userName(const QString &userId) const;
    QString partyText(const tid::core::CibaRequest::Party &party) const;
    QString actingForText(const tid::core::CibaRequest &request) const;

    const core::CibaApprovalsApi *const m_ciba;
    core::CibaRequestsModel *m_model;
    InboxFilterProxy *m_proxy;
    core::CibaDecisionsModel *m_decisions;
    bool m_available = false;
    bool m_readOnly = false;
    Viewer m_viewer = Viewer::User;
    std::function<QString(const QString &)> m_names;
    QString m_scopesOf; // the request whose scopes the checklist shows
    bool m_refreshAsked = false;
    QSet<QString> m_inFlight;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_unavailable = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QTableView *m_list = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_decisionsView = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    QLabel *m_binding = nullptr;
    QLabel *m_agent = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_actingFor = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_resource = nullptr;
    QListWidget *m_scopes = nullptr;
    QLabel *m_expires = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_deny = nullptr;
};

} // namespace tid::ui
