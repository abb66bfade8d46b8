#pragma once

// Shared pieces of the admin pane tests: a sandbox child process with an admin ApiClient
// (AdminModelFixture), the server's discovery document, and small helpers that type and click
// like a user.

#include "../models/AdminModelFixture.h"

#include "core/api/OAuthApi.h"
#include "ui/widgets/AdminPane.h"
#include "ui/widgets/MessageWidget.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

namespace tid::test {

// Discovery of the fixture's server (extensions and endpoints).
inline core::ServerMetadata discover(AdminModelFixture &fx)
{
    core::OAuthApi oauth(fx.client.get());
    core::ServerMetadata metadata;
    bool done = false;
    oauth.discover().then(fx.client.get(), [&](const core::Result<core::ServerMetadata> &r) {
        metadata = r.value;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return metadata;
}

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qWarning("no child %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

// Replaces the text as a user would: select all, type.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

inline void typeInto(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline void click(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton);
}

inline QString messageText(ui::AdminPane *pane)
{
    return pane->messageWidget()->isVisible() ? pane->messageWidget()->text() : QString();
}

inline ui::MessageWidget::Type messageType(ui::AdminPane *pane)
{
    return pane->messageWidget()->type();
}

// The row of a view whose column `column` shows `text`, or -1.
inline int rowWithText(QAbstractItemView *view, const QString &text, int column = 0)
{
    const QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, column).data().toString() == text)
            return r;
    }
    return -1;
}

inline void clickRow(QAbstractItemView *view, int row, int column = 0,
                     Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QModelIndex idx = view->model()->index(row, column);
    view->scrollTo(idx);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(idx).center());
}

} // namespace tid::test
