#pragma once

#include "models/records/RecordCorrection.h"
#include "models/repositories/CorrectionRepository.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QAbstractButton;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace fd {

struct DeskContext;
class DeskPage;
class SaveStatus;

// A record as its tab names it: the message log's type (enquiry, complaint, stock_movement), its id and
// its title ("Enquiry ENQ-000003").
struct OpenedRecord
{
    QString type;
    qint64 id = 0;
    QString title;
};

// One record opened from its list: every field (an enquiry's notes too), the ones that may be corrected
// editable (CorrectionRepository::correctableFields), and its corrections (who, when, what changed). A
// correction is saved on the database worker and never sends a message.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    RecordDialog(DeskContext& context, OpenedRecord record, QWidget* parent = nullptr);

    // `button`, Enter and a double-click on a row of `table` open what `selected` says is selected (nothing
    // when its id is 0), window-modal over `page`; a correction refreshes `page`'s list.
    static void connectOpen(DeskPage* page, DeskContext& context, QTableView* table, QAbstractButton* button,
                            std::function<OpenedRecord()> selected);

signals:
    void corrected();

private:
    struct Loaded
    {
        QList<RecordField> fields;
        QList<RecordCorrection> history;
    };
    void load();
    void display(const Loaded& loaded);
    void saveCorrections();

    DeskContext& m_context;
    OpenedRecord m_record;
    QFormLayout* m_form = nullptr;
    QHash<QString, QLineEdit*> m_lines;
    QHash<QString, QPlainTextEdit*> m_texts;
    QHash<QString, QString> m_stored; // correctable column → its value as loaded
    QTableWidget* m_history = nullptr;
    QPushButton* m_save = nullptr;
    SaveStatus* m_status = nullptr;
    bool m_built = false;
    bool m_saving = false;
};

} // namespace fd
