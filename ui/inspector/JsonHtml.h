#pragma once

#include <QByteArrayView>
#include <QPalette>
#include <QString>

namespace tid::ui {

// Pretty-prints JSON text (already validated) as coloured HTML, keeping the member order of
// the original — QJsonDocument would sort it.
class JsonHtml final
{
public:
    static QString toHtml(QByteArrayView json, const QPalette &palette);
};

} // namespace tid::ui
