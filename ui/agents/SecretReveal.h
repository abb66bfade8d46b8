#pragma once

#include <QByteArray>
#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace tid::ui {

// A client secret shown once: read-only, monospace, with Copy and a plain warning that it will
// not be shown again. Copy puts it on the clipboard and clears the clipboard after the
// settings' delay (30 s by default; if it still holds the secret). "Done" wipes it from the widget.
// The secret is never logged, never written anywhere; only a hash is kept to recognise it on the
// clipboard.
class SecretReveal final : public QFrame
{
    Q_OBJECT

public:
    explicit SecretReveal(QWidget *parent = nullptr);
    ~SecretReveal() override;

    void showSecret(const QString &clientId, const QString &secret, const QString &note = {});
    bool hasSecret() const;
    // For tests and screen readers: the shown secret (empty once dismissed).
    QString secret() const;
    QLineEdit *secretField() const { return m_field; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *doneButton() const { return m_done; }
    // The application-wide delay (Settings: clipboard-clearing delay), unless this reveal was
    // given its own (tests make it shorter).
    void setClipboardClearMs(int ms) { m_clearMs = ms; }
    int clipboardClearMs() const { return m_clearMs > 0 ? m_clearMs : s_defaultClearMs; }
    static void setDefaultClipboardClearMs(int ms) { s_defaultClearMs = ms > 0 ? ms : 30000; }
    static int defaultClipboardClearMs() { return s_defaultClearMs; }
    bool clipboardClearPending() const;

public Q_SLOTS:
    void copy();
    void dismiss();

Q_SIGNALS:
    void copied();
    void dismissed();
    void clipboardCleared();

private:
    void clearClipboardIfOurs();

    QLabel *m_title;
    QLabel *m_warning;
    QLineEdit *m_field;
    QPushButton *m_copy;
    QPushButton *m_done;
    QLabel *m_note;
    QTimer *m_clearTimer;
    QByteArray m_copiedHash; // SHA-256 of what we put on the clipboard
    int m_clearMs = 0;       // 0: the default
    static inline int s_defaultClearMs = 30000;
};

} // namespace tid::ui
