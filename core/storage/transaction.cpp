// SPDX-FileCopyrightText: 2026 Tierline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"

namespace Tierline {

namespace {

QString savepointName(int depth)
{
    return QStringLiteral("tierline_sp%1").arg(depth);
}

} // namespace

WriteTransaction::WriteTransaction(const Database &database)
    : m_database(database)
    , m_depth(database.m_transactionDepth)
{
    const Status begun = m_depth == 0 ? m_database.beginWrite() : [&]() -> Status {
        const auto saved = m_database.run(QStringLiteral("SAVEPOINT ") + savepointName(m_depth));
        return saved ? Status(Done {}) : Status(saved.error());
    }();
    m_open = begun.ok();
    if (m_open)
        ++m_database.m_transactionDepth;
    else
        m_error = begun.error();
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    if (m_depth == 0) {
        m_database.run(QStringLiteral("ROLLBACK"));
    } else {
        m_database.run(QStringLiteral("ROLLBACK TO ") + savepointName(m_depth));
        m_database.run(QStringLiteral("RELEASE ") + savepointName(m_depth));
    }
    --m_database.m_transactionDepth;
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return m_error;
    const auto committed =
        m_database.run(m_depth == 0 ? QStringLiteral("COMMIT")
                                    : QStringLiteral("RELEASE ") + savepointName(m_depth));
    if (!committed)
        return committed.error();
    m_open = false;
    --m_database.m_transactionDepth;
    return Done {};
}

} // namespace Tierline
