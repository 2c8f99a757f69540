#include "sqlreplay.h"

#include <stdexcept>

#include <sqlite3.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include "benchtimer.h"
#include "core/storage/sqliteconnection.h"

namespace mestring::bench {

namespace {

struct Trace
{
    QTextStream out;
    bool undoWrites = false;
};

int traceStatement(unsigned, void *context, void *statement, void *)
{
    auto *trace = static_cast<Trace *>(context);
    if (char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement))) {
        const bool commit = trace->undoWrites && qstrcmp(sql, "COMMIT") == 0;
        trace->out << (commit ? "ROLLBACK" : sql) << ";\n";
        sqlite3_free(sql);
    }
    return 0;
}

// Reads a column as its stored type, as Qt's driver does (text for a number would cost a
// conversion the program never makes).
void readColumn(sqlite3_stmt *statement, int i)
{
    switch (sqlite3_column_type(statement, i)) {
    case SQLITE_INTEGER: sqlite3_column_int64(statement, i); break;
    case SQLITE_FLOAT: sqlite3_column_double(statement, i); break;
    case SQLITE_BLOB: sqlite3_column_blob(statement, i); break;
    case SQLITE_TEXT: sqlite3_column_text16(statement, i); break;
    default: break;
    }
}

// Prepares and steps every statement of `sql` in turn, reading each column of each row.
void runAll(sqlite3 *db, const QByteArray &sql)
{
    const char *next = sql.constData();
    while (next && *next) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, next, -1, &statement, &next) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(db));
        if (!statement) continue; // white space at the end
        int result = SQLITE_ROW;
        while ((result = sqlite3_step(statement)) == SQLITE_ROW) {
            for (int i = 0, n = sqlite3_column_count(statement); i < n; ++i)
                readColumn(statement, i);
        }
        sqlite3_finalize(statement);
        if (result != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db));
    }
}

QByteArray contentsOf(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) throw std::runtime_error("cannot read the SQL file");
    return in.readAll();
}

} // namespace

void writeStatements(const core::Database &db, const QString &file,
    const std::function<void()> &work, bool undoWrites)
{
    QFile sqlFile(file);
    if (!sqlFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write the SQL file");
    Trace trace {QTextStream(&sqlFile), undoWrites};
    sqlite3_trace_v2(core::sqliteHandle(db), SQLITE_TRACE_STMT, &traceStatement, &trace);
    work();
    sqlite3_trace_v2(core::sqliteHandle(db), 0, nullptr, nullptr);
}

double sqliteLibraryMs(const QString &databasePath, const QString &file, int runs)
{
    const QByteArray sql = contentsOf(file);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(databasePath.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open the database with sqlite3");
    }
    double ms = 0;
    try {
        runAll(db, "PRAGMA mmap_size = 1073741824"); // as Database::open does
        ms = medianMs(runs, [&] { runAll(db, sql); });
    } catch (...) {
        sqlite3_close(db);
        throw;
    }
    sqlite3_close(db);
    return ms;
}

double sqliteShellMs(const QString &databasePath, const QString &file, int runs)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) return -1;
    return medianMs(runs, [&] {
        QProcess process;
        process.setStandardInputFile(file);
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(shell, {databasePath});
        if (!process.waitForFinished(-1) || process.exitCode() != 0)
            throw std::runtime_error("sqlite3 failed on the SQL file");
    });
}

} // namespace mestring::bench
