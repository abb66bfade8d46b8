// libFuzzer target for what the sandbox reads from a request besides the HTTP framing: the
// application/x-www-form-urlencoded body (FormBody), JSON request bodies and their typed field
// readers (JsonFields), and the list filter (ListFilter, `attribute op value`). The first input
// byte picks the parser; each case checks the parser's own promises, not only that it survives.

#include "sandbox/http/FormBody.h"
#include "sandbox/http/JsonFields.h"
#include "sandbox/http/ListFilter.h"

#include <QJsonArray>

#include <cmath>
#include <cstdlib>

using namespace tid::sandbox;

namespace {

void formBody(const QByteArray &input)
{
    const FormBody form(input);
    for (const auto &[name, value] : form.items()) {
        const QStringList all = form.values(name);
        if (all.isEmpty() || all.size() != form.count(name) || form.value(name) != all.first())
            std::abort();
    }
    (void)FormBody::isFormContentType(input);
}

void jsonFields(const QByteArray &input)
{
    QString error;
    const std::optional<QJsonObject> object = JsonFields::parseObject(input, &error);
    if (object.has_value() == !error.isEmpty())
        std::abort(); // either an object or a reason, never both or neither
    if (!object)
        return;
    for (auto it = object->begin(); it != object->end(); ++it) {
        const QString key = it.key();
        JsonFields f(*object);
        if (!f.has(key))
            std::abort();
        (void)f.string(key, true);
        (void)f.optionalString(key);
        (void)f.boolean(key);
        (void)f.integer(key);
        (void)f.object(key);
        (void)f.array(key);
        (void)f.stringArray(key);
        QJsonObject copy;
        for (auto kind :
             {JsonFields::Kind::String, JsonFields::Kind::Bool, JsonFields::Kind::Integer,
              JsonFields::Kind::Object, JsonFields::Kind::Array, JsonFields::Kind::StringArray})
            f.copy(key, kind, &copy);
        JsonFields names(*object);
        const QString name = names.name(key);
        if (names.ok() && !JsonFields::nameProblem(name).isEmpty())
            std::abort(); // an accepted name is one nameProblem() accepts
        if (it.value().isString() && JsonFields::nameProblem(it.value().toString()).isEmpty() &&
            !it.value().toString().trimmed().isEmpty() && !names.ok())
            std::abort();
    }
}

void listFilter(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    const QStringList ops{QStringLiteral("eq"), QStringLiteral("gt"), QStringLiteral("lt")};
    const std::optional<ListFilter> f = ListFilter::parse(text, ops);
    if (!f)
        return;
    if (f->attribute.isEmpty() || !ops.contains(f->op) || f->value.isUndefined())
        std::abort();
    if (f->value.isDouble() && !std::isfinite(f->value.toDouble()))
        std::abort(); // JSON has no NaN or infinity: such a filter matches nothing, refuse it
    // An object holding exactly the filter's value at its path matches an `eq` filter.
    const QStringList path = f->attribute.split(u'.');
    QJsonValue nested = f->value;
    for (auto part = path.crbegin(); part != path.crend(); ++part)
        nested = QJsonObject{{*part, nested}};
    if (f->op == QStringLiteral("eq") && !f->matchesObject(nested.toObject()))
        std::abort();
    if (f->op != QStringLiteral("eq") && f->matchesObject(nested.toObject()))
        std::abort(); // a value is neither greater nor less than itself
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, unsigned long size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0:
        formBody(input);
        break;
    case 1:
        jsonFields(input);
        break;
    default:
        listFilter(input);
        break;
    }
    return 0;
}
