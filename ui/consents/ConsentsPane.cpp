#include "ui/consents/ConsentsPane.h"

#include "core/api/AdminApi.h"
#include "core/api/ServerApis.h"
#include "core/models/ApiReady.h"
#include "core/models/ConsentsModel.h"
#include "core/models/EntityNames.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using tid::core::Consent;
using tid::core::ConsentsModel;

namespace tid::ui {

ConsentsPane::ConsentsPane(const core::ServerApis *apis, QWidget *parent)
    : AdminPane(parent)
    , m_api(apis ? &apis->admin() : nullptr)
    , m_extensions(apis ? &apis->extensions() : nullptr)
    , m_model(new ConsentsModel(m_extensions, this))
    , m_proxy(new core::ConsentFilterProxy(this))
    , m_names(new core::EntityNames(m_api, this))
{
    setObjectName(u"consentsPane"_s);
    setAccessibleName(tr("Consents"));
    m_proxy->setSourceModel(m_model);
    m_model->setEntityNames(m_names);
    buildUi();
    watchModel(m_model, tr("Loading consents"));
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConsentsPane::updateButtons);
    m_model->setAvailable(m_available); // until the server's discovery says otherwise
}

ConsentsPane::~ConsentsPane() = default;

void ConsentsPane::setServerMetadata(const core::ServerMetadata &metadata)
{
    m_available = metadata.hasExtension(core::AdminExtensionsApi::ConsentsExtension);
    m_stack->setCurrentIndex(m_available ? 1 : 0);
    for (QWidget *w :
         std::initializer_list<QWidget *>{filterEdit(), m_user, m_client, m_server, m_status})
        w->setEnabled(m_available);
    m_model->setAvailable(m_available);
    if (m_available) {
        m_model->reload();
        loadFilterChoices();
    } else {
        m_model->clear();
    }
    updateButtons();
}

void ConsentsPane::buildUi()
{
    auto makeCombo = [this](const QString &name, const QString &all) {
        auto *c = new QComboBox(this);
        c->setAccessibleName(name);
        // Wide enough for "All …" in every language; longer names are elided.
        c->setMinimumContentsLength(qMax(12, int(all.size()) + 2));
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->addItem(all, QString());
        connect(c, &QComboBox::currentIndexChanged, this, &ConsentsPane::applyQuery);
        return c;
    };
    m_user = makeCombo(tr("Filter by user"), tr("All users"));
    m_user->setObjectName(u"userFilter"_s);
    m_client = makeCombo(tr("Filter by agent or application"), tr("All agents"));
    m_client->setObjectName(u"clientFilter"_s);
    m_server = makeCombo(tr("Filter by resource server"), tr("All resource servers"));
    m_server->setObjectName(u"serverFilter"_s);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("Any status"), int(Consent::Status::Unknown));
    for (auto s : {Consent::Status::Active, Consent::Status::Revoked, Consent::Status::Expired})
        m_status->addItem(ConsentsModel::statusLabel(s), int(s));
    connect(m_status, &QComboBox::currentIndexChanged, this, &ConsentsPane::applyQuery);
    connect(filterEdit(), &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setText(t);
        updateEmptyStates();
    });
    m_revoke = new QPushButton(tr("Revoke…"), this);
    m_revoke->setObjectName(u"revokeButton"_s);
    m_revoke->setAccessibleName(tr("Revoke the selected consents"));
    m_revoke->setToolTip(tr("Revoke the selected consents (Del)"));
    connect(m_revoke, &QPushButton::clicked, this, &ConsentsPane::revokeSelected);
    // The four filters in a row of their own under the tools: the pane fits a narrow window.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_user, 1);
    filters->addWidget(m_client, 1);
    filters->addWidget(m_server, 1);
    filters->addWidget(m_status, 1);
    filters->addStretch(1);
    body()->insertLayout(0, filters);
    QPushButton *refreshButton = addRefreshAction();
    toolRow()->addWidget(m_revoke);
    // Reading order for Tab: the tool row, then the filters under it.
    setTabOrder(filterEdit(), refreshButton);
    setTabOrder(refreshButton, m_revoke);
    setTabOrder(m_revoke, m_user);
    setTabOrder(m_user, m_client);
    setTabOrder(m_client, m_server);
    setTabOrder(m_server, m_status);

    m_stack = new QStackedWidget(this);
    m_unavailable = new QLabel(m_stack);
    m_unavailable->setObjectName(u"consentsUnavailable"_s);
    m_unavailable->setWordWrap(true);
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setText(
        tr("This server has no consents API.\n\nThunderID does not offer one yet; the console "
           "uses the “consents” extension (docs/extension-api.yaml), which the sandbox "
           "implements. Connect to a server that lists it in its discovery document to see and "
           "revoke consents here."));
    m_unavailable->setAccessibleName(m_unavailable->text());
    m_stack->addWidget(m_unavailable);

    m_list = new QTableView(m_stack);
    m_list->setObjectName(u"consentList"_s);
    m_list->setAccessibleName(tr("Consents"));
    setupList(m_list, m_proxy, ConsentsModel::CreatedColumn, QAbstractItemView::ExtendedSelection,
              Qt::DescendingOrder);
    installRowMenu(m_list);
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->setColumnWidth(ConsentsModel::UserColumn, 140);
    m_list->setColumnWidth(ConsentsModel::ClientColumn, 180);
    m_list->setColumnWidth(ConsentsModel::ResourceServerColumn, 130);
    m_list->horizontalHeader()->setSectionResizeMode(ConsentsModel::ScopesColumn,
                                                     QHeaderView::Stretch);
    m_list->setColumnWidth(ConsentsModel::StatusColumn, 75);
    m_list->setColumnWidth(ConsentsModel::CreatedColumn, 135);
    m_list->setColumnWidth(ConsentsModel::ExpiresColumn, 135);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConsentsPane::updateButtons);
    m_stack->addWidget(m_list);
    attachEmptyState(m_list, [this] {
        if (!m_available)
            return QString();
        if (!m_model->isLoaded())
            return m_model->isStalled() ? tr("Could not load the consents.") : tr("Loading…");
        if (m_model->rowCount() > 0)
            return tr("No consent matches the filter.");
        return m_model->query().isEmpty()
                   ? tr("No consents yet: they appear when users let an agent act for them.")
                   : tr("No consent matches these filters.");
    });
    body()->addWidget(m_stack, 1);
    m_stack->setCurrentIndex(0);
    for (QWidget *w :
         std::initializer_list<QWidget *>{filterEdit(), m_user, m_client, m_server, m_status})
        w->setEnabled(false);
    updateButtons();
}

void ConsentsPane::loadFilterChoices()
{
    if (!core::apiReady(m_api))
        return;
    auto refill = [](QComboBox *combo, const QList<QPair<QString, QString>> &items) {
        const QString chosen = combo->currentData().toString();
        QSignalBlocker block(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const auto &[id, name] : items)
            combo->addItem(name, id);
        combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
    };
    m_api->listUsers(core::PageRequest::window(100))
        .then(this, [this, refill](const core::Result<core::Page<core::User>> &r) {
            QList<QPair<QString, QString>> items;
            for (const core::User &u : r.value.items) {
                const QString name = u.attributes.value("name"_L1).toString();
                items.append({u.id, name.isEmpty() ? u.displayName() : name});
                m_names->remember(u.id, items.last().second, core::EntityRef::Type::User);
            }
            refill(m_user, items);
        });
    m_api->listAgents(core::PageRequest::window(100))
        .then(this, [this, refill](const core::Result<core::Page<core::Agent>> &r) {
            QList<QPair<QString, QString>> items;
            for (const core::Agent &a : r.value.items)
                items.append({a.id, a.name});
            refill(m_client, items);
        });
    m_api->listResourceServers(core::PageRequest::window(100))
        .then(this, [this, refill](const core::Result<core::Page<core::ResourceServer>> &r) {
            QList<QPair<QString, QString>> items;
            for (const core::ResourceServer &rs : r.value.items)
                items.append({rs.id, rs.name});
            refill(m_server, items);
        });
}

void ConsentsPane::applyQuery()
{
    if (!m_available)
        return;
    core::ConsentQuery q;
    q.userId = m_user->currentData().toString();
    q.clientId = m_client->currentData().toString();
    q.resourceServerId = m_server->currentData().toString();
    q.status = Consent::Status(m_status->currentData().toInt());
    m_model->setQuery(q);
    updateEmptyStates();
}

void ConsentsPane::refresh()
{
    clearMessage();
    if (!m_available)
        return;
    m_model->reload();
    loadFilterChoices();
}

void ConsentsPane::updateButtons()
{
    int active = 0;
    for (const QModelIndex &i : m_list->selectionModel()->selectedRows()) {
        if (m_model->consentAt(m_proxy->mapToSource(i).row()).status == Consent::Status::Active)
            ++active;
    }
    m_revoke->setEnabled(m_available && !m_writing && active > 0);
    m_revoke->setText(active > 1 ? tr("Revoke %1…").arg(active) : tr("Revoke…"));
}

void ConsentsPane::deleteSelected()
{
    revokeSelected();
}

void ConsentsPane::revokeSelected()
{
    if (!m_available || m_writing || !m_extensions)
        return;
    QList<Consent> chosen;
    for (const QModelIndex &i : m_list->selectionModel()->selectedRows()) {
        const Consent c = m_model->consentAt(m_proxy->mapToSource(i).row());
        if (c.status == Consent::Status::Active)
            chosen << c;
    }
    if (chosen.isEmpty())
        return;
    const Consent &first = chosen.first();
    const QString userName = m_names->name(first.userId, core::EntityRef::Type::User);
    const QString text =
        chosen.size() == 1
            ? tr("Revoke the consent %1 gave to %2 for %3? Its refresh tokens stop working at "
                 "once; the agent must ask the user again.")
                  .arg(userName.isEmpty() ? first.userId : userName,
                       first.clientName.isEmpty() ? first.clientId : first.clientName,
                       first.resourceServerName.isEmpty() ? first.scopes.join(u' ')
                                                          : first.resourceServerName)
            : tr("Revoke these %n consents? Their refresh tokens stop working at once; the "
                 "agents must ask the users again.",
                 nullptr, int(chosen.size()));
    MessageBox::confirm(
        this, tr("Revoke consents"), text, tr("Revoke"), this, [this, chosen](bool yes) {
            if (!yes)
                return;
            m_writing = true;
            m_list->setEnabled(false);
            setBusy(m_list, true);
            updateButtons();
            auto remaining = std::make_shared<int>(int(chosen.size()));
            auto failed = std::make_shared<QStringList>();
            auto done = std::make_shared<QStringList>();
            for (const Consent &c : chosen) {
                m_extensions->revokeConsent(c.id).then(
                    this, [this, c, remaining, failed, done](const core::Result<Consent> &r) {
                        if (r.ok()) {
                            m_model->updateConsent(r.value);
                            done->append(c.id);
                        } else if (r.error.isConflict()) {
                            // Someone else revoked it, or it expired meanwhile: show the truth.
                            failed->append(tr("%1: already revoked or expired").arg(c.clientName));
                            m_extensions->getConsent(c.id).then(
                                this, [this](const core::Result<Consent> &g) {
                                    if (g.ok())
                                        m_model->updateConsent(g.value);
                                });
                        } else {
                            failed->append(tr("%1: %2").arg(c.clientName, describeError(r.error)));
                        }
                        if (--*remaining > 0)
                            return;
                        m_writing = false;
                        m_list->setEnabled(true);
                        setBusy(m_list, false);
                        updateButtons();
                        if (failed->isEmpty())
                            showNote(tr("Revoked %n consent(s).", nullptr, int(done->size())));
                        else
                            showErrorText(tr("Revoked %1 of %2 consents.\n%3")
                                              .arg(done->size())
                                              .arg(done->size() + failed->size())
                                              .arg(failed->join(u'\n')));
                        Q_EMIT revoked(*done);
                    });
            }
        });
}

} // namespace tid::ui
