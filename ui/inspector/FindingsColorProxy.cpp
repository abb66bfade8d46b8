#include "ui/inspector/FindingsColorProxy.h"

#include "core/models/FindingsModel.h"
#include "ui/widgets/StatusColor.h"

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
    using Color = StatusColor::Name;
    const QPalette palette = QApplication::palette();
    switch (role) {
    case Qt::ForegroundRole:
        if (severity == Severity::Error)
            return StatusColor::color(Color::FindingError, palette);
        if (severity == Severity::Warning)
            return StatusColor::color(Color::FindingWarning, palette);
        return {};
    case Qt::BackgroundRole:
        if (severity == Severity::Error)
            return StatusColor::color(Color::FindingErrorWash, palette);
        if (severity == Severity::Warning)
            return StatusColor::color(Color::FindingWarningWash, palette);
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
