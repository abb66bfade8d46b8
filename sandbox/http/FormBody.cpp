#include "sandbox/http/FormBody.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

QString FormBody::decode(const QByteArray &component)
{
    QByteArray c = component;
    c.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(c));
}

FormBody::FormBody(const QByteArray &body)
{
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        m_items.append({decode(name), decode(value)});
    }
}

bool FormBody::isFormContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed();
    return type.compare("application/x-www-form-urlencoded", Qt::CaseInsensitive) == 0;
}

int FormBody::count(const QString &name) const
{
    int n = 0;
    for (const auto &[k, v] : m_items) {
        if (k == name)
            ++n;
    }
    return n;
}

QString FormBody::value(const QString &name) const
{
    for (const auto &[k, v] : m_items) {
        if (k == name)
            return v;
    }
    return {};
}

QStringList FormBody::values(const QString &name) const
{
    QStringList out;
    for (const auto &[k, v] : m_items) {
        if (k == name)
            out.append(v);
    }
    return out;
}

} // namespace tid::sandbox
