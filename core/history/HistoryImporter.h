#pragma once

#include "core/history/HistoryEvent.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace tid::core {

class HistoryBackend;

// What an import did, for the import report (pane) and the one-line summary (CLI).
struct ImportReport
{
    struct Problem
    {
        QString file;
        qint64 line = 0; // 1-based; 0 for the whole file
        QString reason;
    };
    qint64 files = 0;
    qint64 lines = 0;
    qint64 imported = 0;
    qint64 duplicates = 0;
    qint64 merged = 0;
    qint64 malformed = 0;
    QList<Problem> problems; // malformed lines, the first MaxProblems of them
    QList<Problem> refused;  // files refused whole (binary, not an events file, unreadable)
    bool cancelled = false;
    static constexpr int MaxProblems = 200;

    // "imported 9,412, duplicates 0, malformed 2 (3 files)" — translated.
    QString summary() const;
};

// Reads ThunderID observability files (JSON lines; .gz rotated files too) into a backend.
// Lines are parsed on a second thread while the previous batch is written; each batch is one
// transaction. A malformed line is skipped and reported with its file and line number; a file
// that is binary or holds no events at all is refused with its reason. Synchronous: run it on
// the store's writer thread (HistoryStore::importPaths) or in the command line.
class HistoryImporter final
{
public:
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

    explicit HistoryImporter(HistoryBackend &backend);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    void setBatchSize(int lines) { m_batchSize = lines; }

    // Files and folders (a folder: its *.log, *.jsonl, *.json, *.gz and observability.log.*
    // files, sorted by name). The report counts everything; a database error stops the import
    // and is returned in `error`.
    ImportReport importPaths(const QStringList &paths, QString *error);

    // The files a path names (a folder expanded), sorted.
    static QStringList expand(const QStringList &paths);
    // Reads a whole file (inflating .gz) — for tests and small files.
    static QByteArray readAll(const QString &path, QString *error);

private:
    bool importFile(const QString &path, qint64 *bytesDone, qint64 bytesTotal, ImportReport *report,
                    QString *error);

    HistoryBackend &m_backend;
    Progress m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    int m_batchSize = 16384;
};

} // namespace tid::core
