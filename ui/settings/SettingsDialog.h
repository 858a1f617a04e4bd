#pragma once

#include "automation/settings/SharedSettings.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

namespace fd {

class DatabaseWorker;
class DeskConfig;
class LanguageBox;
class OptOutPanel;
class StaffPhonesEditor;
class TemplateEditor;

namespace whatsapp {
class WaJsFileCheck;
}

// The admin's settings. Shared settings (company, links, pacing, cap, quiet hours, staff phones) are read
// and saved through SharedSettings on the DatabaseWorker; opt-outs and message texts are saved as they are
// changed on their own pages; the selector pack and "this desk sends" belong to this desk (DeskConfig).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(DatabaseWorker& database, DeskConfig& desk, QString userLogin, QWidget* parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    // What the form holds now, or the first problem with it.
    Result<SharedSettings> formSettings() const;
    QString statusText() const;
    QTabWidget* pages() const { return m_pages; }
    TemplateEditor* templateEditor() const { return m_templates; }
    OptOutPanel* optOutPanel() const { return m_optOuts; }
    StaffPhonesEditor* staffPhones() const { return m_staff; }

    // Whether the company, sending, staff or desk settings on the form differ from what was read.
    bool hasUnsavedChanges() const;
    // Checks a WA-JS file (WaJsFileCheck) and, when it passes, puts it on the form (saved with Save).
    void checkWaJsFile(const QString& path);

public slots:
    void reload();
    void save(); // closes the dialog when saved
    // Close, Esc and the title bar: with unsaved changes, asks first (save, discard or keep editing).
    void reject() override;

signals:
    void loaded();
    void saved(bool ok, const QString& message);
    void waJsChecked(bool ok);

private:
    QWidget* buildCompanyPage();
    QWidget* buildSendingPage();
    void fill(const SharedSettings& settings);
    void browseSelectorPack();
    void setStatus(const QString& text, bool problem);
    QStringList formSnapshot() const;
    void askBeforeClosing();

    DatabaseWorker& m_database;
    DeskConfig& m_desk;
    QString m_userLogin;
    SharedSettings m_loadedSettings;
    bool m_loaded = false;
    QStringList m_readSnapshot; // formSnapshot() right after the settings were read
    bool m_discardConfirmed = false;

    QTabWidget* m_pages = nullptr;
    QLineEdit* m_companyName = nullptr;
    QLineEdit* m_companyPhone = nullptr;
    QLineEdit* m_trackingLink = nullptr;
    QLineEdit* m_feedbackLink = nullptr;
    QSpinBox* m_minGap = nullptr;
    QSpinBox* m_maxGap = nullptr;
    QSpinBox* m_dailyCap = nullptr;
    QSpinBox* m_hourlyCap = nullptr;
    QSpinBox* m_batchSize = nullptr;
    QSpinBox* m_batchPause = nullptr;
    QSpinBox* m_warmUpDays = nullptr;
    QCheckBox* m_newNumber = nullptr; // a new number was linked: its warm-up starts today
    QTimeEdit* m_quietStart = nullptr;
    QTimeEdit* m_quietEnd = nullptr;
    QCheckBox* m_thisDeskSends = nullptr;
    QCheckBox* m_canary = nullptr;
    QLineEdit* m_canaryPhone = nullptr;
    LanguageBox* m_messageLanguage = nullptr;
    QLineEdit* m_selectorPack = nullptr;
    QComboBox* m_engine = nullptr;
    QLineEdit* m_waJsFile = nullptr; // empty: the built-in WA-JS; set only by a check that passed
    QPushButton* m_waJsBrowse = nullptr;
    QLabel* m_waJsStatus = nullptr;
    QPointer<whatsapp::WaJsFileCheck> m_waJsCheck;
    StaffPhonesEditor* m_staff = nullptr;
    OptOutPanel* m_optOuts = nullptr;
    TemplateEditor* m_templates = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace fd
