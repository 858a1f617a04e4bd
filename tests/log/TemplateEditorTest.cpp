#include "ui/templates/TemplateEditor.h"

#include "LogFixture.h"
#include "automation/outbox/Outbox.h"
#include "automation/templates/MessageTemplates.h"
#include "models/repositories/SettingsRepository.h"

#include <QDir>
#include <QPushButton>
#include <QSignalSpy>

using namespace fd;
using namespace fd::test;

class TemplateEditorTest : public LogTest
{
protected:
    void SetUp() override
    {
        LogTest::SetUp();
        if (HasFatalFailure())
            return;
        SharedSettings settings;
        settings.companyName = QStringLiteral("Yamini Infotech");
        settings.trackingLinkPattern = QStringLiteral("https://yamini.example.in/track?t={ticket_id}");
        ASSERT_TRUE(settings.save(*connection, QStringLiteral("test")).ok());
        editor = std::make_unique<TemplateEditor>(*worker, QStringLiteral("admin"));
        editor->resize(1100, 520);
        editor->show();
        ASSERT_TRUE(waitUntil([&] { return editor->isLoaded(); }));
    }

    std::optional<QString> stored(EventType event, const QString& language)
    {
        auto value = SettingsRepository(*connection).value(Outbox::templateSettingKey(event, language));
        EXPECT_TRUE(value.ok());
        return value.ok() ? value.value() : std::nullopt;
    }

    std::unique_ptr<TemplateEditor> editor;
};
FD_INSTANTIATE_FOR_ALL_DIALECTS(TemplateEditorTest);

TEST_P(TemplateEditorTest, ShowsTheShippedTextWithALivePreviewOnSampleData)
{
    editor->select(EventType::ServiceCreated, QStringLiteral("en"));
    EXPECT_EQ(editor->text(), MessageTemplates::defaultText(EventType::ServiceCreated, QStringLiteral("en")));
    EXPECT_TRUE(editor->problem().isEmpty());
    EXPECT_TRUE(
        editor->previewText().contains(QStringLiteral("https://yamini.example.in/track?t=SR-2026-0042")))
        << editor->previewText().toStdString();
    EXPECT_TRUE(editor->previewText().contains(QStringLiteral("Yamini Infotech")));
    EXPECT_FALSE(editor->previewText().contains(QLatin1Char('{')));

    editor->setText(QStringLiteral("Hello {customer_name}, ticket {ticket_id}."));
    EXPECT_EQ(editor->previewText(), QStringLiteral("Hello Priya Sharma, ticket SR-2026-0042."));

    editor->select(EventType::EnquiryCreated, QStringLiteral("ta"));
    EXPECT_EQ(editor->text(), MessageTemplates::defaultText(EventType::EnquiryCreated, QStringLiteral("ta")));
    const QString folder = qEnvironmentVariable("FRONTDESK_SHOTS_DIR");
    if (!folder.isEmpty())
        editor->grab().save(QDir(folder).filePath(QStringLiteral("log-template-editor.png")));
}

TEST_P(TemplateEditorTest, AnUnknownPlaceholderCannotBeSaved)
{
    editor->select(EventType::EngineerAssigned, QStringLiteral("en"));
    editor->setText(QStringLiteral("Hi {customer_name}, {engineer_name} comes. Track: {tracking_link}"));
    EXPECT_TRUE(editor->problem().contains(QStringLiteral("{tracking_link}")))
        << editor->problem().toStdString();
    auto* save = editor->findChild<QPushButton*>(QStringLiteral("templateSave"));
    ASSERT_NE(save, nullptr);
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(editor->previewText().startsWith(QStringLiteral("Cannot be saved")));

    QSignalSpy saved(editor.get(), &TemplateEditor::saved);
    editor->save(); // even when called directly
    ASSERT_EQ(saved.count(), 1);
    EXPECT_FALSE(saved.at(0).at(0).toBool());
    QTest::qWait(100);
    EXPECT_FALSE(stored(EventType::EngineerAssigned, QStringLiteral("en")).has_value());

    editor->setText(QStringLiteral("Unpaired { brace"));
    EXPECT_FALSE(editor->problem().isEmpty());
    EXPECT_FALSE(save->isEnabled());
}

TEST_P(TemplateEditorTest, ASavedTextIsWhatTheOutboxUsesAndResetBringsBackTheDefault)
{
    const QString custom = QStringLiteral("நன்றி {customer_name}! Enquiry {enquiry_id} 😀 — {company_name}");
    editor->select(EventType::EnquiryCreated, QStringLiteral("ta"));
    editor->setText(custom);
    QSignalSpy saved(editor.get(), &TemplateEditor::saved);
    editor->save();
    ASSERT_TRUE(waitUntil([&] { return saved.count() == 1; }));
    EXPECT_TRUE(saved.at(0).at(0).toBool()) << saved.at(0).at(1).toString().toStdString();
    EXPECT_EQ(stored(EventType::EnquiryCreated, QStringLiteral("ta")), custom);
    auto used = Outbox::templateText(*connection, EventType::EnquiryCreated, QStringLiteral("ta"));
    ASSERT_TRUE(used.ok());
    EXPECT_EQ(used.value(), custom);
    EXPECT_TRUE(editor->isCustomised(EventType::EnquiryCreated, QStringLiteral("ta")));

    editor->resetToDefault();
    ASSERT_TRUE(waitUntil([&] { return saved.count() == 2; }));
    EXPECT_TRUE(saved.at(1).at(0).toBool());
    EXPECT_FALSE(stored(EventType::EnquiryCreated, QStringLiteral("ta")).has_value());
    EXPECT_EQ(editor->text(), MessageTemplates::defaultText(EventType::EnquiryCreated, QStringLiteral("ta")));
    EXPECT_EQ(Outbox::templateText(*connection, EventType::EnquiryCreated, QStringLiteral("ta")).value(),
              MessageTemplates::defaultText(EventType::EnquiryCreated, QStringLiteral("ta")));
}
