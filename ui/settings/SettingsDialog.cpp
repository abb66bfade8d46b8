#include "ui/settings/SettingsDialog.h"

#include "core/Settings.h"
#include "ui/widgets/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using tid::core::Settings;

namespace tid::ui {

SettingsDialog::SettingsDialog(core::Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_timeout(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_tray(new QCheckBox(tr("Keep running in the tray when the window closes"), this))
    , m_retention(new QSpinBox(this))
    , m_clipboard(new QSpinBox(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_timeout->setObjectName(u"requestTimeout"_s);
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Request timeout in seconds"));
    m_timeout->setToolTip(tr("How long a request to the server may take before it fails"));
    form->addRow(tr("&Request timeout:"), m_timeout);

    m_theme->setObjectName(u"theme"_s);
    for (Theme::Mode mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark})
        m_theme->addItem(Theme::displayName(mode), Theme::name(mode));
    m_theme->setAccessibleName(tr("Theme"));
    form->addRow(tr("&Theme:"), m_theme);

    m_language->setObjectName(u"language"_s);
    for (const auto &[code, name] : languages())
        m_language->addItem(name, code);
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("Takes effect at the next start"));
    auto *languageNote = new QLabel(tr("Takes effect at the next start."), this);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    auto *languageRow = new QVBoxLayout;
    languageRow->setSpacing(2);
    languageRow->addWidget(m_language);
    languageRow->addWidget(languageNote);
    form->addRow(tr("&Language:"), languageRow);
    qobject_cast<QLabel *>(form->labelForField(languageRow))->setBuddy(m_language);

    m_tray->setObjectName(u"closeToTray"_s);
    m_tray->setToolTip(tr("Closing the window keeps the console in the tray, where the approval "
                          "inbox goes on counting requests; the tray's menu quits"));
    form->addRow(tr("Window:"), m_tray);

    m_retention->setObjectName(u"historyRetention"_s);
    m_retention->setRange(0, 3650);
    m_retention->setSuffix(tr(" days"));
    m_retention->setSpecialValueText(tr("forever"));
    m_retention->setAccessibleName(tr("Keep token history for this many days (0: forever)"));
    m_retention->setToolTip(tr("Token-history events older than this are deleted when a history "
                               "store is opened and when this setting is saved"));
    form->addRow(tr("Keep token &history:"), m_retention);

    m_clipboard->setObjectName(u"clipboardClear"_s);
    m_clipboard->setRange(5, 600);
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setAccessibleName(tr("Clear a copied secret from the clipboard after seconds"));
    m_clipboard->setToolTip(tr("A client secret copied to the clipboard is removed from it after "
                               "this time (if the clipboard still holds it)"));
    form->addRow(tr("Clear a copied &secret after:"), m_clipboard);

    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->setObjectName(u"settingsButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    layout->addWidget(buttons);
    load();
}

QList<QPair<QString, QString>> SettingsDialog::languages()
{
    return {{QString(), tr("System (%1)").arg(QLocale::system().nativeLanguageName())},
            {u"en"_s, u"English"_s},
            {u"de"_s, u"Deutsch"_s},
            {u"fr"_s, u"Français"_s}};
}

void SettingsDialog::load()
{
    if (!m_settings)
        return;
    m_timeout->setValue(qMax(1, m_settings->requestTimeoutMs() / 1000));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(m_settings->theme())));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings->language())));
    m_tray->setChecked(m_settings->closeToTray());
    m_retention->setValue(m_settings->historyRetentionDays());
    m_clipboard->setValue(m_settings->clipboardClearSeconds());
}

void SettingsDialog::restoreDefaults()
{
    m_timeout->setValue(Settings::defaultValue(Settings::Key::RequestTimeoutMs).toInt() / 1000);
    m_theme->setCurrentIndex(
        qMax(0, m_theme->findData(Settings::defaultValue(Settings::Key::Theme))));
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(Settings::defaultValue(Settings::Key::Language))));
    m_tray->setChecked(Settings::defaultValue(Settings::Key::CloseToTray).toBool());
    m_retention->setValue(Settings::defaultValue(Settings::Key::HistoryRetentionDays).toInt());
    m_clipboard->setValue(Settings::defaultValue(Settings::Key::ClipboardClearSeconds).toInt());
}

void SettingsDialog::save()
{
    if (!m_settings)
        return;
    m_settings->setRequestTimeoutMs(m_timeout->value() * 1000);
    m_settings->setTheme(m_theme->currentData().toString());
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setCloseToTray(m_tray->isChecked());
    m_settings->setHistoryRetentionDays(m_retention->value());
    m_settings->setClipboardClearSeconds(m_clipboard->value());
    m_settings->sync();
    Q_EMIT saved();
}

} // namespace tid::ui
