#include "ui/widgets/MessageBox.h"

#include <QCoreApplication>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace tid::ui {

namespace {
std::optional<MessageBox::Button> g_nextAnswer;
QString g_lastText;
int g_asked = 0;

bool isConfirming(MessageBox::Button b)
{
    return b == QMessageBox::Yes || b == QMessageBox::Ok || b == QMessageBox::Apply ||
           b == QMessageBox::YesToAll || b == QMessageBox::Save;
}
} // namespace

void MessageBox::setNextAnswer(Button button)
{
    g_nextAnswer = button;
}

bool MessageBox::hasNextAnswer()
{
    return g_nextAnswer.has_value();
}

void MessageBox::clearNextAnswer()
{
    g_nextAnswer.reset();
}

QString MessageBox::lastText()
{
    return g_lastText;
}

int MessageBox::askedCount()
{
    return g_asked;
}

std::optional<MessageBox::Button> MessageBox::takeNextAnswer()
{
    auto a = g_nextAnswer;
    g_nextAnswer.reset();
    return a;
}

void MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                          QMessageBox::StandardButtons buttons, Button defaultButton,
                          const QObject *context, Callback done)
{
    g_lastText = text;
    ++g_asked;
    QPointer<const QObject> guard(context);
    if (const auto answer = takeNextAnswer()) {
        const Button b = *answer;
        QTimer::singleShot(0, QCoreApplication::instance(),
                           [guard, context, b, done = std::move(done)] {
                               if (!context || guard)
                                   done(b);
                           });
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(defaultButton);
    box->setWindowModality(Qt::WindowModal);
    box->setAccessibleName(title);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, guard, context, done = std::move(done)](int) {
                         QAbstractButton *clicked = box->clickedButton();
                         Button b = clicked ? box->standardButton(clicked) : QMessageBox::Cancel;
                         if (b == QMessageBox::NoButton)
                             b = QMessageBox::Cancel;
                         if (!context || guard)
                             done(b);
                     });
    box->open();
}

void MessageBox::confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &confirmText, const QObject *context,
                         std::function<void(bool)> done)
{
    g_lastText = text;
    ++g_asked;
    QPointer<const QObject> guard(context);
    if (const auto answer = takeNextAnswer()) {
        const bool yes = isConfirming(*answer);
        QTimer::singleShot(0, QCoreApplication::instance(),
                           [guard, context, yes, done = std::move(done)] {
                               if (!context || guard)
                                   done(yes);
                           });
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setAccessibleName(title);
    QPushButton *yes = box->addButton(confirmText, QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel); // a stray Enter must not destroy anything
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, yes, guard, context, done = std::move(done)](int) {
                         const bool confirmed = box->clickedButton() == yes;
                         if (!context || guard)
                             done(confirmed);
                     });
    box->open();
}

} // namespace tid::ui
