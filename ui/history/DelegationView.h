#pragma once

#include "core/history/HistoryBackend.h"
#include "core/history/HistoryFilter.h"

#include <QHash>
#include <QMultiHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace tid::core {
class ActorNameResolver;
class HistoryStore;
class Settings;
} // namespace tid::core

namespace tid::ui {

class ChainGraph;

// Delegation chains of the current filter (HistoryStore::chains): each chain under its root (the
// user or agent it started from), its hops nested one inside the other — who obtained each
// token, the scopes it held (narrowing along the way) and its audience — down to the final
// token's audience. Flags: no human started it; deeper than N (the spin box); a hop holds a
// scope its parent did not. "Only flagged" narrows the list to the chains an auditor must read.
class DelegationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DelegationView)

public:
    enum Flag
    {
        NoHuman = 0x1,
        TooDeep = 0x2,
        ScopeWidened = 0x4,
    };
    Q_DECLARE_FLAGS(Flags, Flag)

    static constexpr int ChainLimit = 500;

    explicit DelegationView(core::Settings *settings = nullptr, QWidget *parent = nullptr);
    ~DelegationView() override;

    void setStore(core::HistoryStore *store);
    void setFilter(const core::HistoryFilter &filter);
    void setClientNames(const QHash<QString, QString> &names);
    // Principal ids (a chain's root user, a token's subject) by name through `resolver`.
    void setServer(const QString &issuer, core::ActorNameResolver *resolver);
    // Queries again (the store changed, or the view became visible).
    void reload();

    static Flags flagsOf(const core::DelegationChain &chain, int depthLimit);

    const QList<core::DelegationChain> &chains() const { return m_chains; }
    QTreeWidget *tree() const { return m_tree; }
    // The selected chain drawn as a graph.
    ChainGraph *graph() const { return m_graph; }
    QSpinBox *depthLimitBox() const { return m_depth; }
    QCheckBox *onlyFlaggedBox() const { return m_onlyFlagged; }
    QLabel *summaryLabel() const { return m_summary; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded(int chains);
    // A hop was double-clicked: the pane selects that token's event.
    void hopActivated(qint64 rowId);
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    QString who(const QString &clientId) const;
    QString principal(const QString &sub) const;
    QString labelOf(const QTreeWidgetItem *item) const;
    void relabel(const QString &sub);

    core::Settings *m_settings;
    QPointer<core::HistoryStore> m_store;
    core::HistoryFilter m_filter;
    QList<core::DelegationChain> m_chains;
    QHash<QString, QString> m_clientNames;
    QString m_issuer;
    QPointer<core::ActorNameResolver> m_resolver;
    QMetaObject::Connection m_resolverConnection;
    QMultiHash<QString, QTreeWidgetItem *> m_bySubject;
    int m_generation = 0;
    bool m_loading = false;
    bool m_dirty = true;

    QLabel *m_summary = nullptr;
    QSpinBox *m_depth = nullptr;
    QCheckBox *m_onlyFlagged = nullptr;
    QTreeWidget *m_tree = nullptr;
    ChainGraph *m_graph = nullptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DelegationView::Flags)

} // namespace tid::ui
