#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tid::sandbox {

// Typed access to the members of a JSON request body. Each accessor returns a default on a
// missing or mistyped member and records the first problem ("name: must be a string"), so a
// handler reads every field and then checks ok() once.
class JsonFields final
{
public:
    explicit JsonFields(const QJsonObject &object)
        : m_object(object)
    {}

    // Parses a request body that must be one JSON object.
    static std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error);
    // An optional string member: absent or null leaves *out untouched and returns true; any other
    // non-string type returns false. *present tells whether a string was there.
    static bool optionalString(const QJsonObject &object, const QString &key, QString *out,
                               bool *present = nullptr);

    bool has(const QString &key) const;
    bool isNull(const QString &key) const;
    // Absent or null => empty string; `required` also rejects empty/blank strings.
    QString string(const QString &key, bool required = false);
    // A name (display name, handle, username; issue 11, finding 8): a string as string() reads
    // it, and then at most MaxNameLength characters without control characters (NUL ...) or
    // format characters (zero-width space/joiner, bidirectional embeddings and isolates, BOM),
    // which would let `amara.okafor\0` or a mirrored name pass for another.
    static constexpr qsizetype MaxNameLength = 256;
    QString name(const QString &key, bool required = true);
    // Why `value` is no acceptable name, or an empty string.
    static QString nameProblem(const QString &value);
    // Absent or null => nullopt.
    std::optional<QString> optionalString(const QString &key);
    bool boolean(const QString &key, bool defaultValue = false);
    std::optional<qint64> integer(const QString &key);
    QJsonObject object(const QString &key, bool required = false);
    QJsonArray array(const QString &key, bool required = false);
    QStringList stringArray(const QString &key);

    enum class Kind
    {
        String,
        Bool,
        Integer,
        Object,
        Array,
        StringArray
    };
    // Copies an optional member of the given kind into *out when present and non-null.
    void copy(const QString &key, Kind kind, QJsonObject *out);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &message);

private:
    QJsonObject m_object;
    QString m_error;
};

} // namespace tid::sandbox
