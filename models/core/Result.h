#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>
#include <utility>

namespace fd {

// What went wrong, worded for the person at the desk. `kind` lets callers react without parsing text.
struct Error
{
    enum class Kind {
        InvalidInput,     // the caller's data or configuration is wrong (bad URL, bad phone, ...)
        Unavailable,      // the database server cannot be reached, or the file cannot be opened
        Authentication,   // wrong user or password
        NotFound,         // the database or the record does not exist
        ReadOnly,         // the database refuses writes
        Corrupt,          // the file is not a database or is damaged
        SchemaTooNew,     // the database was upgraded by a newer FrontDesk
        Conflict,         // a uniqueness rule refused the write
        PermissionDenied, // the user's role does not allow it
        Internal,         // anything else (the SQL text is in `detail`)
    };

    Kind kind = Kind::Internal;
    QString message; // one sentence for the user
    QString detail;  // driver text, SQL, for the log

    static Error make(Kind kind, QString message, QString detail = {})
    {
        return Error{kind, std::move(message), std::move(detail)};
    }
};

// A value or an Error. Small on purpose: C++17 has no std::expected.
template<typename T> class [[nodiscard]] Result
{
public:
    // QFuture needs a default; it is an error so that a forgotten result is never mistaken for success.
    Result()
        : m_error(Error::make(Error::Kind::Internal, QStringLiteral("no result")))
    {}
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Reading the value of an error is a bug in the caller: debug builds (and so every test run) stop there.
    const T& value() const&
    {
        checkValue();
        return *m_value;
    }
    T& value() &
    {
        checkValue();
        return *m_value;
    }
    T&& value() &&
    {
        checkValue();
        return std::move(*m_value);
    }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return m_error; }

private:
    void checkValue() const { Q_ASSERT_X(m_value.has_value(), "Result::value", "the result is an error"); }

    std::optional<T> m_value;
    Error m_error;
};

// For operations that return nothing but can fail.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace fd
