#include "ui/history/HistoryPane.h"

#include "core/Settings.h"
#include "core/history/AuditSync.h"
#include "core/history/HistoryFollower.h"
#include "core/models/HistoryEventsModel.h"
#include "core/models/HistoryFacetsModel.h"
#include "ui/history/DelegationView.h"
#include "ui/history/HistoryEventDetail.h"
#include "ui/history/HistoryTimeline.h"
#include "ui/history/SubjectNamesProxy.h"
#include "ui/widgets/StatusColor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWidgetAction>

using namespace Qt::Literals::StringLiterals;
using tid::core::AuditSync;
using tid::core::HistoryEvent;
using tid::core::HistoryEventsModel;
using tid::core::HistoryFacetsModel;
using tid::core::HistoryFilter;
using tid::core::HistoryStore;

namespace tid::ui {

namespace {

enum PathKind
{
    ImportFiles,
    ImportFolder,
    FollowFile,
    ExportCsv,
    ExportJsonLines,
};

std::optional<QStringList> &nextPaths()
{
    static std::optional<QStringList> paths;
    return paths;
}

// Fields whose values the store can complete.
bool completesValues(HistoryFilter::Field field)
{
    using F = HistoryFilter::Field;
    switch (field) {
    case F::Type:
    case F::Client:
    case F::Grant:
    case F::Scope:
    case F::Outcome:
    case F::Subject:
    case F::Audience:
    case F::Source:
        return true;
    default:
        return false;
    }
}

// The word being typed: from the last space before the cursor (outside quotes) to the cursor.
int tokenStart(const QString &text, int cursor)
{
    bool quoted = false;
    int start = 0;
    for (int i = 0; i < cursor && i < text.size(); ++i) {
        if (text.at(i) == u'"')
            quoted = !quoted;
        else if (text.at(i).isSpace() && !quoted)
            start = i + 1;
    }
    return start;
}

QString formatSpan(qint64 ns)
{
    const qint64 s = ns / 1000000000;
    if (s >= 86400 && s % 86400 == 0)
        return HistoryPane::tr("%n day(s)", nullptr, int(s / 86400));
    if (s >= 3600 && s % 3600 == 0)
        return HistoryPane::tr("%n hour(s)", nullptr, int(s / 3600));
    if (s >= 60 && s % 60 == 0)
        return HistoryPane::tr("%n minute(s)", nullptr, int(s / 60));
    return HistoryPane::tr("%n second(s)", nullptr, int(s));
}

} // namespace

void HistoryPane::setNextFilePaths(const QStringList &paths)
{
    nextPaths() = paths;
}

HistoryPane::HistoryPane(core::Settings *settings, QWidget *parent)
    : AdminPane(parent)
    , m_settings(settings)
    , m_model(new HistoryEventsModel(this))
    , m_facets(new HistoryFacetsModel(this))
    , m_subjectNames(new SubjectNamesProxy(HistoryEventsModel::Subject, this))
{
    m_subjectNames->setSourceModel(m_model);
    setObjectName(u"historyPane"_s);
    setAccessibleName(tr("Token history"));
    m_filterDebounce = new QTimer(this);
    m_filterDebounce->setSingleShot(true);
    m_filterDebounce->setInterval(FilterDebounceMs);
    connect(m_filterDebounce, &QTimer::timeout, this, &HistoryPane::applyFilter);
    m_reloadDebounce = new QTimer(this);
    m_reloadDebounce->setSingleShot(true);
    m_reloadDebounce->setInterval(ReloadDebounceMs);
    connect(m_reloadDebounce, &QTimer::timeout, this, &HistoryPane::reloadAll);
    buildUi();

    connect(m_model, &HistoryEventsModel::loadingChanged, this, [this](bool loading) {
        setBusy(m_model, loading);
        updateEmptyStates();
    });
    connect(m_model, &HistoryEventsModel::countKnown, this, [this] {
        updateCountLabel();
        updateEmptyStates();
    });
    connect(m_model, &HistoryEventsModel::errorOccurred, this, [this](const QString &message) {
        showErrorText(tr("Reading the history: %1").arg(message));
    });
    connect(m_model, &HistoryEventsModel::blockLoaded, this, [this](int first, int last) {
        if (m_pendingDetailRow >= first && m_pendingDetailRow <= last)
            onCurrentRowChanged();
        reselectShownEvent();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The model re-queries by itself when the store changes and resets only when the
        // filter's events changed: the facets, the timeline and the chains follow it then.
        if (!m_settingFilter && !m_reloadDebounce->isActive())
            m_reloadDebounce->start();
        // New events arrived (sync, follow, import) and the rows moved: the detail keeps its
        // event, and the table selects it again once its block is back.
        m_pendingDetailRow = -1;
        m_reselectRowId = m_detail->event() ? m_detail->event()->rowId : 0;
        updateCountLabel();
    });
    setStore(nullptr);
}

HistoryPane::~HistoryPane() = default;

void HistoryPane::buildUi()
{
    QLineEdit *edit = filterEdit();
    edit->setObjectName(u"historyFilter"_s);
    edit->setMaximumWidth(QWIDGETSIZE_MAX);
    edit->setPlaceholderText(tr("Filter, e.g. type:TOKEN_ISSUED client:nightly-kpi-builder "
                                "outcome:failure since:24h depth>=2 (Ctrl+F)"));
    edit->setAccessibleName(tr("History filter"));
    edit->setToolTip(
        tr("Terms are ANDed: type: client: grant: scope: outcome: since: until: depth>= trace: "
           "sub: aud: jti: parent: source: id:, a '-' before a term negates it, and bare words "
           "search the original text. Enter applies at once."));
    connect(edit, &QLineEdit::textEdited, this, &HistoryPane::onFilterEdited);
    connect(edit, &QLineEdit::textChanged, this, [this] {
        if (!m_applyingText)
            m_filterDebounce->start();
    });
    connect(edit, &QLineEdit::returnPressed, this, [this] {
        if (m_completer->popup()->isVisible())
            return;
        m_filterDebounce->stop();
        applyFilter();
    });

    m_completionModel = new QStringListModel(this);
    m_completer = new QCompleter(m_completionModel, this);
    m_completer->setWidget(edit);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &HistoryPane::insertCompletion);

    m_savedButton = new QToolButton(this);
    m_savedButton->setObjectName(u"savedFiltersButton"_s);
    m_savedButton->setText(tr("Saved"));
    m_savedButton->setToolTip(tr("Saved filters: apply one, or save the current filter"));
    m_savedButton->setAccessibleName(tr("Saved filters"));
    m_savedButton->setPopupMode(QToolButton::InstantPopup);
    m_savedButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_importButton = new QToolButton(this);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setText(tr("Import"));
    m_importButton->setToolTip(tr("Import ThunderID event files (observability JSON lines, .gz "
                                  "too): files, a folder, or follow a file as it grows"));
    m_importButton->setPopupMode(QToolButton::InstantPopup);
    m_importButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(
        tr("Export the events of the current filter, oldest first, with a .sha256 beside it"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildMenus();
    toolRow()->addWidget(m_savedButton);
    toolRow()->addWidget(busyIndicator());
    toolRow()->addWidget(m_importButton);
    toolRow()->addWidget(m_exportButton);

    m_filterError = new QLabel(this);
    m_filterError->setObjectName(u"filterError"_s);
    m_filterError->setTextFormat(Qt::RichText);
    m_filterError->setWordWrap(true);
    m_filterError->hide();
    body()->addWidget(m_filterError);

    // The import report: stays until closed.
    m_report = new QFrame(this);
    m_report->setObjectName(u"importReport"_s);
    m_report->setFrameShape(QFrame::StyledPanel);
    auto *rv = new QVBoxLayout(m_report);
    rv->setContentsMargins(8, 6, 8, 6);
    auto *rh = new QHBoxLayout;
    m_reportSummary = new QLabel(m_report);
    m_reportSummary->setObjectName(u"importSummary"_s);
    m_reportSummary->setWordWrap(true);
    m_reportSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *closeReport = new QToolButton(m_report);
    closeReport->setObjectName(u"closeImportReport"_s);
    closeReport->setText(tr("Close"));
    closeReport->setAccessibleName(tr("Close the import report"));
    connect(closeReport, &QToolButton::clicked, m_report, &QWidget::hide);
    rh->addWidget(m_reportSummary, 1);
    rh->addWidget(closeReport, 0, Qt::AlignTop);
    rv->addLayout(rh);
    m_reportProblems = new QListWidget(m_report);
    m_reportProblems->setObjectName(u"importProblems"_s);
    m_reportProblems->setAccessibleName(tr("Lines and files that were not imported"));
    m_reportProblems->setMaximumHeight(110);
    m_reportProblems->setUniformItemSizes(true);
    rv->addWidget(m_reportProblems);
    m_report->hide();
    body()->addWidget(m_report);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"historyTabs"_s);
    m_tabs->setAccessibleName(tr("History views"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildEventsTab(), tr("Events"));
    m_delegation = new DelegationView(m_settings, m_tabs);
    connect(m_delegation, &DelegationView::hopActivated, this, [this](qint64 rowId) {
        if (!m_store)
            return;
        m_store->event(rowId).then(
            this, [this](const core::HistoryResult<std::optional<HistoryEvent>> &r) {
                if (r.ok() && r.value) {
                    m_tabs->setCurrentIndex(0);
                    m_detail->setEvent(r.value);
                }
            });
    });
    connect(m_delegation, &DelegationView::errorOccurred, this, [this](const QString &message) {
        showErrorText(tr("Reading the delegation chains: %1").arg(message));
    });
    m_tabs->addTab(m_delegation, tr("Delegation"));
    body()->addWidget(m_tabs, 1);

    // The status row: count, sync, follow, and the running job.
    auto *status = new QHBoxLayout;
    status->setSpacing(12);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"historyCount"_s);
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(u"syncStatus"_s);
    m_syncLabel->setWordWrap(false);
    m_followLabel = new QLabel(this);
    m_followLabel->setObjectName(u"followStatus"_s);
    m_followStop = new QToolButton(this);
    m_followStop->setObjectName(u"stopFollowing"_s);
    m_followStop->setText(tr("Stop following"));
    connect(m_followStop, &QToolButton::clicked, this, &HistoryPane::stopFollowing);
    m_taskLabel = new QLabel(this);
    m_taskLabel->setObjectName(u"taskLabel"_s);
    m_taskProgress = new QProgressBar(this);
    m_taskProgress->setObjectName(u"taskProgress"_s);
    m_taskProgress->setMaximumWidth(200);
    m_taskProgress->setAccessibleName(tr("Progress"));
    m_taskCancel = new QPushButton(tr("Cancel"), this);
    m_taskCancel->setObjectName(u"taskCancel"_s);
    m_taskCancel->setAutoDefault(false);
    connect(m_taskCancel, &QPushButton::clicked, this, &HistoryPane::cancelTask);
    status->addWidget(m_countLabel);
    status->addWidget(m_syncLabel);
    status->addWidget(m_followLabel);
    status->addWidget(m_followStop);
    status->addStretch(1);
    status->addWidget(m_taskLabel);
    status->addWidget(m_taskProgress);
    status->addWidget(m_taskCancel);
    body()->addLayout(status);
    for (QWidget *w : {static_cast<QWidget *>(m_taskLabel), static_cast<QWidget *>(m_taskProgress),
                       static_cast<QWidget *>(m_taskCancel), static_cast<QWidget *>(m_followStop)})
        w->hide();
}

QWidget *HistoryPane::buildEventsTab()
{
    auto *split = new QSplitter(Qt::Horizontal);
    split->setChildrenCollapsible(false);

    m_facetsView = new QTreeView(split);
    m_facetsView->setObjectName(u"facetsView"_s);
    m_facetsView->setAccessibleName(tr("Facet counts"));
    m_facetsView->setModel(m_facets);
    m_facetsView->setUniformRowHeights(true);
    m_facetsView->setHeaderHidden(true);
    m_facetsView->setRootIsDecorated(true);
    m_facetsView->setIndentation(12);
    m_facetsView->setToolTip(tr("Click a value to add it to the filter"));
    m_facetsView->header()->setStretchLastSection(false);
    m_facetsView->header()->setSectionResizeMode(HistoryFacetsModel::ValueColumn,
                                                 QHeaderView::Stretch);
    m_facetsView->header()->setSectionResizeMode(HistoryFacetsModel::CountColumn,
                                                 QHeaderView::Fixed);
    m_facetsView->header()->resizeSection(HistoryFacetsModel::CountColumn, 64);
    m_facetsView->setMinimumWidth(200);
    m_facetsView->expandAll();
    auto addFacet = [this](const QModelIndex &index) {
        const auto term = m_facets->termAt(index);
        if (!term)
            return;
        setFilterText(m_filter.withTerm(*term).text());
    };
    connect(m_facetsView, &QTreeView::clicked, this, addFacet);
    // Enter on a value (the keyboard's click); a term already in the filter is not added twice.
    connect(m_facetsView, &QTreeView::activated, this, addFacet);

    auto *centre = new QSplitter(Qt::Vertical, split);
    centre->setChildrenCollapsible(false);
    m_timeline = new HistoryTimeline(centre);
    connect(m_timeline, &HistoryTimeline::rangeSelected, this, [this](qint64 from, qint64 to) {
        setFilterText(m_filter.withTimeRange(from, to).text());
    });
    m_table = new QTableView(centre);
    m_table->setObjectName(u"historyTable"_s);
    m_table->setAccessibleName(tr("Events"));
    m_table->setModel(m_subjectNames);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    compactRows(m_table);
    // A million rows: every row the same height, every column a fixed width — the view never
    // measures contents.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics fm = m_table->fontMetrics();
    auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 18; };
    m_table->setColumnWidth(HistoryEventsModel::Time, width(u"2026-12-01 20:32:52.412"_s));
    m_table->setColumnWidth(HistoryEventsModel::Type, width(u"TOKEN_ISSUANCE_FAILED"_s));
    m_table->setColumnWidth(HistoryEventsModel::Outcome, width(u"in progress"_s));
    m_table->setColumnWidth(HistoryEventsModel::Client, width(u"nightly-kpi-builder-agent"_s));
    m_table->setColumnWidth(HistoryEventsModel::Subject, width(u"alice@example.com"_s));
    m_table->setColumnWidth(HistoryEventsModel::Audience, width(u"https://reports.example"_s));
    m_table->setColumnWidth(HistoryEventsModel::Scopes, width(u"reports:read reports:write"_s));
    m_table->setColumnWidth(HistoryEventsModel::Grant, width(u"client_credentials"_s));
    m_table->setColumnWidth(HistoryEventsModel::Depth, width(u"Depth"_s));
    m_table->setColumnWidth(HistoryEventsModel::Trace, width(u"0123456789abcdef01234567"_s));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPane::onCurrentRowChanged);
    attachEmptyState(m_table, [this] {
        if (!m_store && !m_opening.isEmpty())
            return m_opening;
        if (!m_store)
            return tr("Not connected. Connect to a server (Ctrl+O) or start the console with "
                      "--sandbox to open the token history of its profile.");
        if (!m_store->isOpen() || m_model->isLoading() || !m_model->isCountKnown())
            return tr("Loading…");
        if (!m_model->lastError().isEmpty())
            return tr("Could not read the history.");
        if (m_filter.isEmpty())
            return tr("No events yet.\n\nImport ThunderID's event files with Import → Files… "
                      "(its observability log, .gz rotations too), a folder, or follow a file "
                      "as the server writes it.\n\nA server with the audit-events extension "
                      "(the sandbox has it) is synced here by itself when you connect.");
        return tr("No event matches the filter.");
    });
    centre->addWidget(m_timeline);
    centre->addWidget(m_table);
    centre->setStretchFactor(0, 1);
    centre->setStretchFactor(1, 4);
    centre->setSizes({150, 600});

    m_detail = new HistoryEventDetail(split);
    connect(m_detail, &HistoryEventDetail::openInInspector, this, &HistoryPane::openInInspector);
    connect(m_detail, &HistoryEventDetail::linkedEventActivated, this,
            [this](const HistoryEvent &e) { m_detail->setEvent(e); });

    split->addWidget(m_facetsView);
    split->addWidget(centre);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setSizes({250, 760, 420});
    return split;
}

void HistoryPane::buildMenus()
{
    auto *importMenu = new QMenu(m_importButton);
    QAction *files = importMenu->addAction(tr("Files…"));
    files->setObjectName(u"importFilesAction"_s);
    QAction *folder = importMenu->addAction(tr("A folder…"));
    folder->setObjectName(u"importFolderAction"_s);
    QAction *follow = importMenu->addAction(tr("Follow a file…"));
    follow->setObjectName(u"followFileAction"_s);
    follow->setToolTip(tr("Import a file and keep importing what the server appends to it"));
    connect(files, &QAction::triggered, this, [this] { askPaths(ImportFiles); });
    connect(folder, &QAction::triggered, this, [this] { askPaths(ImportFolder); });
    connect(follow, &QAction::triggered, this, [this] { askPaths(FollowFile); });
    importMenu->addSeparator();
    // Retention lives with the import: how long what comes in is kept.
    auto *retention = new QWidget(importMenu);
    auto *rl = new QHBoxLayout(retention);
    rl->setContentsMargins(8, 2, 8, 2);
    auto *retentionLabel = new QLabel(tr("Keep events for"), retention);
    auto *days = new QSpinBox(retention);
    days->setObjectName(u"retentionDays"_s);
    days->setRange(0, 3650);
    days->setSuffix(tr(" days"));
    days->setSpecialValueText(tr("ever"));
    days->setAccessibleName(tr("Keep events for this many days (0: forever)"));
    days->setToolTip(tr("Events older than this are deleted when a history store is opened "
                        "(on connect); 0 keeps them forever"));
    days->setValue(m_settings ? m_settings->historyRetentionDays() : 0);
    retentionLabel->setBuddy(days);
    connect(days, &QSpinBox::valueChanged, this, [this](int n) {
        if (m_settings)
            m_settings->setHistoryRetentionDays(n);
    });
    // The Settings dialog changes the same setting: the field shows it each time it opens.
    connect(importMenu, &QMenu::aboutToShow, days, [this, days] {
        if (!m_settings)
            return;
        const QSignalBlocker blocker(days);
        days->setValue(m_settings->historyRetentionDays());
    });
    rl->addWidget(retentionLabel);
    rl->addWidget(days);
    auto *retentionAction = new QWidgetAction(importMenu);
    retentionAction->setDefaultWidget(retention);
    importMenu->addAction(retentionAction);
    m_importButton->setMenu(importMenu);

    auto *exportMenu = new QMenu(m_exportButton);
    QAction *csv = exportMenu->addAction(tr("CSV…"));
    csv->setObjectName(u"exportCsvAction"_s);
    QAction *jsonl = exportMenu->addAction(tr("JSON lines (original events)…"));
    jsonl->setObjectName(u"exportJsonLinesAction"_s);
    connect(csv, &QAction::triggered, this, [this] { askPaths(ExportCsv); });
    connect(jsonl, &QAction::triggered, this, [this] { askPaths(ExportJsonLines); });
    m_exportButton->setMenu(exportMenu);

    m_savedMenu = new QMenu(m_savedButton);
    m_savedButton->setMenu(m_savedMenu);
    connect(m_savedMenu, &QMenu::aboutToShow, this, &HistoryPane::rebuildSavedMenu);
    rebuildSavedMenu();
}

void HistoryPane::askPaths(int kind)
{
    if (!m_store) {
        showErrorText(tr("Connect to a server first: the history is kept per connection "
                         "profile."));
        return;
    }
    auto act = [this, kind](const QStringList &paths) {
        if (paths.isEmpty())
            return;
        switch (kind) {
        case ImportFiles:
        case ImportFolder:
            importPaths(paths);
            break;
        case FollowFile:
            followFile(paths.first());
            break;
        case ExportCsv:
            exportCurrent(paths.first(), HistoryStore::ExportFormat::Csv);
            break;
        case ExportJsonLines:
            exportCurrent(paths.first(), HistoryStore::ExportFormat::JsonLines);
            break;
        }
    };
    if (nextPaths()) {
        const QStringList paths = *nextPaths();
        nextPaths().reset();
        QMetaObject::invokeMethod(
            this, [act, paths] { act(paths); }, Qt::QueuedConnection);
        return;
    }
    // Opened with open(), never exec(): the pane keeps running while the dialog is up.
    auto *dialog = new QFileDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString eventFiles =
        tr("ThunderID event files (*.log *.jsonl *.json *.gz observability.log.*)");
    switch (kind) {
    case ImportFiles:
        dialog->setWindowTitle(tr("Import ThunderID event files"));
        dialog->setFileMode(QFileDialog::ExistingFiles);
        dialog->setNameFilters({eventFiles, tr("All files (*)")});
        break;
    case ImportFolder:
        dialog->setWindowTitle(tr("Import a folder of ThunderID event files"));
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        break;
    case FollowFile:
        dialog->setWindowTitle(tr("Follow a ThunderID event file"));
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters({eventFiles, tr("All files (*)")});
        break;
    case ExportCsv:
    case ExportJsonLines:
        dialog->setWindowTitle(tr("Export the filtered events"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setDefaultSuffix(kind == ExportCsv ? u"csv"_s : u"jsonl"_s);
        dialog->setNameFilters(
            {kind == ExportCsv ? tr("CSV (*.csv)") : tr("JSON lines (*.jsonl)")});
        break;
    }
    connect(dialog, &QFileDialog::filesSelected, this, act);
    dialog->open();
}

QString HistoryPane::filterText() const
{
    return filterEdit()->text();
}

void HistoryPane::setFilterText(const QString &text)
{
    m_applyingText = true;
    filterEdit()->setText(text);
    m_applyingText = false;
    m_filterDebounce->stop();
    applyFilter();
}

void HistoryPane::showClient(const QString &clientId)
{
    HistoryFilter::Term term;
    term.field = HistoryFilter::Field::Client;
    term.value = clientId;
    setFilterText(HistoryFilter::termText(term));
}

void HistoryPane::applyFilter()
{
    m_filterDebounce->stop();
    HistoryFilter::Error error;
    error.position = -1;
    const QString text = filterEdit()->text();
    HistoryFilter parsed = HistoryFilter::parse(text, &error);
    if (!error.message.isEmpty()) {
        m_filterErrorValue = error;
        showFilterError(text, error);
        return;
    }
    m_filterErrorValue.reset();
    m_filterError->hide();
    if (parsed == m_filter && m_filter.text() == parsed.text() && m_model->store() == m_store)
        return;
    m_filter = parsed;
    m_reselectRowId = 0;
    m_detail->setEvent(std::nullopt);
    m_settingFilter = true;
    m_model->setFilter(m_filter);
    m_settingFilter = false;
    m_delegation->setFilter(m_filter);
    loadFacets();
    loadTimeline();
    updateCountLabel();
    updateEmptyStates();
    Q_EMIT filterApplied(m_filter);
}

void HistoryPane::showFilterError(const QString &text, const HistoryFilter::Error &error)
{
    // The text stays as typed; the label shows where the problem is.
    const int pos = std::clamp(error.position, 0, int(text.size()));
    const int len = std::clamp(error.length, 0, int(text.size()) - pos);
    const QString mark = StatusColor::color(StatusColor::Name::Failure, palette()).name();
    QString excerpt = text.left(pos).toHtmlEscaped();
    excerpt +=
        u"<span style=\"color:%1; text-decoration: underline; font-weight: bold\">%2</span>"_s.arg(
            mark, len > 0 ? text.mid(pos, len).toHtmlEscaped() : u"␣"_s);
    excerpt += text.mid(pos + len).toHtmlEscaped();
    m_filterError->setText(tr("%1 <code>%2</code> — the table still shows the last valid filter.")
                               .arg(error.message.toHtmlEscaped(), excerpt));
    m_filterError->setAccessibleName(error.message);
    m_filterError->show();
}

void HistoryPane::onFilterEdited()
{
    updateCompletion();
}

QStringList HistoryPane::completions() const
{
    return m_completionModel->stringList();
}

void HistoryPane::updateCompletion()
{
    QLineEdit *edit = filterEdit();
    const QString text = edit->text();
    const int cursor = edit->cursorPosition();
    const int start = tokenStart(text, cursor);
    QString token = text.mid(start, cursor - start);
    const bool negated = token.startsWith(u'-');
    if (negated)
        token.remove(0, 1);
    const QString sign = negated ? u"-"_s : QString();
    const int generation = ++m_completionGeneration;
    if (token.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    const int colon = token.indexOf(u':');
    if (colon < 0) {
        // A key being typed.
        QStringList keys;
        for (const QString &k : HistoryFilter::keys()) {
            if (k.startsWith(token, Qt::CaseInsensitive) && k != token)
                keys << sign + k;
        }
        m_completionModel->setStringList(keys);
        if (keys.isEmpty()) {
            m_completer->popup()->hide();
            return;
        }
        m_completer->setCompletionPrefix(sign + token);
        m_completer->complete();
        return;
    }
    const QString key = token.left(colon);
    const auto field = HistoryFilter::fieldFromKey(key);
    if (!field || !completesValues(*field) || !m_store) {
        m_completer->popup()->hide();
        return;
    }
    QString prefix = token.mid(colon + 1);
    if (prefix.startsWith(u'"'))
        prefix.remove(0, 1);
    m_store->values(*field, prefix, 50)
        .then(this,
              [this, generation, key, sign, token](const core::HistoryResult<QStringList> &r) {
                  if (generation != m_completionGeneration || !r.ok())
                      return;
                  QStringList items;
                  for (const QString &v : r.value)
                      items << sign + key + u':' + HistoryFilter::quoted(v);
                  m_completionModel->setStringList(items);
                  if (items.isEmpty() || !filterEdit()->hasFocus()) {
                      m_completer->popup()->hide();
                      return;
                  }
                  m_completer->setCompletionPrefix(sign + token);
                  m_completer->complete();
              });
}

void HistoryPane::insertCompletion(const QString &completion)
{
    QLineEdit *edit = filterEdit();
    const QString text = edit->text();
    const int cursor = edit->cursorPosition();
    const int start = tokenStart(text, cursor);
    // The rest of the word after the cursor is replaced too.
    int end = cursor;
    while (end < text.size() && !text.at(end).isSpace())
        ++end;
    const bool keyOnly = completion.endsWith(u':') || completion.endsWith(u'=') ||
                         completion.endsWith(u'>') || completion.endsWith(u'<');
    const QString inserted = keyOnly ? completion : completion + u' ';
    const QString result = text.left(start) + inserted + text.mid(end);
    edit->setText(result);
    edit->setCursorPosition(start + int(inserted.size()));
    if (keyOnly) // go on with the values of that key
        QMetaObject::invokeMethod(this, &HistoryPane::updateCompletion, Qt::QueuedConnection);
    else {
        m_filterDebounce->stop();
        applyFilter();
    }
}

QVariantMap HistoryPane::savedFilters() const
{
    return m_settings ? m_settings->historySavedFilters() : QVariantMap();
}

void HistoryPane::saveCurrentFilter(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || !m_settings)
        return;
    if (m_filterErrorValue) {
        showErrorText(tr("The filter has an error; fix it before saving it as “%1”.").arg(n));
        return;
    }
    QVariantMap saved = m_settings->historySavedFilters();
    saved.insert(n, m_filter.text());
    m_settings->setHistorySavedFilters(saved);
    rebuildSavedMenu();
    showNote(tr("Saved the filter as “%1”.").arg(n));
}

void HistoryPane::removeSavedFilter(const QString &name)
{
    if (!m_settings)
        return;
    QVariantMap saved = m_settings->historySavedFilters();
    if (saved.remove(name) > 0) {
        m_settings->setHistorySavedFilters(saved);
        rebuildSavedMenu();
    }
}

bool HistoryPane::applySavedFilter(const QString &name)
{
    const QVariantMap saved = savedFilters();
    if (!saved.contains(name))
        return false;
    setFilterText(saved.value(name).toString());
    return true;
}

void HistoryPane::rebuildSavedMenu()
{
    m_savedMenu->clear();
    const QVariantMap saved = savedFilters();
    if (saved.isEmpty()) {
        QAction *none = m_savedMenu->addAction(tr("No saved filters yet"));
        none->setEnabled(false);
    }
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        QAction *a = m_savedMenu->addAction(it.key());
        a->setToolTip(it.value().toString());
        a->setStatusTip(it.value().toString());
        const QString name = it.key();
        connect(a, &QAction::triggered, this, [this, name] { applySavedFilter(name); });
    }
    m_savedMenu->addSeparator();
    // Naming inline, in the menu itself: no modal dialog.
    auto *nameAction = new QWidgetAction(m_savedMenu);
    auto *nameEdit = new QLineEdit(m_savedMenu);
    nameEdit->setObjectName(u"saveFilterName"_s);
    nameEdit->setPlaceholderText(tr("Save the current filter as… (Enter)"));
    nameEdit->setAccessibleName(tr("Name for the current filter"));
    nameEdit->setMinimumWidth(260);
    connect(nameEdit, &QLineEdit::returnPressed, this, [this, nameEdit] {
        const QString name = nameEdit->text();
        m_savedMenu->close();
        saveCurrentFilter(name);
    });
    nameAction->setDefaultWidget(nameEdit);
    m_savedMenu->addAction(nameAction);
    if (!saved.isEmpty()) {
        QMenu *remove = m_savedMenu->addMenu(tr("Remove"));
        for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
            const QString name = it.key();
            connect(remove->addAction(name), &QAction::triggered, this,
                    [this, name] { removeSavedFilter(name); });
        }
    }
}

void HistoryPane::setStore(HistoryStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    stopFollowing();
    if (m_task)
        m_task->cancel();
    m_store = store;
    m_opening.clear();
    delete m_follower;
    m_follower = nullptr;
    m_settingFilter = true;
    m_model->setStore(store);
    m_settingFilter = false;
    m_detail->setStore(store);
    m_delegation->setStore(store);
    const bool has = store != nullptr;
    m_importButton->setEnabled(has);
    m_exportButton->setEnabled(has);
    m_report->hide();
    m_facets->clear();
    if (store) {
        m_follower = new core::HistoryFollower(store, this);
        connect(m_follower, &core::HistoryFollower::eventsImported, this,
                &HistoryPane::updateFollowLabel);
        connect(m_follower, &core::HistoryFollower::malformedLine, this,
                &HistoryPane::updateFollowLabel);
        connect(m_follower, &core::HistoryFollower::reopened, this, [this](const QString &why) {
            showNote(tr("The followed file was rotated or truncated (%1); reading it again from "
                        "its start.")
                         .arg(why),
                     MessageWidget::Type::Information);
        });
        connect(m_follower, &core::HistoryFollower::errorOccurred, this,
                [this](const QString &message) {
                    showErrorText(tr("Following %1: %2").arg(m_follower->path(), message));
                });
    }
    reloadAll();
    updateFollowLabel();
}

void HistoryPane::setOpening(const QString &text)
{
    m_opening = text;
    updateCountLabel();
    updateEmptyStates();
}

void HistoryPane::setAuditSync(AuditSync *sync, const QString &unavailableReason)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    m_syncUnavailable = unavailableReason;
    if (sync) {
        connect(sync, &AuditSync::stateChanged, this, &HistoryPane::updateSyncLabel);
        connect(sync, &AuditSync::progress, this, &HistoryPane::updateSyncLabel);
        connect(sync, &AuditSync::paused, this, &HistoryPane::updateSyncLabel);
        connect(sync, &QObject::destroyed, this, &HistoryPane::updateSyncLabel,
                Qt::QueuedConnection);
    }
    updateSyncLabel();
}

void HistoryPane::setServer(const QString &issuer, core::ActorNameResolver::Lookup lookup)
{
    m_detail->setServer(issuer, std::move(lookup));
    m_subjectNames->setResolver(m_detail->resolver(), issuer);
    m_delegation->setServer(issuer, m_detail->resolver());
}

void HistoryPane::setClientNames(const QHash<QString, QString> &names)
{
    m_clientNames = names;
    m_model->setClientNames(names);
    m_facets->setClientNames(names);
    m_detail->setClientNames(names);
    m_delegation->setClientNames(names);
}

void HistoryPane::refresh()
{
    clearMessage();
    if (m_store)
        m_model->reload();
    reloadAll();
}

void HistoryPane::reloadAll()
{
    // The table's model re-queries by itself when the store changes; the rest follows here.
    m_reloadDebounce->stop();
    loadFacets();
    loadTimeline();
    m_delegation->setFilter(m_filter);
    updateCountLabel();
    updateEmptyStates();
}

void HistoryPane::loadFacets()
{
    const int generation = ++m_facetsGeneration;
    if (!m_store) {
        m_facets->clear();
        return;
    }
    m_store->facets(m_filter, FacetTopN)
        .then(this, [this, generation](const core::HistoryResult<core::HistoryFacets> &r) {
            if (generation != m_facetsGeneration)
                return;
            if (!r.ok()) {
                showErrorText(tr("Counting the facets: %1").arg(r.error));
                return;
            }
            m_facets->setFacets(r.value);
            m_facetsView->expandAll();
            Q_EMIT facetsLoaded();
        });
}

void HistoryPane::loadTimeline()
{
    const int generation = ++m_timelineGeneration;
    if (!m_store) {
        m_timeline->clear();
        return;
    }
    const HistoryFilter filter = m_filter;
    QPointer<HistoryStore> store = m_store;
    m_store->timeRange(filter).then(this, [this, generation, filter, store](
                                              const core::HistoryResult<QPair<qint64, qint64>> &r) {
        if (generation != m_timelineGeneration || !store)
            return;
        if (!r.ok() || r.value.first == 0) {
            m_timeline->clear(r.ok() ? (filter.isEmpty() ? tr("No events yet")
                                                         : tr("No event matches the filter"))
                                     : tr("Could not read the timeline"));
            Q_EMIT timelineLoaded();
            return;
        }
        // The filter's own bounds when it has them: the range dragged is what is drawn.
        const qint64 from = filter.sinceNs() ? filter.sinceNs() : r.value.first;
        const qint64 to = filter.untilNs() ? filter.untilNs() : r.value.second + 1;
        const qint64 bucket = HistoryTimeline::bucketSizeFor(std::max<qint64>(1, to - from));
        store->timeline(filter, bucket)
            .then(this, [this, generation,
                         bucket](const core::HistoryResult<QList<core::HistoryBucket>> &t) {
                if (generation != m_timelineGeneration)
                    return;
                if (!t.ok())
                    m_timeline->clear(tr("Could not read the timeline"));
                else
                    m_timeline->setBuckets(t.value, bucket);
                m_timeline->setToolTip(
                    tr("Events per %1, by outcome. Drag across a time range (or click an "
                       "interval) to filter the table to it.")
                        .arg(formatSpan(bucket)));
                Q_EMIT timelineLoaded();
            });
    });
}

void HistoryPane::updateCountLabel()
{
    if (!m_store) {
        m_countLabel->setText(m_opening.isEmpty() ? tr("Not connected") : tr("Opening…"));
        return;
    }
    if (!m_model->isCountKnown()) {
        m_countLabel->setText(tr("Counting…"));
        return;
    }
    const qint64 n = m_model->totalCount();
    m_countLabel->setText(m_filter.isEmpty() ? tr("%1 events").arg(QLocale().toString(n))
                                             : tr("%1 events match").arg(QLocale().toString(n)));
}

void HistoryPane::updateSyncLabel()
{
    if (!m_sync) {
        m_syncLabel->setText(m_syncUnavailable);
        m_syncLabel->setToolTip(m_syncUnavailable);
        return;
    }
    const QLocale locale;
    QString text;
    switch (m_sync->state()) {
    case AuditSync::State::Idle:
        text = tr("Audit sync: starting…");
        break;
    case AuditSync::State::Syncing:
        text = m_sync->total() > 0
                   ? tr("Syncing the server's audit events: %1 of %2")
                         .arg(locale.toString(m_sync->fetched()), locale.toString(m_sync->total()))
                   : tr("Syncing the server's audit events: %1")
                         .arg(locale.toString(m_sync->fetched()));
        break;
    case AuditSync::State::UpToDate:
        text = m_sync->stored() > 0
                   ? tr("Audit events up to date (%1 new)").arg(locale.toString(m_sync->stored()))
                   : tr("Audit events up to date");
        break;
    case AuditSync::State::Paused: {
        // The sync's own message may already say it paused.
        QString why = m_sync->lastError();
        const QString prefix = AuditSync::tr("Audit sync paused: %1").arg(QString());
        if (!prefix.isEmpty() && why.startsWith(prefix))
            why = why.mid(prefix.size());
        text = tr("Audit sync paused: %1 — retrying by itself").arg(why);
    } break;
    case AuditSync::State::Stopped:
        text = tr("Audit sync stopped");
        break;
    }
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(text);
}

void HistoryPane::updateFollowLabel()
{
    const bool following = m_follower && m_follower->isFollowing();
    m_followStop->setVisible(following);
    if (!following) {
        m_followLabel->clear();
        return;
    }
    const QLocale locale;
    QString text =
        tr("Following %1: %2 imported")
            .arg(QFileInfo(m_follower->path()).fileName(), locale.toString(m_follower->imported()));
    if (m_follower->malformed() > 0)
        text += tr(", %1 malformed lines skipped").arg(locale.toString(m_follower->malformed()));
    m_followLabel->setText(text);
    m_followLabel->setToolTip(m_follower->path());
}

void HistoryPane::reselectShownEvent()
{
    if (m_reselectRowId == 0)
        return;
    const int row = m_model->rowOfRowId(m_reselectRowId);
    if (row < 0)
        return;
    m_reselectRowId = 0;
    m_table->selectionModel()->setCurrentIndex(
        m_subjectNames->index(
            row, m_table->currentIndex().isValid() ? m_table->currentIndex().column() : 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void HistoryPane::onCurrentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_pendingDetailRow = -1;
        m_detail->setEvent(std::nullopt);
        return;
    }
    const auto event = m_model->eventAt(current.row());
    if (!event) {
        // Its block is on its way (blockLoaded calls here again).
        m_pendingDetailRow = current.row();
        return;
    }
    m_pendingDetailRow = -1;
    if (!m_detail->event() || m_detail->event()->rowId != event->rowId)
        m_detail->setEvent(event);
}

std::optional<HistoryEvent> HistoryPane::currentEvent() const
{
    return m_detail->event();
}

bool HistoryPane::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QModelIndex index = m_subjectNames->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void HistoryPane::startTask(core::HistoryTask *task, const QString &what)
{
    m_task = task;
    m_taskWhat = what;
    m_taskLabel->setText(what);
    m_taskProgress->setRange(0, 0);
    m_taskProgress->setValue(0);
    for (QWidget *w : {static_cast<QWidget *>(m_taskLabel), static_cast<QWidget *>(m_taskProgress),
                       static_cast<QWidget *>(m_taskCancel)})
        w->show();
    m_taskCancel->setEnabled(true);
    m_importButton->setEnabled(false);
    m_exportButton->setEnabled(false);
    connect(task, &core::HistoryTask::progress, this, [this](qint64 done, qint64 total) {
        if (total <= 0) {
            m_taskProgress->setRange(0, 0);
            return;
        }
        // Per mille: byte counts do not fit an int.
        m_taskProgress->setRange(0, 1000);
        m_taskProgress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    });
    connect(task, &core::HistoryTask::finished, this, &HistoryPane::finishTask);
}

void HistoryPane::cancelTask()
{
    if (!m_task)
        return;
    m_task->cancel();
    m_taskCancel->setEnabled(false);
    m_taskLabel->setText(tr("Cancelling…"));
}

void HistoryPane::finishTask()
{
    core::HistoryTask *task = m_task;
    if (!task)
        return;
    m_task = nullptr;
    for (QWidget *w : {static_cast<QWidget *>(m_taskLabel), static_cast<QWidget *>(m_taskProgress),
                       static_cast<QWidget *>(m_taskCancel)})
        w->hide();
    m_importButton->setEnabled(m_store);
    m_exportButton->setEnabled(m_store);
    const QString error = task->error();
    if (m_taskIsExport) {
        const QString path = m_exportPath;
        if (task->isCancelled() && error.isEmpty())
            showNote(tr("Export cancelled: no file was left behind."),
                     MessageWidget::Type::Information);
        else if (task->isCancelled())
            showNote(tr("Export cancelled: no file was left behind."),
                     MessageWidget::Type::Information);
        else if (!error.isEmpty())
            showErrorText(tr("Exporting to %1: %2").arg(path, error));
        else
            showNote(tr("Exported %1 events to %2 (its SHA-256 is in %3).")
                         .arg(QLocale().toString(task->exported()), path,
                              QFileInfo(path).fileName() + u".sha256"_s));
        Q_EMIT exportFinished(path,
                              task->isCancelled() && error.isEmpty() ? tr("cancelled") : error);
    } else {
        showImportReport(task->importReport(), error);
        Q_EMIT importFinished(task->importReport(), error);
        reloadAll();
    }
    task->deleteLater();
}

bool HistoryPane::canStartTask()
{
    if (!m_store) {
        showErrorText(tr("Connect to a server first: the history is kept per connection "
                         "profile."));
        return false;
    }
    if (m_task) {
        showErrorText(tr("%1 is still running: wait for it or cancel it first.").arg(m_taskWhat));
        return false;
    }
    clearMessage();
    return true;
}

void HistoryPane::importPaths(const QStringList &paths)
{
    if (!canStartTask())
        return;
    m_report->hide();
    m_taskIsExport = false;
    startTask(m_store->importPaths(paths, this),
              paths.size() == 1 ? tr("Importing %1…").arg(QFileInfo(paths.first()).fileName())
                                : tr("Importing %n paths…", nullptr, int(paths.size())));
}

void HistoryPane::showImportReport(const core::ImportReport &report, const QString &error)
{
    const QLocale locale;
    QString summary = report.summary();
    if (report.cancelled)
        summary = tr("Import cancelled — what was read until then is kept: %1").arg(summary);
    if (!error.isEmpty())
        summary += u"\n"_s + tr("The import stopped: %1").arg(error);
    if (report.malformed > report.problems.size())
        summary += u"\n"_s + tr("The first %1 malformed lines are listed.")
                                 .arg(locale.toString(qint64(report.problems.size())));
    m_reportSummary->setText(summary);
    m_reportProblems->clear();
    for (const auto &p : report.refused) {
        auto *item = new QListWidgetItem(tr("%1 — not imported: %2").arg(p.file, p.reason),
                                         m_reportProblems);
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
    }
    for (const auto &p : report.problems) {
        auto *item = new QListWidgetItem(tr("%1:%2 — %3").arg(p.file).arg(p.line).arg(p.reason),
                                         m_reportProblems);
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    m_reportProblems->setVisible(m_reportProblems->count() > 0);
    m_report->show();
    if (!error.isEmpty())
        showErrorText(tr("The import stopped: %1").arg(error));
}

bool HistoryPane::followFile(const QString &path)
{
    if (!m_store || !m_follower) {
        showErrorText(tr("Connect to a server first: the history is kept per connection "
                         "profile."));
        return false;
    }
    QString error;
    if (!m_follower->follow(path, &error)) {
        showErrorText(tr("Cannot follow %1: %2").arg(path, error));
        return false;
    }
    clearMessage();
    updateFollowLabel();
    return true;
}

void HistoryPane::stopFollowing()
{
    if (m_follower)
        m_follower->stop();
    updateFollowLabel();
}

void HistoryPane::exportCurrent(const QString &path, HistoryStore::ExportFormat format)
{
    if (!canStartTask())
        return;
    m_taskIsExport = true;
    m_exportPath = path;
    startTask(m_store->exportTo(m_filter, path, format, this),
              tr("Exporting to %1…").arg(QFileInfo(path).fileName()));
}

} // namespace tid::ui
