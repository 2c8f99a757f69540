#include "feedbackrepository.h"

#include <algorithm>

#include "columnvalues.h"
#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

const QString columns = QStringLiteral("f.id, f.course, f.appointment, f.session, f.date, "
                                       "f.scale, f.item1, f.item2, f.item3, f.item4");

FitRating ratingFromRow(const SqlQuery &q)
{
    FitRating r;
    r.id = q.value(0).toString();
    r.course = q.value(1).toString();
    r.appointment = textFrom(q.value(2));
    r.session = textFrom(q.value(3));
    r.date = dateFrom(q.value(4));
    r.scale = enumFrom(q.value(5), FitScale::Ors);
    for (int i = 0; i < 4; ++i)
        r.items[std::size_t(i)] = q.value(6 + i).toInt();
    return r;
}

} // namespace

void FeedbackRepository::insert(const FitRating &r)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO feedback (id, course, client, appointment, session, date, scale, item1, "
        "item2, item3, item4, total, seq) VALUES (?, ?, (SELECT client FROM courses WHERE id = ?), "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, %1)");
    SqlQuery &q = m_statements.get(sql.arg(nextSeq(m_db, "feedback")));
    q.bind(r.id)
        .bind(r.course)
        .bind(r.course)
        .bind(textValue(r.appointment))
        .bind(textValue(r.session))
        .bind(dateValue(r.date))
        .bind(enumCode(r.scale));
    for (const int item : r.items)
        q.bind(item);
    q.bind(r.total());
    q.exec();
}

void FeedbackRepository::updateItems(const FitRating &r)
{
    SqlQuery q(m_db,
        QStringLiteral("UPDATE feedback SET item1 = ?, item2 = ?, item3 = ?, item4 = ?, "
                       "total = ? WHERE id = ?"));
    for (const int item : r.items)
        q.bind(item);
    q.bind(r.total()).bind(r.id);
    q.exec();
}

std::vector<FitRating> FeedbackRepository::load(
    const QString &whereAndOrder, const QVariantList &values) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM feedback f ") + whereAndOrder);
    q.raw().setForwardOnly(true);
    for (const QVariant &value : values)
        q.bind(value);
    q.exec();
    std::vector<FitRating> result;
    while (q.next())
        result.push_back(ratingFromRow(q));
    return result;
}

std::optional<FitRating> FeedbackRepository::byId(const QString &id) const
{
    auto rows = load(QStringLiteral("WHERE f.id = ?"), {id});
    return rows.empty() ? std::nullopt : std::optional<FitRating>(rows.front());
}

std::vector<FitRating> FeedbackRepository::forCourse(const QString &courseId) const
{
    std::vector<FitRating> rows = load(QStringLiteral("WHERE f.course = ?"), {courseId});
    // Earliest first with the id tie-break, decided here rather than by a database collation.
    std::sort(rows.begin(), rows.end(), [](const FitRating &a, const FitRating &b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    return rows;
}

std::vector<FitRating> FeedbackRepository::forSession(
    const QString &clientId, const QString &appointmentId, const QString &sessionId) const
{
    if (!appointmentId.isEmpty())
        return load(QStringLiteral("WHERE f.appointment = ?"), {appointmentId});
    return load(QStringLiteral("WHERE f.session = ? AND f.client = ?"), {sessionId, clientId});
}

std::vector<FitRating> FeedbackRepository::forAppointments(const QStringList &appointmentIds) const
{
    std::vector<FitRating> result;
    // In slices, so no statement has more bound values than any database allows.
    constexpr qsizetype slice = 500;
    for (qsizetype from = 0; from < appointmentIds.size(); from += slice) {
        const QStringList part = appointmentIds.mid(from, slice);
        QVariantList values(part.begin(), part.end());
        std::vector<FitRating> rows = load(QStringLiteral("WHERE f.appointment IN (")
                + placeholderList(part.size()) + QStringLiteral(")"),
            values);
        result.insert(result.end(), rows.begin(), rows.end());
    }
    return result;
}

std::vector<FitRating> FeedbackRepository::forGroupSession(const QString &sessionId) const
{
    return load(QStringLiteral("WHERE f.session = ?"), {sessionId});
}

bool FeedbackRepository::anyForGroupSessions(const QStringList &sessionIds) const
{
    if (sessionIds.isEmpty()) return false;
    SqlQuery q(m_db,
        QStringLiteral("SELECT count(*) FROM feedback WHERE session IN (")
            + placeholderList(sessionIds.size()) + QStringLiteral(")"));
    for (const QString &id : sessionIds)
        q.bind(id);
    return q.scalar().toInt() > 0;
}

std::vector<FitRating> FeedbackRepository::ofCoursesOpenOn(
    const QDate &day, const QString &clientId, const QString &responsible) const
{
    QString where = QStringLiteral(
        "JOIN courses c ON c.id = f.course WHERE (c.end_date IS NULL OR c.end_date >= ?)");
    QVariantList values {dateValue(day)};
    if (!clientId.isEmpty()) {
        where += QStringLiteral(" AND f.client = ?");
        values << clientId;
    }
    if (!responsible.isEmpty()) {
        where += QStringLiteral(" AND c.responsible = ?");
        values << responsible;
    }
    return load(where, values);
}

std::vector<FitRating> FeedbackRepository::all() const
{
    return load(QStringLiteral("ORDER BY f.seq"), {});
}

} // namespace mestring::core
