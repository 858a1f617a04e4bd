#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace fd {

// The staff phones that never get a message (besides users' and engineers' own phones). Numbers are kept
// in E.164, so that "98765 43210" and "+91 98765-43210" are one number.
class StaffPhonesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit StaffPhonesEditor(QWidget* parent = nullptr);

    void setAllowedRegions(const QStringList& regions) { m_regions = regions; }
    void setPhones(const QStringList& phones);
    QStringList phones() const;

public slots:
    bool addTyped(); // false with the reason shown when the text is not a phone number
    void removeSelected();

private:
    QStringList m_regions = {QStringLiteral("IN")};
    QListWidget* m_list = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace fd
