#pragma once

#include "core/history/HistoryEvent.h"
#include "core/token/ActorNameResolver.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace tid::core {
class ActorChainModel;
class HistoryStore;
} // namespace tid::core

namespace tid::ui {

// The detail of one history event: a one-line summary; the raw event pretty-printed (and the
// other source's original when the file line and the audit event were merged); the actor chain
// as a tree (the inspector's model over a payload of sub + act); the linked events (same trace,
// the parent token, tokens exchanged from it, its revocation); and "Open in Inspector" when the
// event knows the token's claims (audit events do, file lines do not).
class HistoryEventDetail final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryEventDetail)

public:
    explicit HistoryEventDetail(QWidget *parent = nullptr);
    ~HistoryEventDetail() override;

    void setStore(core::HistoryStore *store);
    void setClientNames(const QHash<QString, QString> &names) { m_clientNames = names; }
    // The connected server: its issuer goes into the claims (`iss`), and principal ids in the
    // chain and the summary are shown by name through `lookup` (empty: raw ids).
    void setServer(const QString &issuer, core::ActorNameResolver::Lookup lookup);
    // Shows an event (nullopt: the "select an event" text) and asks the store for its links.
    void setEvent(const std::optional<core::HistoryEvent> &event);
    std::optional<core::HistoryEvent> event() const { return m_event; }

    // The claims an event tells about its token (sub, act, aud, scope, jti, client_id, iat);
    // empty when it knows no subject and no actor (a file line).
    static QJsonObject claimsOf(const core::HistoryEvent &event, const QString &issuer = {});
    // How `other` relates to `event` ("parent token", "exchanged from it", "same trace" …).
    static QString relation(const core::HistoryEvent &event, const core::HistoryEvent &other);

    core::ActorNameResolver *resolver() const { return m_resolver; }
    QLabel *summaryLabel() const { return m_summary; }
    QTextBrowser *rawView() const { return m_raw; }
    QTextBrowser *twinView() const { return m_twin; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeView *chainView() const { return m_chainView; }
    core::ActorChainModel *chainModel() const { return m_chain; }
    QTreeWidget *linkedView() const { return m_linked; }
    QPushButton *inspectorButton() const { return m_inspect; }
    bool isLinkedLoading() const { return m_linkedLoading; }

Q_SIGNALS:
    void openInInspector(const QJsonObject &claims);
    // A linked event was double-clicked (the pane shows it).
    void linkedEventActivated(const tid::core::HistoryEvent &event);
    void linkedLoaded(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void showRaw();
    void loadLinked();
    void updateSummary();

    QPointer<core::HistoryStore> m_store;
    std::optional<core::HistoryEvent> m_event;
    QList<core::HistoryEvent> m_linkedEvents;
    QHash<QString, QString> m_clientNames;
    QString m_issuer;
    core::ActorNameResolver *m_resolver = nullptr;
    int m_generation = 0;
    bool m_linkedLoading = false;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_raw = nullptr;
    QLabel *m_twinCaption = nullptr;
    QTextBrowser *m_twin = nullptr;
    core::ActorChainModel *m_chain = nullptr;
    QTreeView *m_chainView = nullptr;
    QLabel *m_chainNote = nullptr;
    QTreeWidget *m_linked = nullptr;
    QPushButton *m_inspect = nullptr;
};

} // namespace tid::ui
