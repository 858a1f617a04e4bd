#pragma once

#include "phone/PhonePolicy.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace fd {

// A phone number checked as it is typed: under the field a line says whether a WhatsApp message can go,
// and if not, why. An unparsable number makes the form refuse to save.
class PhoneField : public QWidget
{
    Q_OBJECT
public:
    explicit PhoneField(QWidget* parent = nullptr);

    void setAllowedRegions(const QStringList& regions);
    QString text() const;
    void setText(const QString& text);
    void clear() { setText(QString()); }
    QLineEdit* lineEdit() const { return m_edit; }
    PhoneCheck check() const { return m_check; }
    bool isAcceptable() const { return m_check.verdict != PhoneCheck::Verdict::Invalid; }
    QString reasonText() const;

signals:
    void changed();

private:
    void recheck();

    PhonePolicy m_policy;
    PhoneCheck m_check;
    QLineEdit* m_edit = nullptr;
    QLabel* m_reason = nullptr;
};

} // namespace fd
