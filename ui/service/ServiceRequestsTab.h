#pragma once

#include "automation/events/DeskActions.h"
#include "models/records/ServiceRequest.h"
#include "models/repositories/EngineerRepository.h"
#include "ui/common/EntryPage.h"
#include "ui/common/RecordTableModel.h"

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace fd {

// Service requests (table `complaints`): create one (→ ticket id), assign an engineer from the staff list,
// mark it completed (the feedback link, also as a QR code), print its job sheet; the list by status.
class ServiceRequestsTab : public EntryPage
{
    Q_OBJECT
public:
    explicit ServiceRequestsTab(DeskContext& context, QWidget* parent = nullptr);

    void save() override;
    void startNew() override;
    void refresh() override;

    void assignSelected();
    void completeSelected();
    void printJobSheet();
    void selectTicket(const QString& ticketId);

signals:
    void requestChanged(qint64 id); // created, assigned or completed; for tests

private:
    void updatePreview() override;
    void clearFields() override;
    void loadEngineers();
    void showSelected() override;
    const ServiceRequest* selected() const;
    QString feedbackLink(const ServiceRequest& request) const;
    void runAction(const QString& keyName, const QString& what,
                   std::function<Result<Saved<ServiceRequest>>(Connection&)> action);

    // New request.
    QComboBox* m_serviceType = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QDateEdit* m_scheduled = nullptr;

    // List and the selected request.
    RecordTableModel<ServiceRequest>* m_model = nullptr;
    QLabel* m_selectedTitle = nullptr;
    QComboBox* m_engineer = nullptr;
    QPushButton* m_assign = nullptr;
    QDateEdit* m_completed = nullptr;
    QPushButton* m_complete = nullptr;
    QLabel* m_feedbackLink = nullptr;
    QLabel* m_qr = nullptr;
    QPushButton* m_print = nullptr;
    SaveStatus* m_actionStatus = nullptr;

    QList<Engineer> m_engineers;
    QString m_selectTicket; // after a refresh, select this one
};

} // namespace fd
