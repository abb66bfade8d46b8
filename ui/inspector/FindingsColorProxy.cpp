#include "ui/inspector/FindingsColorProxy.h"

#include "core/models/FindingsModel.h"

#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QStyle>

namespace tid::ui {

using Severity = core::Finding::Severity;

FindingsColorProxy::FindingsColorProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{}

QVariant FindingsColorProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role != Qt::ForegroundRole && role != Qt::BackgroundRole && role != Qt::DecorationRole)
        return QIdentityProxyModel::data(index, role);
    const auto severity =
        Severity(QIdentityProxyModel::data(index, core::FindingsModel::SeverityRole).toInt());
    const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
    switch (role) {
    case Qt::ForegroundRole:
        if (severity == Severity::Error)
            return QColor(dark ? 0xff8a80 : 0xb71c1c);
        if (severity == Severity::Warning)
            return QColor(dark ? 0xffd180 : 0x8a5300);
        return {};
    case Qt::BackgroundRole:
        if (severity == Severity::Error)
            return QColor(229, 57, 53, dark ? 60 : 28);
        if (severity == Severity::Warning)
            return QColor(255, 179, 0, dark ? 50 : 36);
        return {};
    case Qt::DecorationRole: {
        if (index.column() != 0)
            return {};
        QStyle *style = QApplication::style();
        switch (severity) {
        case Severity::Error:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case Severity::Warning:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case Severity::Info:
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    }
    default:
        return {};
    }
}

} // namespace tid::ui
