#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace tid::ui {

// Gives one column of a QTreeView rows as tall as its word-wrapped text at the column's current
// width (QTreeView alone keeps such rows one line high), so long findings stay readable.
class WrappingDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    WrappingDelegate(QTreeView *view, int column);
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
    int m_column;
};

} // namespace tid::ui
