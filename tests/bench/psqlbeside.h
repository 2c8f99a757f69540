#pragma once

// The same SQL in psql beside the program (issue 16's benchmarks): the statements one run of
// an operation sends to the server are caught (PostgresBackend::setStatementTrace), and psql
// runs its reads again, timed by psql itself (\timing), connection set-up not included.

#include <functional>

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryFile>
#include <QTextStream>

#include "benchtimer.h"
#include "core/storage/databaselocation.h"
#include "core/storage/postgresbackend.h"
#include "core/storage/serverbackup.h"

namespace mestring::bench {

/// The read statements (SELECT, WITH) one run of `work` sends.
inline QStringList readsOf(const std::function<void()> &work)
{
    QStringList statements;
    core::PostgresBackend::setStatementTrace([&statements](const QString &sql) {
        const QString head = sql.trimmed().left(6).toUpper();
        if (head.startsWith(QLatin1StringView("SELECT")) || head.startsWith(QLatin1StringView("WITH")))
            statements << sql;
    });
    work();
    core::PostgresBackend::setStatementTrace({});
    return statements;
}

/// psql's own time for `statements`, the median of `runs` runs; negative when psql failed.
inline double psqlMs(const core::DatabaseLocation &where, const QStringList &statements, int runs)
{
    QTemporaryFile script;
    if (!script.open()) return -1;
    {
        QTextStream out(&script);
        // The program's own session settings (PostgresBackend's connection options).
        out << "SET search_path TO " << where.schema() << ";\nSET jit = off;\n\\timing on\n";
        for (const QString &sql : statements)
            out << sql << ";\n";
    }
    script.close();
    static const QRegularExpression timing(QStringLiteral("^Time: ([0-9.]+) ms"),
        QRegularExpression::MultilineOption);
    std::vector<double> totals;
    for (int i = 0; i < runs; ++i) {
        QProcess psql;
        psql.start(core::postgresTool(QStringLiteral("psql")),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-o"),
                QStringLiteral("/dev/null"), QStringLiteral("-h"), where.host(),
                QStringLiteral("-p"), QString::number(where.port()), QStringLiteral("-U"),
                where.user(), QStringLiteral("-d"), where.databaseName(), QStringLiteral("-f"),
                script.fileName()});
        if (!psql.waitForFinished(600000) || psql.exitCode() != 0) return -1;
        double total = 0;
        auto it = timing.globalMatch(QString::fromUtf8(psql.readAllStandardOutput()));
        while (it.hasNext())
            total += it.next().captured(1).toDouble();
        totals.push_back(total);
    }
    std::sort(totals.begin(), totals.end());
    return totals[totals.size() / 2];
}

/// "12 statements, psql 8.1 ms" for a report line.
inline QString besidePsql(const core::DatabaseLocation &where, const std::function<void()> &work,
    int runs)
{
    const QStringList reads = readsOf(work);
    const double ms = psqlMs(where, reads, runs);
    return QStringLiteral("same %1 reads in psql: %2 ms").arg(reads.size()).arg(ms, 0, 'f', 1);
}

} // namespace mestring::bench
