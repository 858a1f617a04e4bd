#pragma once

#include "automation/events/DeskActions.h"
#include "models/records/ServiceRequest.h"
#include "models/repositories/EngineerRepository.h"
#include "ui/common/DeskPage.h"
#include "ui/common/RecordTableModel.h"

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace fd {

class LanguageBox;
class MessagePreview;
class PhoneField;
class SaveStatus;

// Service requests (table `complaints`): create one (→ ticket id), assign an engineer from the staff list,
// mark it completed (the feedback link, also as a QR code), print its job sheet; the list by status.
class ServiceRequestsTab : public DeskPage
{
    Q_OBJECT
public:
    explicit ServiceRequestsTab(DeskContext& context, QWidget* parent = nullptr);

    void save() override;
    void startNew() override;
    void focusSearch() override;
    void refresh() override;

    void assignSelected();
    void completeSelected();
    void printJobSheet();
    void selectTicket(const QString& ticketId);

signals:
    void requestChanged(qint64 id); // created, assigned or completed; for tests

private:
    void updatePreview();
    void loadEngineers();
    void showSelected();
    const ServiceRequest* selected() const;
    QString feedbackLink(const ServiceRequest& request) const;
    void setFormEnabled(bool enabled);
    void runAction(const QString& keyName, const QString& what,
                   std::function<Result<Saved<ServiceRequest>>(Connection&)> action);

    // New request.
    QLineEdit* m_name = nullptr;
    PhoneField* m_phone = nullptr;
    QComboBox* m_serviceType = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QDateEdit* m_scheduled = nullptr;
    LanguageBox* m_language = nullptr;
    QPushButton* m_create = nullptr;
    SaveStatus* m_status = nullptr;
    MessagePreview* m_preview = nullptr;

    // List and the selected request.
    QComboBox* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr; // the search box filters what is loaded
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
    bool m_saving = false;
    int m_listGeneration = 0;
};

} // namespace fd
