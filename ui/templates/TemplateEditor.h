#pragma once

#include "automation/settings/SharedSettings.h"
#include "automation/templates/EventType.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace fd {

class DatabaseWorker;

// The admin's editor of the WhatsApp message texts, one per event and language. The preview fills the text
// with sample data as it is typed; a text with an unknown placeholder or unpaired braces cannot be saved.
// Saved texts live in the shared settings (Outbox::templateSettingKey), where the outbox takes them from;
// "Reset" removes the admin's text, so the shipped default is used again.
class TemplateEditor : public QWidget
{
    Q_OBJECT
public:
    TemplateEditor(DatabaseWorker& database, QString userLogin, QWidget* parent = nullptr);

    void select(EventType event, const QString& language);
    void setText(const QString& text); // as if typed
    QString text() const;
    QString previewText() const;
    QString problem() const; // why the text cannot be saved; empty when it can
    bool isLoaded() const { return m_loaded; }
    bool isCustomised(EventType event, const QString& language) const;

public slots:
    void reload();
    void save();
    void resetToDefault();

signals:
    void loaded();
    void saved(bool ok, const QString& message);

private:
    QString key() const;
    EventType currentEvent() const;
    QString currentLanguage() const;
    void showCurrent();
    void updatePreview();
    void setStatus(const QString& text, bool problem);

    DatabaseWorker& m_database;
    QString m_userLogin;
    SharedSettings m_settings;
    QHash<QString, QString> m_custom; // key -> the admin's saved text
    QHash<QString, QString> m_drafts; // key -> unsaved text
    bool m_loaded = false;
    bool m_showing = false;

    QComboBox* m_event = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_origin = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QListWidget* m_placeholders = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_reset = nullptr;
};

} // namespace fd
