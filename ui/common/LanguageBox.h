#pragma once

#include <QComboBox>

namespace fd {

// The customer's language for their messages: English, Hindi, Tamil (the shipped templates).
class LanguageBox : public QComboBox
{
    Q_OBJECT
public:
    explicit LanguageBox(QWidget* parent = nullptr);
    QString language() const { return currentData().toString(); }
    void setLanguage(const QString& code);
};

} // namespace fd
