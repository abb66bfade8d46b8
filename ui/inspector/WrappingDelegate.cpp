#include "ui/inspector/WrappingDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace tid::ui {

WrappingDelegate::WrappingDelegate(QTreeView *view, int column)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_column(column)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    // New width, new heights.
    connect(view->header(), &QHeaderView::sectionResized, view, [view, column](int section) {
        if (section == column)
            QTimer::singleShot(0, view, &QTreeView::doItemsLayout);
    });
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() != m_column)
        return size;
    const int width = m_view->header()->sectionSize(m_column) - 8;
    if (width <= 20)
        return size;
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect r = QFontMetrics(option.font)
                        .boundingRect(QRect(0, 0, width, 100000),
                                      Qt::TextWordWrap | Qt::TextWrapAnywhere, text);
    size.setHeight(qMax(size.height(), r.height() + 6));
    return size;
}

} // namespace tid::ui
