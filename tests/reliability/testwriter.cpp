// mestring-test-writer: the child process of the reliability tests. Writes the kinds of
// transaction the program makes, through the services, in turn: a course with its phases (for a
// new client), a dispensing, a signed note. After each commit it prints "<kind> <id> <locked>
// <done>" on its own line and flushes, so whatever it printed is a promise the database must
// keep, however it is killed. <locked> is a moment (steady clock in ns, the same for every process
// of the machine) at which the write held SQLite's write lock, so it orders the write exactly
// against a restore, which prints a moment under the same lock ("locked <ns>"); <done> is a
// moment after the commit returned.
//
// Modes: the default writes --count transactions (0: until killed) and stops at the first error;
// --gui-like keeps going as the program's window does: it reads between writes (searching,
// opening the client) and reports a failed write as "failed <kind> <message>" and goes on;
// --restore FILE restores the backup FILE into --db (BackupService::restoreFile, as
// mestring-cli restore and the program's start do) and prints "locked <ns>" and "restored".
#include <cstdio>

#include <sqlite3.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QThread>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/backupservice.h"
#include "core/services/clientservice.h"
#include "core/services/courseservice.h"
#include "core/services/dispensingservice.h"
#include "core/services/noteservice.h"
#include "core/services/serviceerrors.h"
#include "core/storage/database.h"
#include "core/storage/sqliteconnection.h"
#include "core/storage/sqlquery.h"
#include "core/storage/staffrepository.h"
#include "core/storage/storageerror.h"
#include "writersetup.h"

using namespace mestring::core;
using mestring::test::steadyNs;

namespace {

void printLine(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

// The last moment a row was changed on the connection: inside a write transaction, so while the
// write lock was held (SQLite's update hook runs for every row written).
qint64 lastRowChangeNs = 0;

void onRowChanged(void *, int, const char *, const char *, sqlite3_int64)
{
    lastRowChangeNs = steadyNs();
}

void report(const char *kind, const QString &id)
{
    printLine(QStringLiteral("%1 %2 %3 %4")
                  .arg(QLatin1StringView(kind), id)
                  .arg(lastRowChangeNs)
                  .arg(steadyNs()));
}

QDate nextDoseDay(const Database &db, const QString &prescription)
{
    SqlQuery q(db, QStringLiteral("SELECT MAX(date) FROM dispensings WHERE prescription = ?"));
    q.bind(prescription);
    const QDate last = dateFrom(q.scalar());
    return last.isValid() ? last.addDays(1) : QDate(2000, 1, 1);
}

struct Writer
{
    Database db {QStringLiteral("writer")};
    Clock clock;
    AccessLog log {db, clock};
    ClientService clients {db, log, clock};
    CourseService courses {db, log, clock};
    DispensingService dispensings {db, log, clock};
    NoteService notes {db, log, clock};
    Actor therapist;
    Actor nurse;
    QString client;
    QString prescription;
    QString tag;
    QDate doseDay;

    void courseWithPhases(int n)
    {
        Client c;
        c.firstName = tag;
        c.lastName = QString::number(n);
        Course k;
        k.client = clients.create(therapist, c).id;
        k.responsible = therapist.staffId;
        k.requestDate = QDate(2025, 1, 6);
        k.startDate = QDate(2025, 1, 6);
        k.phases = {{Phase::Advice, QDate(2025, 1, 6)}, {Phase::Intro, QDate(2025, 1, 6)}};
        report("course", courses.create(therapist, k).id);
    }
    void dispensing()
    {
        Dispensing d;
        d.prescription = prescription;
        d.date = doseDay;
        d.doseMg = 50;
        d.status = DispensingStatus::Taken;
        // The writer's days lie in the past (from 2000-01-01): each is a late registration.
        d.lateReason = QStringLiteral("registered from the paper list");
        // The next day whether or not it is saved: a restore may have taken the day back.
        doseDay = doseDay.addDays(1);
        report("dispensing", dispensings.record(nurse, d).id);
    }
    void note(int n)
    {
        JournalNote note;
        note.client = client;
        note.kind = NoteKind::Session;
        note.text = QStringLiteral("Notat %1 fra %2.").arg(n).arg(tag);
        report("note", notes.write(therapist, note).id);
    }
    void write(int i)
    {
        switch (i % 3) {
        case 0:
            return courseWithPhases(i);
        case 1:
            return dispensing();
        default:
            return note(i);
        }
    }
    // What a member of staff does between saves: search, open the client, look at the doses.
    void read()
    {
        clients.search(therapist, QStringLiteral("Skriver"), 0, 50);
        clients.get(therapist, client);
        dispensings.forPrescription(nurse, prescription);
    }
};

const char *kindOf(int i)
{
    static const char *const kinds[] = {"course", "dispensing", "note"};
    return kinds[i % 3];
}

// Writes like the program's window: a failed save is told and the work goes on.
void writeLikeTheProgram(Writer &w)
{
    for (int i = 0;; ++i) {
        try {
            w.write(i);
            w.read();
        } catch (const StorageError &e) {
            printLine(
                QStringLiteral("failed %1 %2").arg(QLatin1StringView(kindOf(i)), e.message()));
        } catch (const ServiceError &e) {
            printLine(
                QStringLiteral("failed %1 %2").arg(QLatin1StringView(kindOf(i)), e.message()));
        }
        QThread::msleep(5 + quint64(i % 4) * 5);
    }
}

int restore(const QString &path, const QString &backup)
{
    const Actor manager {
        QStringLiteral("w-restorer"), QStringLiteral("Restore"), Role::Manager, false};
    BackupService::restoreFile(backup, path, manager, Clock(),
        [] { printLine(QStringLiteral("locked %1").arg(steadyNs())); });
    printLine(QStringLiteral("restored"));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    for (const char *name : {"db", "client", "prescription", "count", "tag", "start-at", "restore"})
        parser.addOption(
            QCommandLineOption(QLatin1StringView(name).toString(), {}, QStringLiteral("V")));
    parser.addOption(QCommandLineOption(QStringLiteral("gui-like")));
    parser.process(app);
    try {
        if (parser.isSet(QStringLiteral("restore")))
            return restore(
                parser.value(QStringLiteral("db")), parser.value(QStringLiteral("restore")));
        Writer w;
        w.db.open(parser.value(QStringLiteral("db")), Database::OpenMode::MustExist);
        // The moment under the write lock is SQLite's (the file tests order writes against a
        // restore by it); a server database has no such hook and is never restored by swapping
        // files under a writer.
        if (sqlite3 *handle = sqliteHandle(w.db)) sqlite3_update_hook(handle, &onRowChanged, nullptr);
        StaffRepository staff(w.db);
        w.therapist = Actor::fromStaff(*staff.byId(mestring::test::writerTherapistId()));
        w.nurse = Actor::fromStaff(*staff.byId(mestring::test::writerNurseId()));
        w.client = parser.value(QStringLiteral("client"));
        w.prescription = parser.value(QStringLiteral("prescription"));
        w.tag = parser.value(QStringLiteral("tag"));
        w.doseDay = nextDoseDay(w.db, w.prescription);
        if (parser.isSet(QStringLiteral("gui-like"))) writeLikeTheProgram(w);
        const int count = parser.value(QStringLiteral("count")).toInt();
        // Two writers started one after the other begin writing at the same moment.
        const qint64 startAt = parser.value(QStringLiteral("start-at")).toLongLong();
        const qint64 wait = startAt - QDateTime::currentMSecsSinceEpoch();
        if (wait > 0) QThread::msleep(quint64(wait));
        for (int i = 0; count == 0 || i < count; ++i)
            w.write(i);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "mestring-test-writer: %s\n", e.what());
        return 3;
    }
    return 0;
}
