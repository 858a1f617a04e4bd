#pragma once

#include "automation/phone/PhonePolicy.h"
#include "ui/common/StatusColors.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace fd {

struct DeskContext;

// A phone number checked as it is typed: under the field a line says whether a WhatsApp message can go,
// and if not, why (a landline, a staff number, a customer who opted out). An unparsable number makes the
// form refuse to save. For a staff member's own phone (Purpose::Staff) the field may stay empty, and the
// line says that staff numbers never get messages.
class PhoneField : public QWidget
{
    Q_OBJECT
public:
    enum class Purpose { Customer, Staff };

    explicit PhoneField(QWidget* parent = nullptr);

    void setPurpose(Purpose purpose);
    void setAllowedRegions(const QStringList& regions);
    // The desk's settings as the previews have them (allowed regions, staff phones; read again when they
    // change), and its database for asking whether a customer opted out. The context outlives the field.
    void useDesk(DeskContext& context);

    QString text() const;
    void setText(const QString& text);
    void clear() { setText(QString()); }
    QLineEdit* lineEdit() const { return m_edit; }
    PhoneCheck check() const { return m_check; }
    // The number can be saved (for staff: also none at all).
    bool isAcceptable() const;
    // Why no WhatsApp message would go to this customer's number (a landline, a staff number, opted out);
    // empty when one will, or before the number can be read.
    QString noMessageReason() const { return m_noMessage; }
    QString reasonText() const;

signals:
    void changed();

private:
    void recheck();
    void askOptOut(const QString& e164);
    void say(const QString& text, StatusColors::Tone tone);

    Purpose m_purpose = Purpose::Customer;
    PhonePolicy m_policy;
    QStringList m_regions;
    PhoneCheck m_check;
    QString m_noMessage;
    DeskContext* m_context = nullptr;
    int m_generation = 0; // drops the answer about a number typed over since
    QLineEdit* m_edit = nullptr;
    QLabel* m_reason = nullptr;
};

} // namespace fd
