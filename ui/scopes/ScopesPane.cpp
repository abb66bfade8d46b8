#include "ui/scopes/ScopesPane.h"

#include "core/api/AdminApi.h"
#include "core/api/ServerApis.h"
#include "core/models/ScopeHoldersModel.h"
#include "core/models/ScopesModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using tid::core::ScopeHoldersModel;
using tid::core::ScopesModel;

namespace tid::ui {

ScopesPane::ScopesPane(const core::ServerApis *apis, QWidget *parent)
    : AdminPane(parent)
    , m_api(apis ? &apis->admin() : nullptr)
    , m_model(new ScopesModel(m_api, this))
    , m_proxy(new core::ScopeFilterProxy(this))
    , m_holders(new ScopeHoldersModel(m_api, this))
    , m_roles(new core::ScopeHolderFilterProxy(this))
    , m_agents(new core::ScopeHolderFilterProxy(this))
{
    setObjectName(u"scopesPane"_s);
    setAccessibleName(tr("Scopes"));
    m_proxy->setSourceModel(m_model);
    m_roles->setSourceModel(m_holders);
    m_roles->setHolderKind(ScopeHoldersModel::HolderKind::Role);
    m_agents->setSourceModel(m_holders);
    m_agents->setHolderKind(ScopeHoldersModel::HolderKind::Agent);
    buildUi();
    watchModel(m_model, tr("Loading scopes"));
    connect(m_model, &ScopesModel::busyChanged, this, [this](bool b) {
        if (!b) {
            rebuildServerFilter();
            if (!m_pendingPermission.isEmpty())
                selectPermission(m_pendingRs, m_pendingPermission);
        }
    });
    connect(m_holders, &ScopeHoldersModel::busyChanged, this, [this](bool b) {
        setBusy(m_holders, b);
        updateEmptyStates();
    });
    connect(m_holders, &ScopeHoldersModel::errorOccurred, this,
            [this](const core::ApiError &e) { showError(tr("Finding who holds the scope"), e); });
    m_model->reload();
}

ScopesPane::~ScopesPane() = default;

void ScopesPane::buildUi()
{
    m_serverFilter = new QComboBox(this);
    m_serverFilter->setObjectName(u"serverFilter"_s);
    m_serverFilter->setAccessibleName(tr("Filter by resource server"));
    m_serverFilter->setMinimumContentsLength(16);
    m_serverFilter->addItem(tr("All resource servers"), QString());
    connect(m_serverFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setResourceServerId(m_serverFilter->currentData().toString());
        m_tree->expandAll();
        updateEmptyStates();
    });
    connect(filterEdit(), &QLineEdit::textChanged, this, [this](const QString &t) {
        if (!t.trimmed().isEmpty())
            m_model->fetchAll(); // search everything, not only what is expanded
        m_proxy->setText(t);
        if (!t.trimmed().isEmpty())
            m_tree->expandAll();
        updateEmptyStates();
    });
    toolRow()->addWidget(m_serverFilter);
    addRefreshAction();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(u"scopesTree"_s);
    m_tree->setAccessibleName(tr("Scopes by resource server"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(ScopesModel::NameColumn, 220);
    m_tree->setColumnWidth(ScopesModel::PermissionColumn, 240);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ScopesPane::onCurrentChanged);
    attachEmptyState(m_tree, [this] {
        if (m_model->isBusy())
            return tr("Loading…");
        if (m_model->rowCount() > 0)
            return tr("No scope matches the filter.");
        return tr("No resource servers yet, so no scopes. Define them in Resource servers.");
    });

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    m_title = new QLabel(tr("Select a scope"), right);
    m_title->setObjectName(u"scopeTitle"_s);
    m_title->setAccessibleName(tr("Selected scope"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setFamily(u"monospace"_s);
    f.setStyleHint(QFont::Monospace);
    m_title->setFont(f);
    m_copy = new QPushButton(tr("Copy"), right);
    m_copy->setAccessibleName(tr("Copy the permission string"));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_title->text());
        showNote(tr("Copied %1.").arg(m_title->text()), MessageWidget::Type::Information);
    });
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_copy);
    rightLayout->addLayout(titleRow);
    m_details = new QLabel(right);
    m_details->setObjectName(u"scopeDetails"_s);
    m_details->setAccessibleName(tr("Scope details"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_details);

    auto makeTable = [this](QWidget *parent, QAbstractItemModel *model, const QString &name) {
        auto *view = new QTableView(parent);
        view->setModel(model);
        view->setAccessibleName(name);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSortingEnabled(true);
        view->sortByColumn(ScopeHoldersModel::NameColumn, Qt::AscendingOrder);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setColumnHidden(ScopeHoldersModel::KindColumn, true);
        view->setColumnWidth(ScopeHoldersModel::NameColumn, 200);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        compactRows(view);
        return view;
    };
    auto *rolesBox = new QGroupBox(tr("Roles that grant it"), right);
    auto *rolesLayout = new QVBoxLayout(rolesBox);
    m_rolesView = makeTable(rolesBox, m_roles, tr("Roles that grant the scope"));
    m_rolesView->setObjectName(u"grantingRoles"_s);
    m_rolesView->setColumnHidden(ScopeHoldersModel::ViaColumn, true);
    rolesLayout->addWidget(m_rolesView);
    attachEmptyState(m_rolesView, [this] {
        if (m_holders->permission().isEmpty())
            return QString();
        return m_holders->isBusy() ? tr("Searching…") : tr("No role grants this scope.");
    });
    auto *agentsBox = new QGroupBox(tr("Agents that hold it"), right);
    auto *agentsLayout = new QVBoxLayout(agentsBox);
    m_agentsView = makeTable(agentsBox, m_agents, tr("Agents that hold the scope"));
    m_agentsView->setObjectName(u"holdingAgents"_s);
    agentsLayout->addWidget(m_agentsView);
    attachEmptyState(m_agentsView, [this] {
        if (m_holders->permission().isEmpty())
            return QString();
        return m_holders->isBusy() ? tr("Searching…")
                                   : tr("No agent holds this scope through a role.");
    });
    rightLayout->addWidget(rolesBox, 1);
    rightLayout->addWidget(agentsBox, 2);

    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    body()->addWidget(splitter, 1);
}

void ScopesPane::refresh()
{
    clearMessage();
    m_model->reload();
    m_holders->setScope({}, {});
    onCurrentChanged();
}

void ScopesPane::rebuildServerFilter()
{
    const QString current = m_serverFilter->currentData().toString();
    QSignalBlocker block(m_serverFilter);
    while (m_serverFilter->count() > 1)
        m_serverFilter->removeItem(1);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        m_serverFilter->addItem(i.data().toString(), i.data(core::IdRole).toString());
    }
    m_serverFilter->setCurrentIndex(qMax(0, m_serverFilter->findData(current)));
}

void ScopesPane::selectPermission(const QString &resourceServerId, const QString &permission)
{
    const QModelIndex src = m_model->findPermission(resourceServerId, permission);
    if (!src.isValid()) {
        m_pendingRs = resourceServerId;
        m_pendingPermission = permission;
        if (!m_model->isBusy())
            m_model->fetchAll();
        return;
    }
    m_pendingPermission.clear();
    const QModelIndex idx = m_proxy->mapFromSource(src);
    m_tree->expand(idx.parent());
    m_tree->setCurrentIndex(idx);
    m_tree->scrollTo(idx);
}

void ScopesPane::onCurrentChanged()
{
    const QModelIndex idx = m_proxy->mapToSource(m_tree->currentIndex());
    const ScopesModel::Scope s = m_model->scopeAt(idx.siblingAtColumn(0));
    if (!idx.isValid() || s.kind == ScopesModel::NodeKind::ResourceServer) {
        m_title->setText(idx.isValid() ? s.name : tr("Select a scope"));
        m_details->setText(idx.isValid() ? tr("Resource server · audience %1\n%2")
                                               .arg(s.resourceServerIdentifier, s.description)
                                         : QString());
        m_copy->setEnabled(false);
        m_holders->setScope({}, {});
        updateEmptyStates();
        return;
    }
    m_title->setText(s.permission);
    m_copy->setEnabled(true);
    QString details =
        tr("%1 in %2 (audience %3)")
            .arg(ScopesModel::kindLabel(s.kind), s.path.join(u" › "_s), s.resourceServerIdentifier);
    if (!s.description.isEmpty())
        details += u'\n' + s.description;
    if (!s.actionKind.isEmpty())
        details += u'\n' + tr("MCP %1").arg(s.actionKind);
    m_details->setText(details);
    m_holders->setScope(s.resourceServerId, s.permission);
    updateEmptyStates();
}

} // namespace tid::ui
