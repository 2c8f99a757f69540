#include "accesslog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTimeZone>

#include "accessdetail.h"
#include "core/domain/clock.h"
#include "core/storage/backend.h"
#include "core/storage/database.h"
#include "core/storage/rowinserter.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

namespace mestring::core {

namespace {

constexpr std::array kindCodes = {"read", "create", "change", "search", "print", "export",
                                  "import", "login", "login_failed", "account_locked", "logout",
                                  "dispose", "purge", "backup", "restore"};

const QString genesisHash = QString(64, QLatin1Char('0'));

AccessLogEntry entryFromRow(const SqlQuery &q)
{
    AccessLogEntry e;
    e.seq = q.value(0).toLongLong();
    // As written, offset included: the hash covers this text (the entries keep the centre's
    // offset, "+01:00"/"+02:00", and are ordered by seq, never by it).
    e.atText = q.value(1).toString();
    e.at = QDateTime::fromString(e.atText, Qt::ISODateWithMs);
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.client = textFrom(q.value(4));
    e.searchText = textFrom(q.value(5));
    e.detail = textFrom(q.value(6));
    e.prevHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    e.login = textFrom(q.value(9));
    e.origin = textFrom(q.value(10));
    e.originSeq = q.value(11).toLongLong();
    e.originHash = textFrom(q.value(12));
    return e;
}

const QString selectColumns = QStringLiteral("SELECT seq, at, actor, action, client, search_text, "
                                             "detail, prev_hash, hash, login, origin, origin_seq, "
                                             "origin_hash FROM access_log");

} // namespace

QString accessKindCode(AccessKind kind)
{
    return QLatin1StringView(kindCodes[std::size_t(kind)]).toString();
}

QString accessKindTitle(const QString &code)
{
    static const char *titles[] = {
        QT_TRANSLATE_NOOP("mestring", "Read"),          QT_TRANSLATE_NOOP("mestring", "Created"),
        QT_TRANSLATE_NOOP("mestring", "Changed"),       QT_TRANSLATE_NOOP("mestring", "Search"),
        QT_TRANSLATE_NOOP("mestring", "Printed"),       QT_TRANSLATE_NOOP("mestring", "Exported"),
        QT_TRANSLATE_NOOP("mestring", "Imported"),      QT_TRANSLATE_NOOP("mestring", "Logged in"),
        QT_TRANSLATE_NOOP("mestring", "Wrong password"),
        QT_TRANSLATE_NOOP("mestring", "Account locked"), QT_TRANSLATE_NOOP("mestring", "Logged out"),
        QT_TRANSLATE_NOOP("mestring", "Disposed"),      QT_TRANSLATE_NOOP("mestring", "Log purged"),
        QT_TRANSLATE_NOOP("mestring", "Backup taken"),  QT_TRANSLATE_NOOP("mestring", "Restored")};
    for (std::size_t i = 0; i < kindCodes.size(); ++i) {
        if (code == QLatin1StringView(kindCodes[i]))
            return QCoreApplication::translate("mestring", titles[i]);
    }
    return code;
}

QString AccessLog::hashOf(const AccessLogEntry &e)
{
    // Fields separated by a unit separator so that no two different entries hash alike.
    const QChar sep(0x1f);
    const QString at = e.atText.isEmpty() ? e.at.toString(Qt::ISODateWithMs) : e.atText;
    QString material = e.prevHash + sep + QString::number(e.seq) + sep + at + sep + e.actor + sep
        + e.action + sep + e.client + sep + e.searchText + sep + e.detail;
    // Entries of schema v11 onwards that say who wrote them or where they came from cover
    // that too (the server's trigger computes the same); the older ones keep their hashes.
    if (!e.login.isEmpty() || !e.origin.isEmpty()) {
        material += sep + e.login + sep + e.origin + sep
            + (e.originSeq > 0 ? QString::number(e.originSeq) : QString()) + sep + e.originHash;
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(material.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {

// The columns the program gives; on a file it also numbers and links the entry (the seq,
// prev_hash and hash), on a server the database does (Backend::linksAccessLog).
const QStringList contentColumns {QStringLiteral("at"), QStringLiteral("actor"),
    QStringLiteral("action"), QStringLiteral("client"), QStringLiteral("search_text"),
    QStringLiteral("detail"), QStringLiteral("origin"), QStringLiteral("origin_seq"),
    QStringLiteral("origin_hash")};
const QStringList linkColumns {
    QStringLiteral("seq"), QStringLiteral("prev_hash"), QStringLiteral("hash")};

// The seq and hash the next entry follows. Entries are numbered without gaps (a gap is how a
// removed entry shows), so the number comes from the chain, under the write lock.
std::pair<qint64, QString> lastLink(const Database &db)
{
    SqlQuery last(db, QStringLiteral("SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1"));
    last.exec();
    if (last.next())
        return {last.value(0).toLongLong(), last.value(1).toString()};
    // Empty: new, or every entry purged; then the chain goes on from the purge's anchor.
    SqlQuery anchor(db, QStringLiteral("SELECT up_to_seq, anchor_hash FROM access_log_purges "
                                       "ORDER BY up_to_seq DESC LIMIT 1"));
    anchor.exec();
    if (anchor.next())
        return {anchor.value(0).toLongLong(), anchor.value(1).toString()};
    return {0, genesisHash};
}

QVariantList contentOf(const AccessLogEntry &e)
{
    return {e.atText.isEmpty() ? e.at.toString(Qt::ISODateWithMs) : e.atText, e.actor, e.action,
        textValue(e.client), textValue(e.searchText), textValue(e.detail), textValue(e.origin),
        e.origin.isEmpty() ? QVariant() : QVariant(e.originSeq), textValue(e.originHash)};
}

// Appends `entries` (their content only) to the chain in their order, inside the caller's
// transaction.
void append(const Database &db, std::vector<AccessLogEntry> entries)
{
    if (entries.empty()) return;
    if (db.backend().linksAccessLog()) {
        RowInserter insert(db, QStringLiteral("access_log"), contentColumns);
        for (const AccessLogEntry &e : entries)
            insert.add(contentOf(e));
        insert.finish();
        return;
    }
    auto [seq, prevHash] = lastLink(db);
    RowInserter insert(db, QStringLiteral("access_log"), contentColumns + linkColumns);
    for (AccessLogEntry &e : entries) {
        e.seq = ++seq;
        e.prevHash = prevHash;
        e.hash = AccessLog::hashOf(e);
        insert.add(contentOf(e) + QVariantList {e.seq, e.prevHash, e.hash});
        prevHash = e.hash;
    }
    insert.finish();
}

} // namespace

void AccessLog::appendInTransaction(const Actor &actor, AccessKind kind, const QString &clientId,
                                    const QString &searchText, const QString &detail)
{
    AccessLogEntry e;
    e.at = m_clock.now();
    e.actor = actor.staffId;
    e.action = accessKindCode(kind);
    e.client = clientId;
    e.searchText = searchText;
    e.detail = detail;
    append(m_db, {e});
}

void AccessLog::recordReads(const Actor &actor, const QStringList &clientIds, const QString &detail)
{
    recordForClients(actor, AccessKind::Read, clientIds, detail);
}

void AccessLog::recordForClients(
    const Actor &actor, AccessKind kind, const QStringList &clientIds, const QString &detail)
{
    if (clientIds.isEmpty()) return;
    const QDateTime at = m_clock.now();
    std::vector<AccessLogEntry> entries;
    entries.reserve(std::size_t(clientIds.size()));
    for (const QString &client : clientIds) {
        AccessLogEntry e;
        e.at = at;
        e.actor = actor.staffId;
        e.action = accessKindCode(kind);
        e.client = client;
        e.detail = detail;
        entries.push_back(std::move(e));
    }
    Transaction transaction(m_db);
    append(m_db, std::move(entries));
    transaction.commit();
}

qint64 AccessLog::carryIn(const QString &origin, const std::vector<AccessLogEntry> &entries)
{
    Transaction transaction(m_db);
    // Where the other chain was left: its last entry carried here, or its start.
    SqlQuery last(m_db,
        QStringLiteral("SELECT origin_seq, origin_hash FROM access_log WHERE "
                       "origin = ? ORDER BY origin_seq DESC LIMIT 1"));
    last.bind(origin).exec();
    qint64 expectedSeq = 1;
    QString expectedPrev = genesisHash;
    if (last.next()) {
        expectedSeq = last.value(0).toLongLong() + 1;
        expectedPrev = last.value(1).toString();
    }
    last.raw().finish();
    std::vector<AccessLogEntry> carried;
    for (const AccessLogEntry &e : entries) {
        if (e.seq < expectedSeq) continue; // carried by an earlier sync
        if (e.seq != expectedSeq || e.prevHash != expectedPrev || hashOf(e) != e.hash) {
            throw StorageError(QCoreApplication::translate("mestring",
                "The access log brought from %1 is not whole: entry %2 does not follow the one "
                "before it. Nothing from that log has been added. Keep the laptop as it is and "
                "ask your IT department to look at it.")
                                   .arg(origin)
                                   .arg(e.seq));
        }
        AccessLogEntry c = e;
        c.origin = origin;
        c.originSeq = e.seq;
        c.originHash = e.hash;
        c.login.clear();
        carried.push_back(std::move(c));
        expectedPrev = e.hash;
        ++expectedSeq;
    }
    const auto count = qint64(carried.size());
    append(m_db, std::move(carried));
    transaction.commit();
    return count;
}

void AccessLog::record(const Actor &actor, AccessKind kind, const QString &clientId,
                       const QString &detail)
{
    Transaction transaction(m_db);
    appendInTransaction(actor, kind, clientId, QString(), detail);
    transaction.commit();
}

void AccessLog::recordSearch(const Actor &actor, const QString &searchText)
{
    Transaction transaction(m_db);
    appendInTransaction(actor, AccessKind::Search, QString(), searchText, QString());
    transaction.commit();
}

std::vector<AccessLogEntry> AccessLog::find(const AccessLogQuery &query) const
{
    QString sql = selectColumns + QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (!query.actor.isEmpty()) {
        sql += QStringLiteral(" AND actor = ?");
        values << query.actor;
    }
    if (!query.client.isEmpty()) {
        sql += QStringLiteral(" AND client = ?");
        values << query.client;
    }
    if (!query.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        values << query.action;
    }
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        values << query.from.toString(Qt::ISODate);
    }
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        values << query.to.addDays(1).toString(Qt::ISODate);
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    values << query.limit;
    SqlQuery q(m_db, sql);
    for (const QVariant &v : values)
        q.bind(v);
    q.exec();
    std::vector<AccessLogEntry> entries;
    while (q.next())
        entries.push_back(entryFromRow(q));
    return entries;
}

std::optional<qint64> AccessLog::firstBrokenEntry() const
{
    qint64 expectedSeq = 1;
    QString expectedPrev = genesisHash;
    SqlQuery anchor(m_db, QStringLiteral("SELECT up_to_seq, anchor_hash FROM access_log_purges "
                                         "ORDER BY up_to_seq DESC LIMIT 1"));
    anchor.exec();
    if (anchor.next()) {
        expectedSeq = anchor.value(0).toLongLong() + 1;
        expectedPrev = anchor.value(1).toString();
    }
    SqlQuery q(m_db, selectColumns + QStringLiteral(" ORDER BY seq"));
    q.raw().setForwardOnly(true);
    q.exec();
    while (q.next()) {
        const AccessLogEntry e = entryFromRow(q);
        // A purge leaves its anchor; anything else missing, changed or inserted shows here.
        if (e.seq != expectedSeq || e.prevHash != expectedPrev || hashOf(e) != e.hash)
            return e.seq;
        expectedPrev = e.hash;
        ++expectedSeq;
    }
    return std::nullopt;
}

qint64 AccessLog::purgeBefore(const Actor &actor, const QDate &cutoff)
{
    Transaction transaction(m_db);
    // The last entry of the prefix written before the cutoff; a clock set back never makes
    // the purge cut a hole in the chain.
    SqlQuery last(m_db, QStringLiteral("SELECT seq, hash FROM access_log WHERE seq < "
                                       "COALESCE((SELECT MIN(seq) FROM access_log WHERE at >= ?), "
                                       "(SELECT MAX(seq) + 1 FROM access_log)) "
                                       "ORDER BY seq DESC LIMIT 1"));
    last.bind(cutoff.toString(Qt::ISODate));
    last.exec();
    if (!last.next())
        return 0;
    const qint64 upTo = last.value(0).toLongLong();
    const QString anchorHash = last.value(1).toString();
    last.raw().finish();
    SqlQuery count(m_db, QStringLiteral("SELECT count(*) FROM access_log WHERE seq <= ?"));
    const qint64 removed = count.bind(upTo).scalar().toLongLong();
    // The anchor goes in first: the delete trigger allows only entries up to a recorded anchor.
    SqlQuery anchor(m_db, QStringLiteral("INSERT INTO access_log_purges (up_to_seq, anchor_hash, "
                                         "purged_at, actor, entries) VALUES (?, ?, ?, ?, ?)"));
    anchor.bind(upTo)
        .bind(anchorHash)
        .bind(dateTimeValue(m_clock.now()))
        .bind(actor.staffId)
        .bind(removed);
    anchor.exec();
    SqlQuery remove(m_db, QStringLiteral("DELETE FROM access_log WHERE seq <= ?"));
    remove.bind(upTo);
    remove.exec();
    appendInTransaction(actor, AccessKind::Purge, QString(), QString(),
        accessDetail(AccessTopic::AccessLogPurge,
            {cutoff.toString(Qt::ISODate), QString::number(removed), QString::number(upTo)}));
    transaction.commit();
    return removed;
}

} // namespace mestring::core
