#pragma once

#include "models/records/Enquiry.h"
#include "ui/common/DeskPage.h"
#include "ui/common/RecordTableModel.h"

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace fd {

class LanguageBox;
class MessagePreview;
class PhoneField;
class SaveStatus;

// Enquiries: a keyboard-first form (name, phone, product or subject, notes, language) with the message
// preview, and a searchable list of recent enquiries.
class EnquiriesTab : public DeskPage
{
    Q_OBJECT
public:
    explicit EnquiriesTab(DeskContext& context, QWidget* parent = nullptr);

    void save() override;
    void startNew() override;
    void focusSearch() override;
    void refresh() override;

    // What the list's Message column says: the message's state as the log has it now (waiting, sent, not sent
    // and why, failed and why).
    static QString messageState(const Enquiry& enquiry);
    static constexpr int kFollowIntervalMs = 10000;

signals:
    void enquirySaved(qint64 enquiryId); // for tests

private:
    void updatePreview();
    void setFormEnabled(bool enabled);

    QLineEdit* m_name = nullptr;
    PhoneField* m_phone = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    LanguageBox* m_language = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_new = nullptr;
    SaveStatus* m_status = nullptr;
    MessagePreview* m_preview = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    RecordTableModel<Enquiry>* m_model = nullptr;
    bool m_saving = false;
    int m_searchGeneration = 0;
};

} // namespace fd
