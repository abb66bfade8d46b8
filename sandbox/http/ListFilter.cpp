#include "sandbox/http/ListFilter.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

std::optional<ListFilter> ListFilter::parse(const QString &text, const QStringList &operators)
{
    static const QRegularExpression re(
        uR"re(^\s*([A-Za-z_][A-Za-z0-9_\-]*(?:\.[A-Za-z_][A-Za-z0-9_\-]*)*)\s+([A-Za-z]+)\s+(?:"((?:[^"\\]|\\.)*)"|([^\s"]+))\s*$)re"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    ListFilter f;
    f.attribute = m.captured(1);
    f.op = m.captured(2).toLower();
    if (!operators.contains(f.op))
        return std::nullopt;
    if (m.capturedStart(3) >= 0) {
        QString v = m.captured(3);
        v.replace(u"\\\""_s, u"\""_s).replace(u"\\\\"_s, u"\\"_s);
        f.value = v;
    } else {
        const QString raw = m.captured(4);
        if (raw == u"true"_s || raw == u"false"_s) {
            f.value = raw == u"true"_s;
        } else {
            bool ok = false;
            const double d = raw.toDouble(&ok);
            if (!ok || !std::isfinite(d)) // JSON has no NaN or infinity
                return std::nullopt;
            f.value = d;
        }
    }
    return f;
}

QJsonValue ListFilter::lookup(const QJsonObject &object, const QString &dottedPath)
{
    const QStringList parts = dottedPath.split(u'.');
    QJsonValue current = object;
    for (const QString &part : parts) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(part);
    }
    return current;
}

bool ListFilter::matches(const QJsonValue &actual) const
{
    if (actual.isUndefined() || actual.isNull())
        return false;
    int cmp = 0;
    if (value.isString()) {
        if (actual.isString())
            cmp = actual.toString().compare(value.toString());
        else if (actual.isDouble() || actual.isBool())
            return op == u"eq"_s &&
                   (actual.isBool() ? (actual.toBool() ? u"true"_s : u"false"_s)
                                    : QString::number(actual.toDouble())) == value.toString();
        else
            return false;
    } else if (value.isDouble()) {
        double a = 0;
        if (actual.isDouble()) {
            a = actual.toDouble();
        } else if (actual.isString()) {
            bool ok = false;
            a = actual.toString().toDouble(&ok);
            if (!ok)
                return false;
        } else {
            return false;
        }
        cmp = a < value.toDouble() ? -1 : (a > value.toDouble() ? 1 : 0);
    } else if (value.isBool()) {
        if (!actual.isBool())
            return false;
        cmp = actual.toBool() == value.toBool() ? 0 : 1;
        if (op != u"eq"_s)
            return false;
    }
    if (op == u"eq"_s)
        return cmp == 0;
    if (op == u"gt"_s)
        return cmp > 0;
    if (op == u"lt"_s)
        return cmp < 0;
    return false;
}

} // namespace tid::sandbox
