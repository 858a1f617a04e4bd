#include "models/logmodel/MessageLogCsv.h"

#include "models/logmodel/Csv.h"
#include "models/logmodel/MessageLogQueries.h"
#include "models/records/RecordReference.h"

#include <QSaveFile>

namespace fd {
namespace {

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QStringList cells(const MessageLogEntry& m)
{
    return {QString::number(m.id),
            localTime(m.createdAt),
            m.eventType,
            m.status,
            m.customerName,
            m.customerPhone,
            m.language,
            m.reference,
            m.referenceType.isEmpty() ? QString() : recordTypeName(m.referenceType),
            QString::number(m.retryCount),
            localTime(m.sentAt),
            localTime(m.deliveredAt),
            localTime(m.readAt),
            m.transport,
            m.claimedBy,
            m.errorMessage,
            m.messageContent};
}

} // namespace

QStringList messageLogCsvHeader()
{
    return {QObject::tr("Id"),       QObject::tr("Created"),   QObject::tr("Event"),
            QObject::tr("Status"),   QObject::tr("Customer"),  QObject::tr("Phone"),
            QObject::tr("Language"), QObject::tr("Reference"), QObject::tr("Record"),
            QObject::tr("Retries"),  QObject::tr("Sent"),      QObject::tr("Delivered"),
            QObject::tr("Read"),     QObject::tr("Transport"), QObject::tr("Station"),
            QObject::tr("Error"),    QObject::tr("Message")};
}

Result<qint64> exportMessageLogCsv(Connection& connection, const MessageLogFilter& filter,
                                   const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    bool writeFailed = false;
    auto write = [&](const QByteArray& bytes) {
        if (!writeFailed && file.write(bytes) != bytes.size())
            writeFailed = true;
        return !writeFailed;
    };
    write(csv::utf8Bom());
    write(csv::record(messageLogCsvHeader()).toUtf8());
    auto rows = MessageLogQueries(connection).forEach(filter, [&](const MessageLogEntry& m) {
        return write(csv::record(cells(m)).toUtf8());
    });
    if (!rows) {
        file.cancelWriting();
        return rows.error();
    }
    if (writeFailed || !file.commit()) {
        file.cancelWriting();
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return rows.value();
}

} // namespace fd
