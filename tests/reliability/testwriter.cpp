// mestring-test-writer: the child process of the crash-safety and two-writer tests. Writes the
// kinds of transaction the program makes, through the services, in turn: a course with its
// phases (for a new client), a dispensing, a signed note. After each commit it prints
// "<kind> <id>" on its own line and flushes, so whatever it printed is a promise the database
// must keep, however it is killed.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QThread>
#include <QSqlQuery>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/clientservice.h"
#include "core/services/courseservice.h"
#include "core/services/dispensingservice.h"
#include "core/services/noteservice.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/staffrepository.h"
#include "writersetup.h"

using namespace mestring::core;

namespace {

void report(const char *kind, const QString &id)
{
    std::printf("%s %s\n", kind, id.toLatin1().constData());
    std::fflush(stdout);
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
        report("dispensing", dispensings.record(nurse, d).id);
        doseDay = doseDay.addDays(1);
    }
    void note(int n)
    {
        JournalNote note;
        note.client = client;
        note.kind = NoteKind::Session;
        note.text = QStringLiteral("Notat %1 fra %2.").arg(n).arg(tag);
        report("note", notes.write(therapist, note).id);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    for (const char *name : {"db", "client", "prescription", "count", "tag", "start-at"})
        parser.addOption(
            QCommandLineOption(QLatin1StringView(name).toString(), {}, QStringLiteral("V")));
    parser.process(app);
    Writer w;
    try {
        w.db.open(parser.value(QStringLiteral("db")), Database::OpenMode::MustExist);
        StaffRepository staff(w.db);
        w.therapist = Actor::fromStaff(*staff.byId(mestring::test::writerTherapistId()));
        w.nurse = Actor::fromStaff(*staff.byId(mestring::test::writerNurseId()));
        w.client = parser.value(QStringLiteral("client"));
        w.prescription = parser.value(QStringLiteral("prescription"));
        w.tag = parser.value(QStringLiteral("tag"));
        w.doseDay = nextDoseDay(w.db, w.prescription);
        const int count = parser.value(QStringLiteral("count")).toInt();
        // Two writers started one after the other begin writing at the same moment.
        const qint64 startAt = parser.value(QStringLiteral("start-at")).toLongLong();
        const qint64 wait = startAt - QDateTime::currentMSecsSinceEpoch();
        if (wait > 0) QThread::msleep(quint64(wait));
        for (int i = 0; count == 0 || i < count; ++i) {
            switch (i % 3) {
            case 0:
                w.courseWithPhases(i);
                break;
            case 1:
                w.dispensing();
                break;
            default:
                w.note(i);
            }
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "mestring-test-writer: %s\n", e.what());
        return 3;
    }
    return 0;
}
