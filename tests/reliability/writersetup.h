#pragma once

#include <chrono>

#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace mestring::test {

// Shared by the writer child (testwriter.cpp) and the tests that start it.

/// A moment in ns on the machine's steady clock, which every process reads alike: for ordering
/// what one process did against what another did.
inline qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// The staff the writer acts as.
inline QString writerTherapistId()
{
    return QStringLiteral("w-ther");
}
inline QString writerNurseId()
{
    return QStringLiteral("w-nurse");
}

/// What one writer writes to: its own client (notes) and prescription (one dose a day).
struct WriterTarget
{
    QString client;
    QString prescription;
};

/// A new database (a file path or an empty server database's address) with the writer's staff
/// and one target per writer.
std::vector<WriterTarget> createWriterDatabase(const QString &path, int writers);

/// One write a writer reported as saved: "<kind> <id> <lockedNs> <doneNs>". lockedNs is a
/// moment at which the write held SQLite's write lock, doneNs one after its commit returned
/// (std::chrono::steady_clock, the same clock in every process of the machine).
struct ReportedWrite
{
    QString kind; // course, dispensing, note
    QString id;
    qint64 lockedNs = 0;
    qint64 doneNs = 0;
};

/// The ids a writer printed after each commit ("course ID ...", "dispensing ID ...", "note ID
/// ..."), and the saves it reported as failed ("failed KIND MESSAGE").
struct Reported
{
    QSet<QString> courses;
    QSet<QString> dispensings;
    QSet<QString> notes;
    std::vector<ReportedWrite> writes;
    QStringList failures;

    /// Adds the complete lines of a writer's output; returns how many ids they held.
    int add(const QByteArray &output);
    qsizetype size() const { return courses.size() + dispensings.size() + notes.size(); }
};

/// Opens the database as the program does and returns what is wrong: damage the engine finds,
/// a reported id that is missing, a course without exactly its two phases, a broken access-log
/// chain. Empty when all is well.
QStringList verifyWrites(const QString &path, const Reported &reported);

/// The writer executable's arguments for `target`; `count` 0 writes until killed. A writer
/// given `startAtMs` (milliseconds since the epoch) opens the file, then waits until then.
QStringList writerArguments(const QString &path, const WriterTarget &target, int count,
    const QString &tag, qint64 startAtMs = 0);

} // namespace mestring::test
