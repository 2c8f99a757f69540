#include "accesslog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTimeZone>

#include "accessdetail.h"
#include "core/domain/clock.h"
#include "core/storage/database.h"
#include "core/storage/rowinserter.h"
#include "core/storage/sqlquery.h"
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
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.client = textFrom(q.value(4));
    e.searchText = textFrom(q.value(5));
    e.detail = textFrom(q.value(6));
    e.prevHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    return e;
}

const QString selectColumns = QStringLiteral(
    "SELECT seq, at, actor, action, client, search_text, detail, prev_hash, hash FROM access_log");

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
    const QString material = e.prevHash + sep + QString::number(e.seq) + sep
        + e.at.toString(Qt::ISODateWithMs) + sep + e.actor + sep + e.action + sep + e.client + sep
        + e.searchText + sep + e.detail;
    return QString::fromLatin1(
        QCryptographicHash::hash(material.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {

const QStringList entryColumns {QStringLiteral("seq"), QStringLiteral("at"),
    QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("client"),
    QStringLiteral("search_text"), QStringLiteral("detail"), QStringLiteral("prev_hash"),
    QStringLiteral("hash")};

// The seq and hash the next entry follows. Entries are numbered without gaps (a gap is how a
// removed entry shows), so the number comes from the chain, under the append lock.
std::pair<qint64, QString> lastLink(const Database &db)
{
    lockForAppend(db, "access_log");
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

QVariantList rowOf(const AccessLogEntry &e)
{
    return {e.seq, e.at.toString(Qt::ISODateWithMs), e.actor, e.action, textValue(e.client),
        textValue(e.searchText), textValue(e.detail), e.prevHash, e.hash};
}

} // namespace

void AccessLog::appendInTransaction(const Actor &actor, AccessKind kind, const QString &clientId,
                                    const QString &searchText, const QString &detail)
{
    const auto [seq, prevHash] = lastLink(m_db);
    AccessLogEntry e;
    e.seq = seq + 1;
    e.prevHash = prevHash;
    e.at = m_clock.now();
    e.actor = actor.staffId;
    e.action = accessKindCode(kind);
    e.client = clientId;
    e.searchText = searchText;
    e.detail = detail;
    e.hash = hashOf(e);
    RowInserter insert(m_db, QStringLiteral("access_log"), entryColumns);
    insert.add(rowOf(e));
    insert.finish();
}

void AccessLog::recordReads(const Actor &actor, const QStringList &clientIds, const QString &detail)
{
    recordForClients(actor, AccessKind::Read, clientIds, detail);
}

void AccessLog::recordForClients(
    const Actor &actor, AccessKind kind, const QStringList &clientIds, const QString &detail)
{
    if (clientIds.isEmpty())
        return;
    Transaction transaction(m_db);
    auto [seq, prevHash] = lastLink(m_db);
    const QDateTime at = m_clock.now();
    RowInserter insert(m_db, QStringLiteral("access_log"), entryColumns);
    for (const QString &client : clientIds) {
        AccessLogEntry e;
        e.seq = ++seq;
        e.prevHash = prevHash;
        e.at = at;
        e.actor = actor.staffId;
        e.action = accessKindCode(kind);
        e.client = client;
        e.detail = detail;
        e.hash = hashOf(e);
        insert.add(rowOf(e));
        prevHash = e.hash;
    }
    insert.finish();
    transaction.commit();
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
