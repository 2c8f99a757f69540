#include "writersetup.h"

#include <QSqlQuery>

#include "core/domain/clock.h"
#include "core/domain/ids.h"
#include "core/services/accesslog.h"
#include "core/services/prescriptionservice.h"
#include "core/storage/clientrepository.h"
#include "core/storage/database.h"
#include "core/storage/integritycheck.h"
#include "core/storage/staffrepository.h"
#include "support/testdatabase.h"

using namespace mestring::core;

namespace mestring::test {

std::vector<WriterTarget> createWriterDatabase(const QString &path, int writers)
{
    Database db(TestDatabase::uniqueConnectionName());
    db.open(path);
    StaffRepository staff(db);
    staff.insert({writerTherapistId(), QStringLiteral("Anne Holm"), Role::Therapist,
        QStringLiteral("anne"), true});
    staff.insert({writerNurseId(), QStringLiteral("Mette Dahl"), Role::Nurse,
        QStringLiteral("mette"), true});
    const StaffMember doctor {QStringLiteral("w-doc"), QStringLiteral("Ole Berg"), Role::Doctor,
        QStringLiteral("ole"), true};
    staff.insert(doctor);
    Clock clock;
    AccessLog log(db, clock);
    PrescriptionService prescriptions(db, log, clock);
    std::vector<WriterTarget> targets;
    for (int i = 0; i < writers; ++i) {
        Client client;
        client.id = newId();
        client.firstName = QStringLiteral("Skriver");
        client.lastName = QString::number(i + 1);
        ClientRepository(db).insert(client);
        // Naltrexone daily from 2000: a dose a day for years, no missed-dose block.
        Prescription p;
        p.client = client.id;
        p.drug = Drug::Naltrexone;
        p.category = DrugCategory::Craving;
        p.doseMg = 50;
        p.start = QDate(2000, 1, 1);
        targets.push_back({client.id, prescriptions.create(Actor::fromStaff(doctor), p).id});
    }
    return targets;
}

int Reported::add(const QByteArray &output)
{
    int added = 0;
    const QList<QByteArray> lines = output.split('\n');
    // The last piece has no line end: a line cut off by the kill, or empty.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i].startsWith("failed ")) {
            failures << QString::fromUtf8(lines[i].mid(7));
            continue;
        }
        const QList<QByteArray> parts = lines[i].split(' ');
        if (parts.size() != 4) continue;
        const QString id = QString::fromLatin1(parts[1]);
        if (parts[0] == "course")
            courses.insert(id);
        else if (parts[0] == "dispensing")
            dispensings.insert(id);
        else if (parts[0] == "note")
            notes.insert(id);
        else
            continue;
        writes.push_back(
            {QString::fromLatin1(parts[0]), id, parts[2].toLongLong(), parts[3].toLongLong()});
        ++added;
    }
    return added;
}

namespace {

QSet<QString> idsOf(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id FROM ") + table);
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

void missing(const QSet<QString> &reported, const QSet<QString> &stored, const QString &what,
    QStringList &problems)
{
    for (const QString &id : reported) {
        if (!stored.contains(id))
            problems << what + QStringLiteral(" reported as saved is missing: ") + id;
    }
}

} // namespace

QStringList verifyWrites(const QString &path, const Reported &reported)
{
    QStringList problems;
    Database db(TestDatabase::uniqueConnectionName());
    try {
        db.open(path, Database::OpenMode::MustExist);
    } catch (const std::exception &e) {
        return {QStringLiteral("the database does not open: ") + QString::fromUtf8(e.what())};
    }
    for (const QString &damage : integrityProblems(db))
        problems << QStringLiteral("integrity: ") + damage;
    QSqlQuery q(db.connection());
    missing(
        reported.courses, idsOf(db, QStringLiteral("courses")), QStringLiteral("course"), problems);
    missing(reported.dispensings, idsOf(db, QStringLiteral("dispensings")),
        QStringLiteral("dispensing"), problems);
    missing(reported.notes, idsOf(db, QStringLiteral("notes")), QStringLiteral("note"), problems);
    // Half there: a course is saved with both its phases or not at all.
    q.exec(QStringLiteral("SELECT c.id FROM courses c WHERE (SELECT count(*) FROM course_phases p "
                          "WHERE p.course = c.id) <> 2"));
    while (q.next())
        problems << QStringLiteral("course without its two phases: ") + q.value(0).toString();
    // Each write logs itself in its own transaction: the chain has no hole or torn entry.
    if (const auto broken = AccessLog(db, Clock()).firstBrokenEntry())
        problems << QStringLiteral("access log chain broken at %1").arg(*broken);
    return problems;
}

QStringList writerArguments(const QString &path, const WriterTarget &target, int count,
    const QString &tag, qint64 startAtMs)
{
    return {QStringLiteral("--db"), path, QStringLiteral("--client"), target.client,
        QStringLiteral("--prescription"), target.prescription, QStringLiteral("--count"),
        QString::number(count), QStringLiteral("--tag"), tag, QStringLiteral("--start-at"),
        QString::number(startAtMs)};
}

} // namespace mestring::test
