#include "waitinglistrepository.h"

#include "columnvalues.h"
#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

const QString columns = QStringLiteral("w.id, w.offer, w.person, w.client, w.asked_on, w.note, "
                                       "w.taken_off, w.taken_off_reason");

WaitingListEntry entryFromRow(const SqlQuery &q)
{
    WaitingListEntry e;
    e.id = q.value(0).toString();
    e.offer = enumFrom(q.value(1), IndividualOffer::Relatives);
    e.person = textFrom(q.value(2));
    e.client = textFrom(q.value(3));
    e.askedOn = dateFrom(q.value(4));
    e.note = textFrom(q.value(5));
    e.takenOff = dateFrom(q.value(6));
    e.takenOffReason = optionalEnumFrom<WaitingTakenOffReason>(q.value(7));
    return e;
}

void bindEntry(SqlQuery &q, const WaitingListEntry &e)
{
    q.bind(enumCode(e.offer))
        .bind(textValue(e.person))
        .bind(textValue(e.client))
        .bind(dateValue(e.askedOn))
        .bind(textValue(e.note))
        .bind(dateValue(e.takenOff))
        .bind(enumValue(e.takenOffReason))
        .bind(e.id);
}

} // namespace

void WaitingListRepository::insert(const WaitingListEntry &entry)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO waiting_lists (offer, person, client, asked_on, note, taken_off, "
        "taken_off_reason, id, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, %1)");
    SqlQuery &q = m_statements.get(sql.arg(nextSeq(m_db, "waiting_lists")));
    bindEntry(q, entry);
    q.exec();
}

void WaitingListRepository::update(const WaitingListEntry &entry)
{
    SqlQuery q(m_db,
        QStringLiteral("UPDATE waiting_lists SET offer = ?, person = ?, client = ?, asked_on = ?, "
                       "note = ?, taken_off = ?, taken_off_reason = ? WHERE id = ?"));
    bindEntry(q, entry);
    q.exec();
}

std::optional<WaitingListEntry> WaitingListRepository::byId(const QString &id) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT ") + columns
            + QStringLiteral(" FROM waiting_lists w WHERE w.id = ?"));
    q.bind(id);
    q.exec();
    if (!q.next()) return std::nullopt;
    return entryFromRow(q);
}

std::vector<WaitingListRow> WaitingListRepository::forOffer(
    IndividualOffer offer, bool waitingOnly) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT ") + columns
            + QStringLiteral(", c.first_name, c.last_name, c.alias, c.anonymous, c.phone "
                             "FROM waiting_lists w LEFT JOIN clients c ON c.id = w.client "
                             "WHERE w.offer = ?")
            + (waitingOnly ? QStringLiteral(" AND w.taken_off IS NULL") : QString())
            + QStringLiteral(" ORDER BY w.asked_on, w.seq"));
    q.raw().setForwardOnly(true);
    q.bind(enumCode(offer));
    q.exec();
    std::vector<WaitingListRow> rows;
    while (q.next()) {
        WaitingListRow row {entryFromRow(q), QString(), QString()};
        if (!row.entry.client.isEmpty()) {
            row.clientName = clientNameFrom(q, 8);
            row.clientPhone = textFrom(q.value(12));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<std::pair<IndividualOffer, int>> WaitingListRepository::waitingCounts() const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT offer, count(*) FROM waiting_lists WHERE taken_off IS NULL "
                       "GROUP BY offer"));
    q.exec();
    std::vector<std::pair<IndividualOffer, int>> counts;
    while (q.next()) {
        if (const auto offer = optionalEnumFrom<IndividualOffer>(q.value(0)))
            counts.emplace_back(*offer, q.value(1).toInt());
    }
    return counts;
}

std::vector<WaitingListEntry> WaitingListRepository::all() const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT ") + columns
            + QStringLiteral(" FROM waiting_lists w ORDER BY w.seq"));
    q.raw().setForwardOnly(true);
    q.exec();
    std::vector<WaitingListEntry> result;
    while (q.next())
        result.push_back(entryFromRow(q));
    return result;
}

} // namespace mestring::core
