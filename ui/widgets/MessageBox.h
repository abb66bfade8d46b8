#pragma once

#include <QMessageBox>

#include <functional>
#include <optional>

class QWidget;

namespace tid::ui {

// Modal boxes for destructive confirmations only (errors go to the pane's MessageWidget).
// Asynchronous — the box is opened with open(), never exec(), and the answer arrives through
// the callback from the event loop — with a test seam: setNextAnswer() makes the next box
// answer by itself (without showing), so tests never hang on a dialog.
class MessageBox final
{
public:
    using Button = QMessageBox::StandardButton;
    using Callback = std::function<void(Button)>;

    // Asks; `done` gets the button pressed (Cancel/No when the box is closed). `context`
    // guards the callback (it is not called if context is gone).
    static void question(QWidget *parent, const QString &title, const QString &text,
                         QMessageBox::StandardButtons buttons, Button defaultButton,
                         const QObject *context, Callback done);
    // A destructive confirmation: "Delete"/"Revoke" (the `confirmText`) and Cancel; `done`
    // gets true when confirmed.
    static void confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &confirmText, const QObject *context,
                        std::function<void(bool)> done);

    // Test seam: the next question()/confirm() answers `button` (Yes/Ok/Apply confirm).
    static void setNextAnswer(Button button);
    static bool hasNextAnswer();
    static void clearNextAnswer();
    // The text of the last box asked (shown or answered by the seam), for tests.
    static QString lastText();
    // How many boxes were asked in total (tests check a confirmation happened).
    static int askedCount();

private:
    static std::optional<Button> takeNextAnswer();
};

} // namespace tid::ui
