#pragma once

// Test oracle shared by tst_jwt and fuzz_jwt: a JsonView reads checked JSON text exactly as
// QJsonDocument reads it (types, strings, numbers, members, elements, counts).

#include "core/token/JsonView.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace tid::test {

inline bool sameJson(const core::JsonView &v, const QJsonValue &q)
{
    using T = core::JsonView::Type;
    switch (q.type()) {
    case QJsonValue::Undefined:
        return v.type() == T::Undefined;
    case QJsonValue::Null:
        return v.type() == T::Null;
    case QJsonValue::Bool:
        return v.type() == T::Bool && v.toBool() == q.toBool();
    case QJsonValue::Double:
        return v.type() == T::Number && v.toDouble() == q.toDouble();
    case QJsonValue::String: {
        // equals() takes UTF-8, which cannot hold a lone surrogate (\ud800): compare it only
        // with strings that survive the trip to UTF-8.
        const QString s = q.toString();
        const std::string utf8 = s.toStdString();
        const bool representable = QString::fromStdString(utf8) == s;
        return v.type() == T::String && v.toString() == s && (!representable || v.equals(utf8));
    }
    case QJsonValue::Array: {
        const QJsonArray a = q.toArray();
        if (v.type() != T::Array || v.size() != a.size())
            return false;
        qsizetype i = 0;
        bool same = true;
        v.forEachElement([&](const core::JsonView &e) {
            same = sameJson(e, a.at(i++));
            return same;
        });
        return same && i == a.size();
    }
    case QJsonValue::Object: {
        const QJsonObject o = q.toObject();
        const core::JsonObjectView index(v); // the members found once, as the validator reads
        if (v.type() != T::Object || v.size() != o.size() || index.size() != o.size())
            return false;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const std::string name = it.key().toStdString();
            if (QString::fromStdString(name) != it.key())
                continue; // a name with a lone surrogate cannot be asked for in UTF-8
            if (!sameJson(v.member(name), it.value()) || !sameJson(index.member(name), it.value()))
                return false;
        }
        if (!index.member("\x01 no such member").isUndefined())
            return false;
        return v.member("\x01 no such member").isUndefined() || o.contains(u"\x01 no such member");
    }
    }
    return false;
}

} // namespace tid::test
