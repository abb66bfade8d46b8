#pragma once

#include "core/history/HistoryFilter.h"
#include "core/history/HistoryImporter.h"
#include "core/history/HistoryStore.h"
#include "core/token/ActorNameResolver.h"
#include "ui/widgets/AdminPane.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>

#include <optional>

class QCompleter;
class QFrame;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class QStringListModel;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;

namespace tid::core {
class AuditSync;
class HistoryEventsModel;
class HistoryFacetsModel;
class HistoryFollower;
class Settings;
} // namespace tid::core

namespace tid::ui {

class DelegationView;
class HistoryEventDetail;
class HistoryTimeline;
class SubjectNamesProxy;

// The token history of the connected server's profile, for auditors: a table over every stored
// event matching a filter (a million rows scroll like a hundred: uniform rows, fixed columns,
// blocks fetched by keyset), the filter bar with its language, completion of keys and values and
// named saved filters; facet counts beside the table (a click adds the term); a timeline of the
// filter stacked by outcome (drag a range to filter to it); the selected event's detail; the
// delegation chains; import of ThunderID event files (files, a folder, or following a growing
// file) with a report; export of the filter to CSV or JSON lines with a .sha256; and the audit
// sync's state. Errors show in the pane's message bar and keep the filter text as typed.
class HistoryPane final : public AdminPane
{
    Q_OBJECT

public:
    static constexpr int FilterDebounceMs = 350;
    static constexpr int ReloadDebounceMs = 1000;
    static constexpr int FacetTopN = 12;

    explicit HistoryPane(core::Settings *settings = nullptr, QWidget *parent = nullptr);
    ~HistoryPane() override;

    // The store of the connected profile (not owned); nullptr: not connected.
    void setStore(core::HistoryStore *store);
    core::HistoryStore *store() const { return m_store; }
    // While a store opens (before setStore): what the empty table says meanwhile.
    void setOpening(const QString &text);
    // The audit sync feeding the store (not owned), for the status line; nullptr with a reason
    // when the server has none.
    void setAuditSync(core::AuditSync *sync, const QString &unavailableReason = {});
    // The connected server's issuer and how principal ids become names (the actor chain).
    void setServer(const QString &issuer, core::ActorNameResolver::Lookup lookup);
    // Client id -> display name (agents, applications) for the table, facets and detail.
    void setClientNames(const QHash<QString, QString> &names);

    // Replaces the filter text and applies it now (an invalid text keeps the last filter).
    void setFilterText(const QString &text);
    QString filterText() const;
    // The filter the table shows (the last valid text).
    core::HistoryFilter filter() const { return m_filter; }
    // The parse error of the text in the bar, if any.
    std::optional<core::HistoryFilter::Error> filterError() const { return m_filterErrorValue; }
    // "Show history" of an agent: the table filtered to its client id.
    void showClient(const QString &clientId);

    // Saved filters (kept in Settings): name -> filter text.
    QVariantMap savedFilters() const;
    void saveCurrentFilter(const QString &name);
    void removeSavedFilter(const QString &name);
    bool applySavedFilter(const QString &name);

    // Import and export (one job at a time; progress and Cancel in the status row).
    void importPaths(const QStringList &paths);
    bool followFile(const QString &path);
    void stopFollowing();
    void exportCurrent(const QString &path, core::HistoryStore::ExportFormat format);
    void cancelTask();
    bool isTaskRunning() const { return m_task; }

    // The event shown in the detail.
    std::optional<core::HistoryEvent> currentEvent() const;
    bool selectRow(int row);

    // Test seam for the file dialogs (import files/folder, follow, export): the next dialog
    // answers these paths (an empty list: cancelled) instead of opening.
    static void setNextFilePaths(const QStringList &paths);

    core::HistoryEventsModel *model() const { return m_model; }
    core::HistoryFacetsModel *facetsModel() const { return m_facets; }
    QTableView *tableView() const { return m_table; }
    QTreeView *facetsView() const { return m_facetsView; }
    HistoryTimeline *timeline() const { return m_timeline; }
    HistoryEventDetail *detail() const { return m_detail; }
    DelegationView *delegationView() const { return m_delegation; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *filterErrorLabel() const { return m_filterError; }
    QLabel *countLabel() const { return m_countLabel; }
    QLabel *syncLabel() const { return m_syncLabel; }
    QLabel *followLabel() const { return m_followLabel; }
    QFrame *importReportFrame() const { return m_report; }
    QLabel *importReportSummary() const { return m_reportSummary; }
    QListWidget *importProblemsList() const { return m_reportProblems; }
    QProgressBar *taskProgress() const { return m_taskProgress; }
    QPushButton *taskCancelButton() const { return m_taskCancel; }
    QToolButton *importButton() const { return m_importButton; }
    QToolButton *exportButton() const { return m_exportButton; }
    QToolButton *savedFiltersButton() const { return m_savedButton; }
    QCompleter *completer() const { return m_completer; }
    QStringList completions() const;
    core::HistoryFollower *follower() const { return m_follower; }

public Q_SLOTS:
    void refresh() override;
    void applyFilter();

Q_SIGNALS:
    void openInInspector(const QJsonObject &claims);
    void filterApplied(const tid::core::HistoryFilter &filter);
    void facetsLoaded();
    void timelineLoaded();
    void importFinished(const tid::core::ImportReport &report, const QString &error);
    void exportFinished(const QString &path, const QString &error);

private:
    void buildUi();
    QWidget *buildEventsTab();
    void buildMenus();
    void reloadAll();
    void loadFacets();
    void loadTimeline();
    void updateCountLabel();
    void updateSyncLabel();
    void updateFollowLabel();
    void showFilterError(const QString &text, const core::HistoryFilter::Error &error);
    void onFilterEdited();
    void updateCompletion();
    void insertCompletion(const QString &completion);
    void rebuildSavedMenu();
    void onCurrentRowChanged();
    void reselectShownEvent();
    // A store is there and no import or export runs; otherwise says why (false).
    bool canStartTask();
    void startTask(core::HistoryTask *task, const QString &what);
    void finishTask();
    void showImportReport(const core::ImportReport &report, const QString &error);
    void askPaths(int kind);

    core::Settings *m_settings;
    QPointer<core::HistoryStore> m_store;
    QPointer<core::AuditSync> m_sync;
    QString m_syncUnavailable;
    QString m_opening;
    core::HistoryEventsModel *m_model;
    core::HistoryFacetsModel *m_facets;
    SubjectNamesProxy *m_subjectNames;
    core::HistoryFilter m_filter;
    std::optional<core::HistoryFilter::Error> m_filterErrorValue;
    QHash<QString, QString> m_clientNames;
    core::HistoryFollower *m_follower = nullptr;
    QPointer<core::HistoryTask> m_task;
    QString m_taskWhat;
    bool m_taskIsExport = false;
    QString m_exportPath;
    int m_facetsGeneration = 0;
    int m_timelineGeneration = 0;
    int m_completionGeneration = 0;
    int m_pendingDetailRow = -1;
    qint64 m_reselectRowId = 0;
    bool m_applyingText = false;
    bool m_settingFilter = false; // the model resets for a new filter, not for new events

    QTimer *m_filterDebounce = nullptr;
    QTimer *m_reloadDebounce = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_completionModel = nullptr;
    QLabel *m_filterError = nullptr;
    QToolButton *m_savedButton = nullptr;
    QMenu *m_savedMenu = nullptr;
    QToolButton *m_importButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_facetsView = nullptr;
    HistoryTimeline *m_timeline = nullptr;
    QTableView *m_table = nullptr;
    HistoryEventDetail *m_detail = nullptr;
    DelegationView *m_delegation = nullptr;
    QFrame *m_report = nullptr;
    QLabel *m_reportSummary = nullptr;
    QListWidget *m_reportProblems = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_followLabel = nullptr;
    QToolButton *m_followStop = nullptr;
    QLabel *m_taskLabel = nullptr;
    QProgressBar *m_taskProgress = nullptr;
    QPushButton *m_taskCancel = nullptr;
};

} // namespace tid::ui
