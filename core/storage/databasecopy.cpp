#include "databasecopy.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlField>
#include <QSqlRecord>

#include "backend.h"
#include "database.h"
#include "rowinserter.h"
#include "sqlquery.h"
#include "storageerror.h"
#include "transaction.h"

namespace mestring::core {

namespace {

// The tables, parents before children (a table referring to itself, as a note's addendum
// does, waits for no one: that key is checked at commit).
QStringList copyOrder(const Database &db)
{
    const auto tables = db.backend().tables(db);
    QStringList order;
    QSet<QString> placed;
    while (order.size() < tables.size()) {
        const qsizetype before = order.size();
        for (const auto &entry : tables) {
            // Named, not a structured binding: clang 14 (the fuzz build) cannot capture those.
            const QString &table = entry.first;
            const QStringList &parents = entry.second;
            if (placed.contains(table)) continue;
            const bool ready = std::all_of(parents.begin(), parents.end(),
                [&](const QString &p) { return p == table || placed.contains(p); });
            if (!ready) continue;
            order << table;
            placed.insert(table);
        }
        if (order.size() == before) {
            throw StorageError(QCoreApplication::translate("mestring",
                "The tables refer to each other in a circle and cannot be copied."));
        }
    }
    return order;
}

// A value as the destination column stores it: a file's 0/1 as a server's boolean, its
// 'YYYY-MM-DD' text as a date; everything else (and null) as it is.
QVariant converted(const QVariant &value, QMetaType::Type column)
{
    if (value.isNull()) return value;
    if (column == QMetaType::Bool) return QVariant(value.toBool());
    if (column == QMetaType::QDate && value.typeId() != QMetaType::QDate) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? QVariant(date) : value; // the server says what is wrong with it
    }
    return value;
}

qint64 copyTable(const Database &from, const Database &to, const QString &table)
{
    // Names from the databases' own catalogs, never user data.
    SqlQuery read(from, QStringLiteral("SELECT * FROM ") + table);
    read.raw().setForwardOnly(true);
    read.exec();
    const QSqlRecord source = read.raw().record();
    const QSqlRecord target = to.connection().record(table);
    QStringList columns;
    std::vector<QMetaType::Type> types;
    for (int i = 0; i < source.count(); ++i) {
        columns << source.fieldName(i);
        types.push_back(QMetaType::Type(target.field(source.fieldName(i)).metaType().id()));
    }
    RowInserter insert(to, table, columns);
    qint64 rows = 0;
    QVariantList row(columns.size());
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            row[i] = converted(read.value(i), types[std::size_t(i)]);
        insert.add(row);
        ++rows;
    }
    insert.finish();
    to.backend().resetSequence(to, table);
    return rows;
}

} // namespace

TableRows tableRows(const Database &db)
{
    TableRows counts;
    for (const QString &table : copyOrder(db)) {
        SqlQuery q(db, QStringLiteral("SELECT count(*) FROM ") + table);
        counts.emplace_back(table, q.scalar().toLongLong());
    }
    return counts;
}

TableRows copyDatabase(const Database &from, const Database &to,
    const std::function<void(const QString &, qint64)> &progress)
{
    for (const auto &[table, rows] : tableRows(to)) {
        if (rows > 0) {
            throw StorageError(QCoreApplication::translate("mestring",
                "The database to copy to already holds records (%1 in %2). Copy only into a new, "
                "empty database; nothing has been copied.")
                                   .arg(rows)
                                   .arg(table));
        }
    }
    const QStringList order = copyOrder(from);
    if (QSet<QString>(order.begin(), order.end()) != [&] {
            const QStringList other = copyOrder(to);
            return QSet<QString>(other.begin(), other.end());
        }()) {
        throw StorageError(QCoreApplication::translate("mestring",
            "The two databases have different tables (different program versions?). Nothing "
            "has been copied."));
    }
    TableRows copied;
    Transaction transaction(to);
    to.backend().setBulkWrite(to, true);
    for (const QString &table : order) {
        copied.emplace_back(table, copyTable(from, to, table));
        if (progress) progress(table, copied.back().second);
    }
    to.backend().setBulkWrite(to, false);
    transaction.commit();
    return copied;
}

} // namespace mestring::core
