#include "core/history/HistoryImporter.h"

#include "core/history/HistoryBackend.h"
#include "core/history/RawCodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <zlib.h>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HistoryImporter", text);
}

constexpr qint64 ChunkSize = 1 << 20;
constexpr qint64 MaxLineLength = 16 << 20; // a longer "line" is not an event
constexpr qint64 BulkBytes = 64 << 20;     // from here on an import defers index upkeep

// Reads a file in chunks, inflating gzip (also concatenated members), and hands out lines.
class LineReader
{
public:
    explicit LineReader(const QString &path)
        : m_file(path)
        , m_gzip(path.endsWith(u".gz"_s, Qt::CaseInsensitive))
    {}
    ~LineReader()
    {
        if (m_zInit)
            inflateEnd(&m_z);
    }

    bool open(QString *error)
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = m_file.errorString();
            return false;
        }
        if (m_gzip) {
            m_z = {};
            if (inflateInit2(&m_z, 15 + 32) != Z_OK) {
                *error = tr("cannot start gzip decompression");
                return false;
            }
            m_zInit = true;
        }
        return true;
    }
    qint64 position() const { return m_file.pos(); }
    qint64 size() const { return m_file.size(); }

    // Up to `max` lines; empty at the end. A last line without newline is returned too.
    bool next(int max, QList<QByteArray> *lines, QString *error)
    {
        lines->clear();
        while (lines->size() < max) {
            const qsizetype nl = m_buffer.indexOf('\n', m_pos);
            if (nl >= 0) {
                lines->append(m_buffer.mid(m_pos, nl - m_pos));
                m_pos = nl + 1;
                continue;
            }
            if (m_buffer.size() - m_pos > MaxLineLength) {
                lines->append(m_buffer.mid(m_pos, MaxLineLength)); // reported as malformed
                m_buffer.clear();
                m_pos = 0;
                m_skipToNewline = true;
            }
            if (m_eof) {
                if (m_pos < m_buffer.size())
                    lines->append(m_buffer.mid(m_pos));
                m_buffer.clear();
                m_pos = 0;
                break;
            }
            m_buffer.remove(0, m_pos);
            m_pos = 0;
            if (!fill(error))
                return false;
        }
        return true;
    }

    // The first bytes (decompressed), for the format check; does not consume.
    QByteArray peek(qsizetype n, QString *error)
    {
        while (!m_eof && m_buffer.size() - m_pos < n)
            if (!fill(error))
                return {};
        return m_buffer.mid(m_pos, n);
    }

private:
    bool fill(QString *error)
    {
        const QByteArray chunk = m_file.read(ChunkSize);
        if (chunk.isEmpty()) {
            if (m_file.error() != QFileDevice::NoError) {
                *error = m_file.errorString();
                return false;
            }
            if (m_gzip && m_zInit && m_zStarted && !m_zEnded) {
                *error = tr("the gzip data is truncated");
                return false;
            }
            m_eof = true;
            return true;
        }
        if (!m_gzip) {
            append(chunk);
            return true;
        }
        m_z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
        m_z.avail_in = uInt(chunk.size());
        QByteArray out(256 * 1024, Qt::Uninitialized);
        while (m_z.avail_in > 0) {
            m_z.next_out = reinterpret_cast<Bytef *>(out.data());
            m_z.avail_out = uInt(out.size());
            m_zStarted = true;
            const int rc = inflate(&m_z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
                *error = tr("the gzip data is corrupt (%1)")
                             .arg(QString::fromLatin1(m_z.msg ? m_z.msg : "inflate"));
                return false;
            }
            append(QByteArrayView(out.constData(), out.size() - m_z.avail_out));
            m_zEnded = rc == Z_STREAM_END;
            if (rc == Z_STREAM_END)
                inflateReset(&m_z); // another member may follow (cat a.gz b.gz)
            else if (rc == Z_BUF_ERROR && m_z.avail_out != 0)
                break;
        }
        return true;
    }
    void append(QByteArrayView bytes)
    {
        if (m_skipToNewline) {
            const qsizetype nl = bytes.indexOf('\n');
            if (nl < 0)
                return;
            bytes = bytes.sliced(nl + 1);
            m_skipToNewline = false;
        }
        m_buffer.append(bytes);
    }

    QFile m_file;
    bool m_gzip;
    z_stream m_z{};
    bool m_zInit = false;
    bool m_zStarted = false;
    bool m_zEnded = false;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_skipToNewline = false;
};

struct Parsed
{
    QList<HistoryEvent> events;
    QList<ImportReport::Problem> problems;
    qint64 lines = 0;
    qint64 malformed = 0;
};

Parsed parseLines(const QString &file, const QList<QByteArray> &lines, qint64 firstLine, bool pack)
{
    Parsed p;
    p.events.reserve(lines.size());
    qint64 n = firstLine;
    for (const QByteArray &line : lines) {
        const qint64 number = n++;
        QByteArrayView v(line);
        if (v.trimmed().isEmpty())
            continue; // blank lines are not events, nor errors
        ++p.lines;
        QString reason;
        if (auto e = HistoryEvent::fromObservabilityLine(v, &reason)) {
            if (pack)
                e->packed = RawCodec::encode(e->raw);
            p.events << std::move(*e);
        } else {
            ++p.malformed;
            if (p.problems.size() < ImportReport::MaxProblems)
                p.problems << ImportReport::Problem{file, number, reason};
        }
    }
    return p;
}

bool looksBinary(const QByteArray &head)
{
    if (head.contains('\0'))
        return true;
    int control = 0;
    for (const char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t')
            ++control;
    }
    return control > head.size() / 100 + 1;
}

} // namespace

QString ImportReport::summary() const
{
    const QLocale locale;
    QString text =
        QCoreApplication::translate("HistoryImporter", "imported %1, duplicates %2, malformed %3")
            .arg(locale.toString(imported), locale.toString(duplicates),
                 locale.toString(malformed));
    if (merged > 0)
        text += QCoreApplication::translate("HistoryImporter", ", joined to audit events %1")
                    .arg(locale.toString(merged));
    if (!refused.isEmpty())
        text += QCoreApplication::translate("HistoryImporter", ", %n file(s) refused", nullptr,
                                            int(refused.size()));
    text += QCoreApplication::translate("HistoryImporter", " (%n file(s))", nullptr, int(files));
    if (cancelled)
        text += QCoreApplication::translate("HistoryImporter", " — cancelled");
    return text;
}

HistoryImporter::HistoryImporter(HistoryBackend &backend)
    : m_backend(backend)
{}

QStringList HistoryImporter::expand(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir dir(path);
            const QStringList names = dir.entryList(
                {u"*.log"_s, u"*.jsonl"_s, u"*.json"_s, u"*.gz"_s, u"*.log.*"_s, u"*.ndjson"_s},
                QDir::Files | QDir::Readable, QDir::Name);
            for (const QString &name : names)
                files << dir.filePath(name);
        } else {
            files << path;
        }
    }
    files.removeDuplicates();
    return files;
}

QByteArray HistoryImporter::readAll(const QString &path, QString *error)
{
    LineReader reader(path);
    QString e;
    if (!reader.open(&e)) {
        if (error)
            *error = e;
        return {};
    }
    QByteArray out;
    QList<QByteArray> lines;
    while (reader.next(4096, &lines, &e) && !lines.isEmpty())
        for (const QByteArray &l : std::as_const(lines))
            out += l + '\n';
    if (!e.isEmpty() && error)
        *error = e;
    return out;
}

ImportReport HistoryImporter::importPaths(const QStringList &paths, QString *error)
{
    ImportReport report;
    const QStringList files = expand(paths);
    qint64 total = 0;
    for (const QString &f : files)
        total += QFileInfo(f).size();
    qint64 done = 0;
    for (const QString &path : paths)
        if (!QFileInfo::exists(path))
            report.refused << ImportReport::Problem{path, 0, tr("no such file or folder")};
    // A large import builds the store's indexes once at the end rather than row by row.
    const bool bulk = total >= BulkBytes;
    if (bulk && !m_backend.setBulkLoading(true, error))
        return report;
    for (const QString &file : files) {
        if (m_cancel && m_cancel->load()) {
            report.cancelled = true;
            break;
        }
        if (!QFileInfo::exists(file))
            continue;
        ++report.files;
        if (!importFile(file, &done, total, &report, error))
            break;
    }
    QString indexError;
    if (bulk && !m_backend.setBulkLoading(false, &indexError) && error && error->isEmpty())
        *error = indexError;
    return report;
}

bool HistoryImporter::importFile(const QString &path, qint64 *bytesDone, qint64 bytesTotal,
                                 ImportReport *report, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        report->refused << ImportReport::Problem{path, 0, tr("not a regular file")};
        return true;
    }
    LineReader reader(path);
    QString readError;
    if (!reader.open(&readError)) {
        report->refused << ImportReport::Problem{path, 0, tr("cannot read: %1").arg(readError)};
        return true;
    }
    const QByteArray head = reader.peek(4096, &readError);
    if (!readError.isEmpty()) {
        report->refused << ImportReport::Problem{path, 0, readError};
        return true;
    }
    if (looksBinary(head)) {
        report->refused << ImportReport::Problem{
            path, 0, tr("a binary file, not ThunderID's observability events (JSON lines)")};
        return true;
    }
    if (head.trimmed().startsWith('[')) {
        report->refused << ImportReport::Problem{
            path, 0, tr("a JSON array; ThunderID's events file has one JSON object per line")};
        return true;
    }
    const qint64 startPos = *bytesDone;
    qint64 lineNumber = 1;
    bool first = true;
    QFuture<Parsed> pending;
    QList<QByteArray> lines;
    ImportReport fileReport;
    auto store = [&](const Parsed &p) {
        if (first) {
            first = false;
            if (p.events.isEmpty() && p.malformed > 0) {
                report->refused << ImportReport::Problem{
                    path, 0,
                    tr("no line is a ThunderID event (first problem, line %1: %2)")
                        .arg(p.problems.value(0).line)
                        .arg(p.problems.value(0).reason)};
                return false;
            }
        }
        fileReport.lines += p.lines;
        fileReport.malformed += p.malformed;
        for (const auto &problem : p.problems)
            if (fileReport.problems.size() < ImportReport::MaxProblems)
                fileReport.problems << problem;
        if (!p.events.isEmpty()) {
            QString dbError;
            const HistoryInsertResult r = m_backend.insert(p.events, {}, &dbError);
            if (!dbError.isEmpty()) {
                if (error)
                    *error = dbError;
                return false;
            }
            fileReport.imported += r.inserted;
            fileReport.duplicates += r.duplicates;
            fileReport.merged += r.merged;
        }
        return true;
    };
    bool ok = true;
    bool refusedOrFailed = false;
    while (true) {
        if (m_cancel && m_cancel->load()) {
            report->cancelled = true;
            break;
        }
        if (!reader.next(m_batchSize, &lines, &readError)) {
            fileReport.problems << ImportReport::Problem{path, lineNumber, readError};
            ++fileReport.malformed;
            break;
        }
        // Parse this batch on another thread while the previous one is written here.
        QFuture<Parsed> next;
        if (!lines.isEmpty())
            next = QtConcurrent::run(parseLines, path, lines, lineNumber, m_backend.packsRaw());
        if (pending.isValid()) {
            const bool stored = store(pending.result());
            pending = {};
            if (!stored) {
                refusedOrFailed = true; // a parse in flight finishes on its own; nobody reads it
                break;
            }
        }
        if (lines.isEmpty())
            break;
        pending = next;
        lineNumber += lines.size();
        *bytesDone = startPos + reader.position();
        if (m_progress)
            m_progress(*bytesDone, bytesTotal);
    }
    if (pending.isValid() && !refusedOrFailed && !store(pending.result()))
        refusedOrFailed = true;
    if (refusedOrFailed && error && !error->isEmpty())
        ok = false;
    *bytesDone = startPos + info.size();
    if (m_progress)
        m_progress(*bytesDone, bytesTotal);
    report->lines += fileReport.lines;
    report->imported += fileReport.imported;
    report->duplicates += fileReport.duplicates;
    report->merged += fileReport.merged;
    report->malformed += fileReport.malformed;
    for (const auto &problem : std::as_const(fileReport.problems))
        if (report->problems.size() < ImportReport::MaxProblems)
            report->problems << problem;
    return ok;
}

} // namespace tid::core
