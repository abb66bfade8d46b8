#pragma once

#include <QLabel>

namespace tid::ui {

// A one-line label that shortens its text with "…" when it has less room than the text needs
// (a status-bar field on a narrow window, a long server address), instead of clipping it. The
// whole text stays available: fullText() returns it, and the tooltip and accessible description
// carry it while the label shows less. Its minimum width is small, so it never widens a window;
// its size hint is the whole text.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(Qt::TextElideMode mode, QWidget *parent = nullptr);

    // The whole text (QLabel::text() is what is shown, perhaps shortened).
    void setFullText(const QString &text);
    QString fullText() const { return m_text; }
    // A tooltip of its own (a reason, a detail); the whole text is added below it when elided.
    void setDetail(const QString &detail);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateShown();

    Qt::TextElideMode m_mode;
    QString m_text;
    QString m_detail;
};

} // namespace tid::ui
