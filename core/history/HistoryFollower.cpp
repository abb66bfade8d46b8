#include "core/history/HistoryFollower.h"

#include "core/history/HistoryStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileSystemWatcher>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

constexpr qint64 MaxReadPerTick = 8 << 20; // the rest on the next tick: the GUI stays fluid

quint64 inodeOf(const QString &path, qint64 *size)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    *size = qint64(st.st_size);
    return quint64(st.st_ino);
}

} // namespace

HistoryFollower::HistoryFollower(HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_watcher(new QFileSystemWatcher(this))
{
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &HistoryFollower::readMore);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &HistoryFollower::readMore);
}

HistoryFollower::~HistoryFollower() = default;

bool HistoryFollower::follow(const QString &path, QString *error)
{
    stop();
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("HistoryFollower", "Cannot follow %1: %2")
                         .arg(path, probe.errorString());
        return false;
    }
    m_path = path;
    qint64 size = 0;
    m_inode = inodeOf(path, &size);
    m_offset = 0;
    m_lineNumber = 0;
    m_partial.clear();
    m_watcher->addPath(path);
    m_poll.start();
    readMore();
    return true;
}

void HistoryFollower::stop()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_poll.stop();
    m_path.clear();
}

void HistoryFollower::readMore()
{
    if (m_path.isEmpty() || m_reading || !m_store)
        return;
    qint64 size = 0;
    const quint64 inode = inodeOf(m_path, &size);
    if (inode == 0)
        return; // between a rename and the new file: the next tick finds it
    if (inode != m_inode || size < m_offset) {
        const QString why =
            inode != m_inode
                ? QCoreApplication::translate("HistoryFollower", "%1 was replaced by a new file")
                      .arg(m_path)
                : QCoreApplication::translate("HistoryFollower", "%1 was truncated").arg(m_path);
        m_inode = inode;
        m_offset = 0;
        m_lineNumber = 0;
        m_partial.clear();
        if (!m_watcher->files().contains(m_path))
            m_watcher->addPath(m_path);
        Q_EMIT reopened(why);
    }
    if (size == m_offset)
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_offset)) {
        Q_EMIT errorOccurred(QCoreApplication::translate("HistoryFollower", "Cannot read %1: %2")
                                 .arg(m_path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.read(std::min(size - m_offset, MaxReadPerTick));
    m_offset += bytes.size();
    m_partial += bytes;
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (true) {
        const qsizetype nl = m_partial.indexOf('\n', start);
        if (nl < 0)
            break;
        lines << m_partial.mid(start, nl - start);
        start = nl + 1;
    }
    m_partial.remove(0, start); // a half-written last line waits for its newline
    if (!lines.isEmpty())
        flushLines(std::move(lines));
    if (m_offset < size)
        QTimer::singleShot(0, this, &HistoryFollower::readMore);
}

void HistoryFollower::flushLines(QList<QByteArray> lines)
{
    QList<HistoryEvent> events;
    events.reserve(lines.size());
    for (const QByteArray &line : lines) {
        ++m_lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        QString reason;
        if (auto e = HistoryEvent::fromObservabilityLine(line, &reason)) {
            events << std::move(*e);
        } else {
            ++m_malformed;
            Q_EMIT malformedLine(m_lineNumber, reason);
        }
    }
    if (events.isEmpty())
        return;
    m_reading = true;
    QPointer<HistoryFollower> self(this);
    m_store->insert(events).then(this, [this](const HistoryResult<HistoryInsertResult> &r) {
        m_reading = false;
        if (!r.ok()) {
            Q_EMIT errorOccurred(r.error);
            return;
        }
        m_imported += r.value.inserted + r.value.merged;
        if (r.value.inserted + r.value.merged > 0)
            Q_EMIT eventsImported(r.value.inserted + r.value.merged);
    });
}

} // namespace tid::core
