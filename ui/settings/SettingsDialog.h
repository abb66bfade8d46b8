#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace tid::core {
class Settings;
}

namespace tid::ui {

// The console's settings (Edit → Settings…): request timeout, theme, language, the tray,
// the token history's retention and how long a copied secret stays on the clipboard. Shows the
// values of core::Settings, whose one table holds every default ("Restore defaults"); OK writes
// them and emits saved() — the window then applies them (MainWindow::applySettings).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(core::Settings *settings, QWidget *parent = nullptr);

    QSpinBox *timeoutField() const { return m_timeout; }
    QComboBox *themeField() const { return m_theme; }
    QComboBox *languageField() const { return m_language; }
    QCheckBox *trayField() const { return m_tray; }
    QSpinBox *retentionField() const { return m_retention; }
    QSpinBox *clipboardField() const { return m_clipboard; }

    // The languages the console is translated into (locale name, native name); "" = system.
    static QList<QPair<QString, QString>> languages();

public Q_SLOTS:
    // Writes the fields into the settings and emits saved().
    void save();
    // Fills the fields with the defaults (not saved until OK).
    void restoreDefaults();

Q_SIGNALS:
    void saved();

private:
    void load();

    core::Settings *m_settings;
    QSpinBox *m_timeout;
    QComboBox *m_theme;
    QComboBox *m_language;
    QCheckBox *m_tray;
    QSpinBox *m_retention;
    QSpinBox *m_clipboard;
};

} // namespace tid::ui
