#include "ui/agents/SecretReveal.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace tid::ui {

namespace {
QByteArray hashOf(const QString &s)
{
    return QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

SecretReveal::SecretReveal(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_field(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_done(new QPushButton(tr("I have stored it"), this))
    , m_note(new QLabel(this))
    , m_clearTimer(new QTimer(this))
{
    setObjectName(u"secretReveal"_s);
    setAccessibleName(tr("New client secret"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    // A warm tint that reads in light and dark palettes alike.
    QColor tint(0xf6, 0x74, 0x00);
    QColor base = pal.color(QPalette::Window);
    pal.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * 0.85 + tint.redF() * 0.15,
                                                    base.greenF() * 0.85 + tint.greenF() * 0.15,
                                                    base.blueF() * 0.85 + tint.blueF() * 0.15));
    setPalette(pal);

    auto *layout = new QVBoxLayout(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_warning->setText(tr("Copy it now and store it safely: this secret will not be shown "
                          "again. The clipboard is cleared 30 seconds after copying."));
    m_warning->setAccessibleName(tr("Warning"));
    m_field->setReadOnly(true);
    m_field->setObjectName(u"secretField"_s);
    m_field->setAccessibleName(tr("Client secret"));
    m_field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_field->setContextMenuPolicy(Qt::NoContextMenu);
    m_copy->setObjectName(u"copySecretButton"_s);
    m_copy->setAccessibleName(tr("Copy the client secret"));
    m_done->setObjectName(u"dismissSecretButton"_s);
    m_done->setAccessibleName(tr("Hide the client secret for good"));
    m_note->setWordWrap(true);
    m_note->setObjectName(u"secretNote"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_field, 1);
    row->addWidget(m_copy);
    row->addWidget(m_done);
    layout->addWidget(m_title);
    layout->addLayout(row);
    layout->addWidget(m_warning);
    layout->addWidget(m_note);
    connect(m_copy, &QPushButton::clicked, this, &SecretReveal::copy);
    connect(m_done, &QPushButton::clicked, this, &SecretReveal::dismiss);
    m_clearTimer->setSingleShot(true);
    connect(m_clearTimer, &QTimer::timeout, this, &SecretReveal::clearClipboardIfOurs);
    hide();
}

SecretReveal::~SecretReveal()
{
    // Leaving (closing the console) also takes the secret off the clipboard.
    if (m_clearTimer->isActive())
        clearClipboardIfOurs();
}

void SecretReveal::showSecret(const QString &clientId, const QString &secret, const QString &note)
{
    m_title->setText(clientId.isEmpty() ? tr("New client secret")
                                        : tr("New client secret of %1").arg(clientId));
    m_field->setText(secret);
    m_field->setCursorPosition(0);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_copy->setEnabled(true);
    show();
    m_field->setFocus();
    m_field->selectAll();
}

bool SecretReveal::hasSecret() const
{
    return !m_field->text().isEmpty();
}

QString SecretReveal::secret() const
{
    return m_field->text();
}

bool SecretReveal::clipboardClearPending() const
{
    return m_clearTimer->isActive();
}

void SecretReveal::copy()
{
    if (!hasSecret())
        return;
    auto *mime = new QMimeData;
    mime->setText(m_field->text());
    // Ask clipboard managers (KDE Klipper and others) not to keep it in their history.
    mime->setData(u"x-kde-passwordManagerHint"_s, "secret");
    QApplication::clipboard()->setMimeData(mime);
    m_copiedHash = hashOf(m_field->text());
    m_clearTimer->start(clipboardClearMs());
    Q_EMIT copied();
}

void SecretReveal::dismiss()
{
    m_field->clear();
    m_field->setText(QString()); // no copy of the secret stays in the widget
    hide();
    Q_EMIT dismissed();
}

void SecretReveal::clearClipboardIfOurs()
{
    m_clearTimer->stop();
    QClipboard *cb = QApplication::clipboard();
    if (!m_copiedHash.isEmpty() && hashOf(cb->text()) == m_copiedHash)
        cb->clear();
    m_copiedHash.clear();
    Q_EMIT clipboardCleared();
}

} // namespace tid::ui
