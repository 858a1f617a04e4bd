#pragma once

#include <QComboBox>

namespace fd {

// The customer's language for their messages: English, Hindi, Tamil (the shipped templates). Starts at the
// desk's default message language (DeskConfig, chosen in Settings).
class LanguageBox : public QComboBox
{
    Q_OBJECT
public:
    explicit LanguageBox(QWidget* parent = nullptr);
    QString language() const { return currentData().toString(); }
    void setLanguage(const QString& code);
    // Back to the desk's default: a new form, and after every save, so that one customer's choice never
    // carries over to the next.
    void resetToDefault();

    // A message language as the box shows it ("Hindi — हिन्दी"); a code it does not know, as it is.
    static QString nameOf(const QString& code);
};

} // namespace fd
