#pragma once

#include "core/domain/ServerMetadata.h"
#include "ui/widgets/AdminPane.h"

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace tid::core {
class AdminApi;
class ServerApis;
class AdminExtensionsApi;
class ConsentFilterProxy;
class ConsentsModel;
class EntityNames;
} // namespace tid::core

namespace tid::ui {

// Consents users gave to agents and applications (the server's `consents` extension): filter by
// user, agent, resource server and status; revoke one or many after a confirmation. Against a
// server without the extension the pane says so instead of failing.
class ConsentsPane final : public AdminPane
{
    Q_OBJECT

public:
    explicit ConsentsPane(const core::ServerApis *apis, QWidget *parent = nullptr);
    ~ConsentsPane() override;

    void setServerMetadata(const core::ServerMetadata &metadata);
    bool isAvailable() const { return m_available; }

    core::ConsentsModel *model() const { return m_model; }
    QTableView *listView() const { return m_list; }
    QComboBox *userFilter() const { return m_user; }
    QComboBox *clientFilter() const { return m_client; }
    QComboBox *serverFilter() const { return m_server; }
    QComboBox *statusFilter() const { return m_status; }
    QPushButton *revokeButton() const { return m_revoke; }
    QLabel *unavailableLabel() const { return m_unavailable; }

public Q_SLOTS:
    void refresh() override;
    void deleteSelected() override; // Del revokes
    void revokeSelected();

Q_SIGNALS:
    void revoked(const QStringList &ids);

private:
    void buildUi();
    void applyQuery();
    void loadFilterChoices();
    void updateButtons();

    const core::AdminApi *const m_api;
    const core::AdminExtensionsApi *const m_extensions;
    core::ConsentsModel *m_model;
    core::ConsentFilterProxy *m_proxy;
    core::EntityNames *m_names;
    bool m_available = false;
    bool m_writing = false;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_unavailable = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_client = nullptr;
    QComboBox *m_server = nullptr;
    QComboBox *m_status = nullptr;
    QTableView *m_list = nullptr;
    QPushButton *m_revoke = nullptr;
};

} // namespace tid::ui
