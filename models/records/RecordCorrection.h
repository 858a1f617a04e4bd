#pragma once

#include <QDateTime>
#include <QString>

namespace fd {

// One correction of a record's field (table `record_corrections`, migration 0021): what it said before and
// after, who corrected it and when (the database's clock, UTC).
struct RecordCorrection
{
    QString field; // the column
    QString oldValue;
    QString newValue;
    QString correctedBy;
    QDateTime correctedAt;
};

// A field a record may be corrected in. Statuses, dates, engineers, phones and the message flags are not
// among them: they are what the desk actions decide.
struct CorrectableField
{
    QString column;
    int maxLength = 0; // characters; 0: as long as it likes (a TEXT column)
    bool oneLine = true;
    bool required = false;
};

} // namespace fd
