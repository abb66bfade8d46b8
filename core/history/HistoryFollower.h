#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QFileSystemWatcher;

namespace tid::core {

class HistoryStore;

// Follows one ThunderID observability file as it grows (tail -F): new complete lines are
// imported within about a second (a file-system watcher, and a poll for file systems that do
// not report changes); a half-written last line waits until its newline arrives; a file that
// was truncated (copy-and-truncate) or replaced (rename and a new file) is detected and read
// again from its start — events already stored are recognised by their ids.
class HistoryFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFollower)

public:
    explicit HistoryFollower(HistoryStore *store, QObject *parent = nullptr);
    ~HistoryFollower() override;

    // Starts following `path` from its beginning (everything in it is imported first).
    bool follow(const QString &path, QString *error = nullptr);
    void stop();
    QString path() const { return m_path; }
    bool isFollowing() const { return !m_path.isEmpty(); }
    void setPollInterval(int ms) { m_poll.setInterval(ms); }

    qint64 imported() const { return m_imported; }
    qint64 malformed() const { return m_malformed; }

Q_SIGNALS:
    // A batch was stored.
    void eventsImported(qint64 count);
    // A malformed line was skipped (its line number in the file as read).
    void malformedLine(qint64 line, const QString &reason);
    // The file was truncated or replaced and is read again from its start.
    void reopened(const QString &why);
    void errorOccurred(const QString &message);

private:
    void readMore();
    void flushLines(QList<QByteArray> lines);

    QPointer<HistoryStore> m_store;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_poll;
    QString m_path;
    quint64 m_inode = 0;
    qint64 m_offset = 0;
    qint64 m_lineNumber = 0;
    QByteArray m_partial;
    qint64 m_imported = 0;
    qint64 m_malformed = 0;
    bool m_reading = false;
};

} // namespace tid::core
