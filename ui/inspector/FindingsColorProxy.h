#pragma once

#include <QIdentityProxyModel>

namespace tid::ui {

// Colours FindingsModel rows by severity (the core model stays free of QtGui): a severity icon
// in the first column, red / amber text for errors / warnings and a light tint behind them.
class FindingsColorProxy final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit FindingsColorProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace tid::ui
