#pragma once

// GoogleTest printers for the Qt types tests compare, so that a failed EXPECT_EQ shows text and dates, not
// bytes; and `<<` of a QString into a failure message. Every test compiles with this header first
// (frontdesk_add_test force-includes it), because a printer only counts where gtest's templates see it.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <ostream>

inline std::ostream& operator<<(std::ostream& os, const QString& text)
{
    return os << text.toStdString();
}

inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << "\"" << text.toStdString() << "\"";
}

inline void PrintTo(const QByteArray& bytes, std::ostream* os)
{
    *os << "\"" << bytes.toStdString() << "\"";
}

inline void PrintTo(const QStringList& list, std::ostream* os)
{
    *os << "{";
    for (qsizetype i = 0; i < list.size(); ++i)
        *os << (i ? ", \"" : "\"") << list.at(i).toStdString() << "\"";
    *os << "}";
}

inline void PrintTo(const QDate& date, std::ostream* os)
{
    *os << date.toString(Qt::ISODate).toStdString();
}

inline void PrintTo(const QDateTime& moment, std::ostream* os)
{
    *os << moment.toString(Qt::ISODateWithMs).toStdString();
}

inline void PrintTo(const QSize& size, std::ostream* os)
{
    *os << size.width() << "x" << size.height();
}

inline void PrintTo(const QVariant& value, std::ostream* os)
{
    *os << "QVariant(" << value.typeName() << ", " << value.toString().toStdString() << ")";
}
