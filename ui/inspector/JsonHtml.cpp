#include "ui/inspector/JsonHtml.h"

#include "ui/widgets/StatusColor.h"

using namespace Qt::Literals::StringLiterals;

namespace tid::ui {

QString JsonHtml::toHtml(QByteArrayView json, const QPalette &palette)
{
    using Color = StatusColor::Name;
    const QString keyColor = StatusColor::css(Color::JsonKey, palette);
    const QString stringColor = StatusColor::css(Color::JsonString, palette);
    const QString numberColor = StatusColor::css(Color::JsonNumber, palette);
    const QString literalColor = StatusColor::css(Color::JsonLiteral, palette);
    const QString punctColor = palette.color(QPalette::PlaceholderText).name();

    QString out;
    out.reserve(int(json.size()) * 3);
    int indent = 0;
    auto newline = [&] {
        out += u"\n"_s;
        out += QString(indent * 2, u' ');
    };
    auto span = [&](const QString &color, const QString &text) {
        out += u"<span style=\"color:%1\">%2</span>"_s.arg(color, text.toHtmlEscaped());
    };
    // Distinguishes a member name from a string value: a name is followed by ':'.
    auto isKey = [&](qsizetype end) {
        for (qsizetype k = end; k < json.size(); ++k) {
            const char c = json[k];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
                continue;
            return c == ':';
        }
        return false;
    };
    qsizetype i = 0;
    const qsizetype n = json.size();
    bool emptyContainer = false;
    while (i < n) {
        const char c = json[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            ++i;
            continue;
        }
        if (c == '{' || c == '[') {
            // Look ahead for an empty container.
            qsizetype k = i + 1;
            while (k < n &&
                   (json[k] == ' ' || json[k] == '\n' || json[k] == '\r' || json[k] == '\t'))
                ++k;
            emptyContainer = k < n && (json[k] == '}' || json[k] == ']');
            span(punctColor, QString(QLatin1Char(c)));
            if (emptyContainer) {
                span(punctColor, QString(QLatin1Char(json[k])));
                i = k + 1;
                continue;
            }
            ++indent;
            newline();
            ++i;
            continue;
        }
        if (c == '}' || c == ']') {
            --indent;
            newline();
            span(punctColor, QString(QLatin1Char(c)));
            ++i;
            continue;
        }
        if (c == ',') {
            span(punctColor, u","_s);
            newline();
            ++i;
            continue;
        }
        if (c == ':') {
            span(punctColor, u": "_s);
            ++i;
            continue;
        }
        if (c == '"') {
            qsizetype j = i + 1;
            while (j < n && json[j] != '"') {
                if (json[j] == '\\')
                    ++j;
                ++j;
            }
            const qsizetype end = qMin(j + 1, n);
            const QString text = QString::fromUtf8(json.sliced(i, end - i));
            span(isKey(end) ? keyColor : stringColor, text);
            i = end;
            continue;
        }
        // number or literal
        qsizetype j = i;
        while (j < n && json[j] != ',' && json[j] != '}' && json[j] != ']' && json[j] != ' ' &&
               json[j] != '\n' && json[j] != '\r' && json[j] != '\t')
            ++j;
        if (j == i)
            j = i + 1;
        const QString text = QString::fromUtf8(json.sliced(i, j - i));
        span((c == 't' || c == 'f' || c == 'n') ? literalColor : numberColor, text);
        i = j;
    }
    return u"<pre style=\"margin:0\">"_s + out + u"</pre>"_s;
}

} // namespace tid::ui
