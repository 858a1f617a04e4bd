#pragma once

#include "models/records/Enquiry.h"
#include "ui/common/EntryPage.h"
#include "ui/common/RecordTableModel.h"

class QLineEdit;
class QPlainTextEdit;

namespace fd {

// Enquiries: a keyboard-first form (name, phone, product or subject, notes, language) with the message
// preview, and a searchable list of recent enquiries.
class EnquiriesTab : public EntryPage
{
    Q_OBJECT
public:
    explicit EnquiriesTab(DeskContext& context, QWidget* parent = nullptr);

    void save() override;
    void startNew() override;
    void refresh() override;

    // What the list's Message column says: the message's state as the log has it now (waiting, sent, not sent
    // and why, failed and why).
    static QString messageState(const Enquiry& enquiry);
    static constexpr int kFollowIntervalMs = 10000;

signals:
    void enquirySaved(qint64 enquiryId); // for tests

private:
    void updatePreview() override;
    void clearFields() override;

    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    RecordTableModel<Enquiry>* m_model = nullptr;
};

} // namespace fd
