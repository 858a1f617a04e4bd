#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <functional>

namespace fd {

// A read-only table over a list of records, one column per accessor. Lists are small pages (the newest
// few hundred), refreshed from the database worker.
template<typename Record> class RecordTableModel : public QAbstractTableModel
{
public:
    struct Column
    {
        QString header;
        std::function<QVariant(const Record&)> value;
    };

    explicit RecordTableModel(QList<Column> columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
    {}

    void setRecords(QList<Record> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    const QList<Record>& records() const { return m_records; }
    const Record* recordAt(int row) const
    {
        return row >= 0 && row < m_records.size() ? &m_records[row] : nullptr;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_records.size() || index.column() >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_columns[index.column()].value(m_records[index.row()]);
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
            return m_columns[section].header;
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    QList<Column> m_columns;
    QList<Record> m_records;
};

} // namespace fd
