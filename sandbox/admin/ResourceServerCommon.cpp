#include "sandbox/admin/ResourceServerCommon.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox::authzutil {

QString newId()
{
    // RFC 9562 §5.7: 48-bit Unix milliseconds, version 7, 12 random bits, variant 10, 62 random.
    quint8 b[16];
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        b[i] = quint8(ms >> (8 * (5 - i)));
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random);
    for (int i = 0; i < 10; ++i)
        b[6 + i] = quint8(random[i / 4] >> (8 * (i % 4)));
    b[6] = quint8(0x70 | (b[6] & 0x0F));
    b[8] = quint8(0x80 | (b[8] & 0x3F));
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(b), 16).toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' +
                               hex.mid(16, 4) + '-' + hex.mid(20));
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Response errorResponse(const ErrorSpec &spec)
{
    return errorResponse(spec, QString::fromUtf16(spec.description));
}

Response errorResponse(const ErrorSpec &spec, const QString &description)
{
    return Response::error(spec.status, QString::fromUtf16(spec.code),
                           QString::fromUtf16(spec.message), description,
                           QString::fromUtf16(spec.key));
}

std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool readString(const QJsonObject &object, const QString &key, QString *out, bool *present)
{
    if (present)
        *present = false;
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    *out = value.toString();
    if (present)
        *present = true;
    return true;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        throw std::runtime_error(query.lastError().text().toStdString());
}

} // namespace tid::sandbox::authzutil
