#include "models/db/Connection.h"

#include "models/core/Logging.h"
#include "models/db/SqlError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace fd {
namespace {

bool writable(const QString& path)
{
#ifdef Q_OS_WIN
    return QFileInfo(path).isWritable();
#else
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
#endif
}

QString uniqueConnectionName(const QString& purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("frontdesk-%1-%2").arg(purpose).arg(counter.fetchAndAddRelaxed(1));
}

QString postgresOptions(const ConnectionSpec& spec)
{
    QStringList options;
    options << QStringLiteral("connect_timeout=%1").arg(spec.connectTimeoutSeconds);
    if (!spec.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + spec.sslMode;
    options << QStringLiteral("application_name=") + spec.applicationName;
    return options.join(QLatin1Char(';'));
}

} // namespace

Connection::Connection(ConnectionSpec spec, QString name)
    : m_spec(std::move(spec))
    , m_name(std::move(name))
{}

Connection::~Connection()
{
    m_statements.reset(); // prepared queries first: QtSql wants none alive when the connection goes
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<Connection>> Connection::open(const ConnectionSpec& spec, const QString& purpose)
{
    std::unique_ptr<Connection> connection(new Connection(spec, uniqueConnectionName(purpose)));
    QSqlDatabase& db = connection->m_db;
    const QString what = QObject::tr("open the database");

    if (spec.dialect == Dialect::Sqlite) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return Error::make(Error::Kind::Unavailable,
                               QObject::tr("The Qt SQLite driver (QSQLITE) is not installed."));
        if (!spec.isInMemory()) {
            const QFileInfo file(spec.sqlitePath);
            if (file.exists() && !file.isFile())
                return Error::make(Error::Kind::InvalidInput,
                                   QObject::tr("%1 is a folder, not a database file.").arg(spec.sqlitePath));
            if (!QDir().mkpath(file.absolutePath()))
                return Error::make(Error::Kind::Unavailable,
                                   QObject::tr("The folder %1 cannot be created for the database.")
                                       .arg(file.absolutePath()));
            // SQLite needs to write the file and, for its journal, the folder: a read-only disk (or file) is
            // said as such instead of SQLite's "unable to open database file". access() also sees read-only
            // mounts.
            if (!writable(file.absolutePath()) || (file.exists() && !writable(file.absoluteFilePath())))
                return sqliteReadOnlyError(what, spec.sqlitePath);
        }
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection->m_name);
        db.setDatabaseName(spec.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return Error::make(Error::Kind::Unavailable,
                               QObject::tr("The Qt PostgreSQL driver (QPSQL) is not installed."));
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection->m_name);
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setUserName(spec.user);
        db.setPassword(spec.password);
        db.setDatabaseName(spec.database);
        db.setConnectOptions(postgresOptions(spec));
    }

    if (!db.open())
        return classifySqlError(db.lastError(), spec.dialect, what);
    if (auto configured = connection->configure(); !configured)
        return configured.error();
    qCDebug(lcModels) << "opened" << connection->m_name << spec.displayName() << "in thread"
                      << QThread::currentThread();
    return connection;
}

Result<void> Connection::configure()
{
    const QString what = QObject::tr("open the database");
    QStringList statements;
    if (m_spec.dialect == Dialect::Sqlite) {
        // The first statement also proves that the file is an SQLite database at all.
        statements << QStringLiteral("PRAGMA foreign_keys = ON");
        statements << QStringLiteral("SELECT count(*) FROM sqlite_master");
    } else {
        // Timestamps are stored as UTC without a zone, whatever the server's or desk's zone is.
        statements << QStringLiteral("SET TIME ZONE 'UTC'")
                   << QStringLiteral("SET client_min_messages TO WARNING");
        // Statements stay prepared (StatementCache); plan each execution for its values all the same: the
        // log's filters are skewed (FAILED is rare, SENT is most rows), so one generic plan fits none.
        statements << QStringLiteral("SET plan_cache_mode TO force_custom_plan");
    }
    for (const QString& statement : statements) {
        if (auto result = exec(statement, what); !result)
            return result.error();
    }
    if (m_spec.dialect == Dialect::Sqlite && !m_spec.isInMemory())
        return useWriteAheadLog(what);
    return {};
}

// WAL lets the desk read while its sender writes. Switching a file to it needs the file to itself, and
// SQLite answers "busy" at once instead of waiting, so several connections opening a new file together
// (the desk's threads, two programs) take turns here for as long as the busy timeout. The mode stays with
// the file: later opens find it set.
Result<void> Connection::useWriteAheadLog(const QString& what)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const auto mode = scalar(QStringLiteral("PRAGMA journal_mode"), {}, what);
        if (mode && mode.value().toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return {};
        // A file system without shared memory keeps its own mode: SQLite says so without an error.
        auto switched = scalar(QStringLiteral("PRAGMA journal_mode = WAL"), {}, what);
        if (switched)
            return {};
        const Error error = switched.error();
        if (error.kind != Error::Kind::Unavailable || waited.elapsed() > 10000)
            return error;
        QThread::msleep(20);
    }
}

namespace {

// QSQLITE binds text as UTF-16, and SQLite takes a leading U+FEFF or U+FFFE as a byte-order mark: it drops
// the one and byte-swaps the whole text after the other (found by the log-CSV fuzz target: a name starting
// with U+FFFE came back as garbage). One more U+FEFF in front is the mark SQLite consumes; the text is kept.
QVariant sqliteSafeText(const QVariant& value)
{
    if (value.typeId() != QMetaType::QString)
        return value;
    const QString text = value.toString();
    if (text.isEmpty() || (text.front() != QChar(0xFEFF) && text.front() != QChar(0xFFFE)))
        return value;
    return QString(QChar(0xFEFF) + text);
}

} // namespace

Result<Statement> Connection::exec(const QString& sql, const QVariantList& values, const QString& what)
{
    if (values.isEmpty()) {
        // PostgreSQL cannot PREPARE utility statements (BEGIN, SET, CREATE ...): run those directly.
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->exec(sql)) {
            qCDebug(lcModels) << "failed:" << sql << query->lastError().text();
            return classifySqlError(query->lastError(), m_spec.dialect, what);
        }
        return Statement(std::move(query));
    }
    std::unique_ptr<QSqlQuery> query = m_db.isOpen() ? m_statements->take(sql) : nullptr;
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return classifySqlError(query->lastError(), m_spec.dialect, what);
    }
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, m_spec.dialect == Dialect::Sqlite ? sqliteSafeText(values.at(i)) : values.at(i));
    if (!query->exec()) {
        // Not given back: after a failure (a dead connection, an aborted transaction) it is not trusted.
        qCDebug(lcModels) << "failed:" << sql << query->lastError().text();
        return classifySqlError(query->lastError(), m_spec.dialect, what);
    }
    return Statement(std::move(query), sql, m_statements);
}

Result<QVariant> Connection::scalar(const QString& sql, const QVariantList& values, const QString& what)
{
    auto query = exec(sql, values, what);
    if (!query)
        return query.error();
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

void Connection::forget(const QString& keyPrefix)
{
    for (auto it = m_memos.begin(); it != m_memos.end();) {
        if (it->first.startsWith(keyPrefix))
            it = m_memos.erase(it);
        else
            ++it;
    }
}

Error Connection::lastError(const QString& what) const
{
    return classifySqlError(m_db.lastError(), m_spec.dialect, what);
}

Transaction::Transaction(Connection& connection)
    : m_connection(connection)
{}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::begin(const QString& what)
{
    const QString sql = m_connection.dialect() == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                                  : QStringLiteral("BEGIN");
    if (auto result = m_connection.exec(sql, what); !result)
        return result.error();
    m_active = true;
    return {};
}

Result<void> Transaction::commit(const QString& what)
{
    if (auto result = m_connection.exec(QStringLiteral("COMMIT"), what); !result)
        return result.error();
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_connection.forget(); // something remembered may have been read from what is now undone
    QSqlQuery query(m_connection.db());
    if (query.exec(QStringLiteral("ROLLBACK")))
        return;
    // SQLite rolls a transaction back by itself after some errors (a full disk, an I/O error): nothing is
    // left.
    if (query.lastError().text().contains(QLatin1String("no transaction is active")))
        qCDebug(lcModels) << "rollback: the database had already rolled back";
    else
        qCWarning(lcModels) << "rollback failed:" << query.lastError().text();
}

} // namespace fd
