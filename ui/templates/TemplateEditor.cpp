#include "ui/templates/TemplateEditor.h"

#include "automation/outbox/Outbox.h"
#include "automation/templates/MessageTemplates.h"
#include "models/db/DatabaseWorker.h"
#include "models/logmodel/MessageLogModel.h"
#include "models/repositories/SettingsRepository.h"
#include "ui/common/LanguageBox.h"
#include "ui/templates/SampleValues.h"

#include <QComboBox>
#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd {
namespace {

struct Loaded
{
    SharedSettings settings;
    QHash<QString, QString> custom;
};

} // namespace

TemplateEditor::TemplateEditor(DatabaseWorker& database, QString userLogin, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_userLogin(std::move(userLogin))
{
    setObjectName(QStringLiteral("templateEditor"));
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("templateEvent"));
    m_event->setAccessibleName(tr("Event"));
    for (EventType event : allEventTypes())
        m_event->addItem(MessageLogModel::eventLabel(eventTypeName(event)), eventTypeName(event));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_language->setAccessibleName(tr("Language"));
    for (const QString& code : MessageTemplates::languages())
        m_language->addItem(LanguageBox::nameOf(code), code);
    m_origin = new QLabel(this);
    m_origin->setObjectName(QStringLiteral("templateOrigin"));

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("templateText"));
    m_editor->setAccessibleName(tr("Message text"));
    m_editor->setTabChangesFocus(true);
    m_placeholders = new QListWidget(this);
    m_placeholders->setObjectName(QStringLiteral("templatePlaceholders"));
    m_placeholders->setAccessibleName(tr("Placeholders: double-click to insert"));
    m_placeholders->setToolTip(tr("Double-click or press Enter to insert at the cursor."));
    m_placeholders->setMaximumWidth(200);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAccessibleName(tr("Preview with sample data"));
    m_preview->setReadOnly(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("templateStatus"));
    m_status->setWordWrap(true);
    m_save = new QPushButton(tr("Save text"), this);
    m_save->setObjectName(QStringLiteral("templateSave"));
    m_reset = new QPushButton(tr("Reset to shipped text"), this);
    m_reset->setObjectName(QStringLiteral("templateReset"));

    auto* top = new QHBoxLayout;
    auto* eventLabel = new QLabel(tr("&Event"), this);
    eventLabel->setBuddy(m_event);
    auto* languageLabel = new QLabel(tr("&Language"), this);
    languageLabel->setBuddy(m_language);
    top->addWidget(eventLabel);
    top->addWidget(m_event);
    top->addWidget(languageLabel);
    top->addWidget(m_language);
    top->addWidget(m_origin, 1);

    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Text"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Placeholders"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Preview with sample data"), this), 0, 2);
    grid->addWidget(m_editor, 1, 0);
    grid->addWidget(m_placeholders, 1, 1);
    grid->addWidget(m_preview, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(2, 3);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
    layout->addLayout(buttons);

    connect(m_event, &QComboBox::currentIndexChanged, this, &TemplateEditor::showCurrent);
    connect(m_language, &QComboBox::currentIndexChanged, this, &TemplateEditor::showCurrent);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_showing)
            return;
        m_drafts.insert(key(), m_editor->toPlainText());
        updatePreview();
    });
    connect(m_placeholders, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        m_editor->insertPlainText(item->data(Qt::UserRole).toString());
        m_editor->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &TemplateEditor::save);
    connect(m_reset, &QPushButton::clicked, this, &TemplateEditor::resetToDefault);

    setEnabled(false);
    reload();
}

QString TemplateEditor::key() const
{
    return Outbox::templateSettingKey(currentEvent(), currentLanguage());
}

EventType TemplateEditor::currentEvent() const
{
    return eventTypeFromName(m_event->currentData().toString()).value_or(EventType::EnquiryCreated);
}

QString TemplateEditor::currentLanguage() const
{
    return m_language->currentData().toString();
}

void TemplateEditor::select(EventType event, const QString& language)
{
    m_event->setCurrentIndex(m_event->findData(eventTypeName(event)));
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
}

void TemplateEditor::setText(const QString& text)
{
    m_editor->setPlainText(text);
}

QString TemplateEditor::text() const
{
    return m_editor->toPlainText();
}

QString TemplateEditor::previewText() const
{
    return m_preview->toPlainText();
}

QString TemplateEditor::problem() const
{
    auto valid = MessageTemplates::validate(currentEvent(), text());
    return valid ? QString() : valid.error().message;
}

bool TemplateEditor::isCustomised(EventType event, const QString& language) const
{
    return m_custom.contains(Outbox::templateSettingKey(event, language));
}

void TemplateEditor::reload()
{
    m_loaded = false;
    m_database.run(
        this,
        [](Connection& c) -> Result<Loaded> {
            Loaded loaded;
            auto settings = SharedSettings::load(c);
            if (!settings)
                return settings.error();
            loaded.settings = settings.value();
            SettingsRepository repository(c);
            for (EventType event : allEventTypes()) {
                for (const QString& language : MessageTemplates::languages()) {
                    const QString key = Outbox::templateSettingKey(event, language);
                    auto value = repository.value(key);
                    if (!value)
                        return value.error();
                    if (value->has_value() && !value->value().trimmed().isEmpty())
                        loaded.custom.insert(key, value->value());
                }
            }
            return loaded;
        },
        [this](const Result<Loaded>& loaded) {
            if (!loaded) {
                setStatus(loaded.error().message, true);
                return;
            }
            m_settings = loaded->settings;
            m_custom = loaded->custom;
            m_loaded = true;
            setEnabled(true);
            showCurrent();
            emit this->loaded();
        });
}

void TemplateEditor::showCurrent()
{
    const EventType event = currentEvent();
    const QString language = currentLanguage();
    const QString k = key();
    QString shown;
    if (m_drafts.contains(k))
        shown = m_drafts.value(k);
    else if (m_custom.contains(k))
        shown = m_custom.value(k);
    else
        shown = MessageTemplates::defaultText(event, language);
    m_origin->setText(m_custom.contains(k) ? tr("Your text (saved)") : tr("The shipped text"));
    m_reset->setEnabled(m_custom.contains(k) || m_drafts.contains(k));

    m_placeholders->clear();
    for (const QString& placeholder : placeholdersFor(event)) {
        auto* item = new QListWidgetItem(QStringLiteral("{%1}").arg(placeholder), m_placeholders);
        item->setData(Qt::UserRole, QStringLiteral("{%1}").arg(placeholder));
    }
    m_showing = true;
    m_editor->setPlainText(shown);
    m_showing = false;
    updatePreview();
}

void TemplateEditor::updatePreview()
{
    const EventType event = currentEvent();
    const QString current = text();
    const QString why = problem();
    const bool draft = m_drafts.contains(key()) && m_drafts.value(key()) != m_custom.value(key());
    if (!why.isEmpty()) {
        m_preview->setPlainText(tr("Cannot be saved: %1").arg(why));
        setStatus(why, true);
        m_save->setEnabled(false);
        return;
    }
    auto rendered = MessageTemplates::render(current, sampleValues(event, m_settings));
    m_preview->setPlainText(rendered ? rendered.value() : rendered.error().message);
    setStatus(draft ? tr("Not saved yet.") : QString(), false);
    m_save->setEnabled(draft);
}

void TemplateEditor::save()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        // The button is disabled then; this guards every other way of calling save().
        setStatus(why, true);
        emit saved(false, why);
        return;
    }
    const QString k = key();
    const QString value = text();
    const QString user = m_userLogin;
    m_save->setEnabled(false);
    m_database.run(
        this, [k, value, user](Connection& c) { return SettingsRepository(c).setValue(k, value, user); },
        [this, k, value](const Result<void>& done) {
            if (!done) {
                setStatus(done.error().message, true);
                updatePreview();
                emit saved(false, done.error().message);
                return;
            }
            m_custom.insert(k, value);
            m_drafts.remove(k);
            if (k == key())
                showCurrent();
            const QString message = tr("Saved. New messages use this text.");
            setStatus(message, false);
            emit saved(true, message);
        });
}

void TemplateEditor::resetToDefault()
{
    const QString k = key();
    m_drafts.remove(k);
    if (!m_custom.contains(k)) {
        showCurrent();
        return;
    }
    m_database.run(
        this, [k](Connection& c) { return SettingsRepository(c).remove(k); },
        [this, k](const Result<void>& done) {
            if (!done) {
                setStatus(done.error().message, true);
                emit saved(false, done.error().message);
                return;
            }
            m_custom.remove(k);
            if (k == key())
                showCurrent();
            const QString message = tr("The shipped text is used again.");
            setStatus(message, false);
            emit saved(true, message);
        });
}

void TemplateEditor::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    QFont font = m_status->font();
    font.setBold(problem);
    m_status->setFont(font);
}

} // namespace fd
