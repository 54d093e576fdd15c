// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Tierline {

/**
 * Why an operation did not happen. The kind decides how a front end reacts (the CLI's exit
 * code, the GUI's message); the message is already translated and says what to do.
 */
struct Error
{
    enum class Kind {
        BadInput, ///< malformed or out-of-range input, a file that cannot be read (exit 2)
        Refused, ///< a billing rule says no (exit 3)
        Forbidden, ///< the acting user lacks a permission (exit 3)
        Conflict, ///< the data changed underneath; reload and try again (exit 3)
        Storage, ///< the database failed or is unusable (exit 2)
    };

    Kind kind = Kind::BadInput;
    QString message;

    static Error badInput(QString message) { return {Kind::BadInput, std::move(message)}; }
    static Error refused(QString message) { return {Kind::Refused, std::move(message)}; }
    static Error forbidden(QString message) { return {Kind::Forbidden, std::move(message)}; }
    static Error conflict(QString message) { return {Kind::Conflict, std::move(message)}; }
    static Error storage(QString message) { return {Kind::Storage, std::move(message)}; }
};

/** A value or the Error that prevented it. */
template<typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/** Result of an operation that gives nothing back but may fail. */
struct Done
{
};
using Status = Result<Done>;

} // namespace Tierline
