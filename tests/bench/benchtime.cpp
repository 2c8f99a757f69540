#include "benchtime.h"

#include <stdexcept>

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include "benchtimer.h"
#include "core/domain/clock.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"

namespace mestring::bench {

namespace {

QStringList storedStarts(const QString &path)
{
    core::Database db(QUuid::createUuid().toString());
    db.open(path, core::Database::OpenMode::MustExist);
    QStringList texts;
    core::SqlQuery q(db, QStringLiteral("SELECT start_at FROM appointments"));
    q.raw().setForwardOnly(true);
    q.exec();
    while (q.next())
        texts << q.value(0).toString();
    return texts;
}

// A copy of the large demo marked as schema 2, so that opening it runs step 3 (the step reads
// any ISO text; its cost does not depend on the form the instants are in).
QString copyAtVersion2(const QString &dir, const QString &largePath, const QString &name)
{
    const QString copy = dir + QLatin1Char('/') + name;
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(copy + QLatin1StringView(suffix));
    if (!QFile::copy(largePath, copy)) throw std::runtime_error("cannot copy the large demo");
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(copy);
        if (!raw.open() || !QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 2")))
            throw std::runtime_error("cannot mark the copy as schema 2");
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return copy;
}

double openMs(const QString &path)
{
    return medianMs(1, [&] {
        core::Database db(QUuid::createUuid().toString());
        db.open(path, core::Database::OpenMode::MustExist);
    });
}

} // namespace

void benchTime(const QString &dir, const QString &largePath, int runs)
{
    const QStringList stored = storedStarts(largePath);
    QStringList oldForm; // the same instants as version 2 stored them
    oldForm.reserve(stored.size());
    for (const QString &text : stored)
        oldForm << core::dateTimeFrom(text).toString(Qt::ISODate);
    qint64 sink = 0;
    const double newMs = medianMs(runs, [&] {
        for (const QString &text : stored)
            sink += core::dateTimeFrom(text).time().hour();
    });
    const double oldMs = medianMs(runs, [&] {
        for (const QString &text : oldForm)
            sink += QDateTime::fromString(text, Qt::ISODate).time().hour();
    });
    const QString count = QStringLiteral("%1 appointment starts").arg(stored.size());
    report(QStringLiteral("read every start in Danish time (dateTimeFrom)"), newMs, count);
    report(QStringLiteral("the same with version 2's reader (fromString)"), oldMs,
        QStringLiteral("checksum %1").arg(sink % 1000));

    const QString unchanged = copyAtVersion2(dir, largePath, QStringLiteral("time-open.sqlite"));
    {
        core::Database db(QUuid::createUuid().toString());
        db.open(unchanged, core::Database::OpenMode::MustExist); // migrated once: now schema 3
    }
    const double plainOpen = openMs(unchanged);
    const QString migrated = copyAtVersion2(dir, largePath, QStringLiteral("time-migrate.sqlite"));
    const double migratingOpen = openMs(migrated);
    report(QStringLiteral("open the large demo (no migration)"), plainOpen);
    report(QStringLiteral("open it at schema 2: step 3 rewrites every instant"), migratingOpen,
        QStringLiteral("the step: about %1 ms").arg(migratingOpen - plainOpen, 0, 'f', 0));
    for (const QString &copy : {unchanged, migrated}) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(copy + QLatin1StringView(suffix));
    }
}

} // namespace mestring::bench
