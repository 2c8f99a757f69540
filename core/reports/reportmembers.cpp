#include "reportmembers.h"

#include <algorithm>
#include <numeric>

#include "core/domain/indicatorids.h"
#include "core/domain/nameorder.h"
#include "core/storage/sqlquery.h"

using namespace Qt::Literals::StringLiterals;

namespace mestring::core {

qint64 IndicatorMembers::numerator() const
{
    return std::accumulate(members.begin(), members.end(), qint64(0),
        [](qint64 sum, const IndicatorMember &m) { return sum + m.numerator; });
}

qint64 IndicatorMembers::denominator() const
{
    return std::accumulate(members.begin(), members.end(), qint64(0),
        [](qint64 sum, const IndicatorMember &m) { return sum + m.denominator; });
}

MemberCollector::MemberCollector(QString indicator, QString breakdown)
    : m_indicator(std::move(indicator))
    , m_breakdown(std::move(breakdown))
{
}

void MemberCollector::add(
    std::string_view indicator, QStringView breakdown, const IndicatorMember &member)
{
    if (m_indicator != indicatorIdView(indicator) || breakdown != m_breakdown) return;
    const QString key = member.first.isValid()
        ? member.id + QLatin1Char('/') + member.first.toString(Qt::ISODate)
        : member.id;
    const auto found = m_index.constFind(key);
    if (found != m_index.cend()) {
        m_members[*found].numerator += member.numerator;
        m_members[*found].denominator += member.denominator;
        return;
    }
    m_index.insert(key, m_members.size());
    m_members.push_back(member);
}

IndicatorMembers MemberCollector::take(MemberUnit unit)
{
    m_index.clear();
    return {unit, std::exchange(m_members, {})};
}

namespace {

// Bound values per IN list, well below every driver's limit.
constexpr std::size_t idsPerQuery = 500;

// Runs `sql` (ending in "IN (") once per slice of `ids`, calling `row` for every row.
template <typename RowFn>
void forIdSlices(const Database &db, const QString &sql, const QStringList &ids, RowFn row)
{
    for (qsizetype first = 0; first < ids.size(); first += qsizetype(idsPerQuery)) {
        const QStringList slice = ids.mid(first, qsizetype(idsPerQuery));
        SqlQuery q(db, sql + placeholderList(slice.size()) + QLatin1Char(')'));
        for (const QString &id : slice)
            q.bind(id);
        q.exec();
        while (q.next())
            row(q);
    }
}

// First and last name at `column` and after it, then the alias: an anonymous client has only
// the alias.
QString nameOf(SqlQuery &q, int column)
{
    const QString name
        = QString(q.value(column).toString() + QLatin1Char(' ') + q.value(column + 1).toString())
              .trimmed();
    return name.isEmpty() ? q.value(column + 2).toString() : name;
}

MemberRow courseRow(SqlQuery &q)
{
    MemberRow row;
    row.courseId = q.value(0).toString();
    row.clientId = q.value(1).toString();
    row.kind = parseEnum<CourseKind>(q.value(2).toString());
    row.start = dateFrom(q.value(3));
    row.end = dateFrom(q.value(4));
    row.clientName = nameOf(q, 5);
    row.requested = dateFrom(q.value(8));
    row.delayReason = textFrom(q.value(9));
    row.responsible = textFrom(q.value(10));
    return row;
}

} // namespace

std::vector<MemberRow> memberRows(const Database &db, const IndicatorMembers &members)
{
    QStringList ids;
    for (const IndicatorMember &m : members.members)
        ids << m.id;
    const QString select = QStringLiteral(
        "SELECT c.id, c.client, c.kind, c.start_date, c.end_date, k.first_name, k.last_name, "
        "k.alias, c.request_date, c.guarantee_delay_reason, s.name "
        "FROM courses c JOIN clients k ON k.id = c.client "
        "LEFT JOIN staff s ON s.id = c.responsible WHERE ");
    QHash<QString, MemberRow> found;
    if (members.unit == MemberUnit::Course) {
        forIdSlices(db, select + QStringLiteral("c.id IN ("), ids,
            [&](SqlQuery &q) { found.insert(q.value(0).toString(), courseRow(q)); });
    } else {
        // The client's latest course: the latest start, a request without start last of all.
        forIdSlices(db, select + QStringLiteral("c.client IN ("), ids, [&](SqlQuery &q) {
            MemberRow row = courseRow(q);
            const auto it = found.constFind(row.clientId);
            if (it == found.cend() || (row.start.isValid() && it->start < row.start))
                found.insert(row.clientId, row);
        });
        forIdSlices(db,
            QStringLiteral("SELECT id, first_name, last_name, alias FROM clients WHERE id IN ("),
            ids, [&](SqlQuery &q) {
                if (found.contains(q.value(0).toString())) return;
                MemberRow row;
                row.clientId = q.value(0).toString();
                row.clientName = nameOf(q, 1);
                found.insert(row.clientId, row);
            });
    }
    std::vector<MemberRow> rows;
    rows.reserve(members.members.size());
    for (const IndicatorMember &m : members.members) {
        MemberRow row = found.value(m.id);
        if (members.unit == MemberUnit::Client) row.clientId = m.id;
        row.numerator = m.numerator;
        row.denominator = m.denominator;
        row.first = m.first;
        row.last = m.last;
        rows.push_back(row);
    }
    // In Danish alphabetical order, as every list of names (the member order is the computation's).
    std::stable_sort(rows.begin(), rows.end(), [](const MemberRow &x, const MemberRow &y) {
        const int byName = compareNames(x.clientName, y.clientName);
        return byName != 0 ? byName < 0 : x.start < y.start;
    });
    return rows;
}

bool hasMembers(QStringView indicator)
{
    return isIndicatorId(indicator);
}

MemberUnit memberUnit(QStringView indicator)
{
    static const QStringView clientIndicators[]
        = {u"active_clients", u"families_reached", u"buprenorphine_share", u"antabus_clients",
            u"antabus_episodes", u"medical_review_overdue", u"substitution_qol_rate"};
    for (QStringView id : clientIndicators) {
        if (indicator == id) return MemberUnit::Client;
    }
    return MemberUnit::Course;
}

} // namespace mestring::core
