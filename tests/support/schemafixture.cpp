#include "schemafixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include "testdatabase.h"

namespace mestring::test {

void createFromFixture(const QString &fixture, const QString &path)
{
    QFile file(fixture);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString sql;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1StringView("--"))) sql += line + QLatin1Char('\n');
    }
    QStringList statements;
    for (const QString &statement : sql.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
        if (!statement.trimmed().isEmpty()) statements << statement;
    }
    REQUIRE(execRaw(path, statements));
}

bool execRaw(const QString &path, const QStringList &statements)
{
    const QString name = TestDatabase::uniqueConnectionName();
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        ok = raw.open();
        QSqlQuery q(raw);
        for (const QString &statement : statements) {
            if (!ok) break;
            ok = q.exec(statement);
            if (!ok)
                UNSCOPED_INFO(
                    statement.toStdString() + " -> " + q.lastError().text().toStdString());
        }
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace mestring::test
