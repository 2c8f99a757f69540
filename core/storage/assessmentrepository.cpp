#include "assessmentrepository.h"

#include "columnvalues.h"
#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

// The life-area columns follow the order of LifeArea, so column 4 + i is area i.
const QString columns = QStringLiteral(
    "id, course, date, type, alcohol, drugs, crime, employment, economy, family, mental_health, "
    "physical_health, quality_of_life, days_used_last_28, drinks_per_week");
constexpr int firstAreaColumn = 4;
static_assert(enumCount<LifeArea>() == 8, "one column per life area");

Assessment assessmentFromRow(const SqlQuery &q)
{
    Assessment a;
    a.id = q.value(0).toString();
    a.course = q.value(1).toString();
    a.date = dateFrom(q.value(2));
    a.type = enumFrom(q.value(3), AssessmentType::Followup);
    for (int i = 0; i < enumCount<LifeArea>(); ++i)
        a.areas[std::size_t(i)] = optionalIntFrom(q.value(firstAreaColumn + i));
    const int next = firstAreaColumn + enumCount<LifeArea>();
    a.qualityOfLife = optionalIntFrom(q.value(next));
    a.daysUsedLast28 = optionalIntFrom(q.value(next + 1));
    a.drinksPerWeek = optionalIntFrom(q.value(next + 2));
    return a;
}

void bindAssessment(SqlQuery &q, const Assessment &a)
{
    q.bind(a.course).bind(dateValue(a.date)).bind(enumCode(a.type));
    for (const std::optional<int> &area : a.areas)
        q.bind(optionalValue(area));
    q.bind(optionalValue(a.qualityOfLife))
        .bind(optionalValue(a.daysUsedLast28))
        .bind(optionalValue(a.drinksPerWeek))
        .bind(a.id);
}

} // namespace

void AssessmentRepository::insert(const Assessment &assessment)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO assessments (course, date, type, alcohol, drugs, crime, employment, economy, "
        "family, mental_health, physical_health, quality_of_life, days_used_last_28, "
        "drinks_per_week, id, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "%1)");
    SqlQuery &q = m_statements.get(sql.arg(nextSeq(m_db, "assessments")));
    bindAssessment(q, assessment);
    q.exec();
}

void AssessmentRepository::update(const Assessment &assessment)
{
    SqlQuery q(m_db,
        QStringLiteral("UPDATE assessments SET course = ?, date = ?, type = ?, "
                       "alcohol = ?, drugs = ?, crime = ?, employment = ?, "
                       "economy = ?, family = ?, mental_health = ?, "
                       "physical_health = ?, quality_of_life = ?, "
                       "days_used_last_28 = ?, drinks_per_week = ? WHERE id = ?"));
    bindAssessment(q, assessment);
    q.exec();
}

std::vector<Assessment> AssessmentRepository::load(
    const QString &whereAndOrder, const QVariant &value) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM assessments ") + whereAndOrder);
    q.raw().setForwardOnly(true);
    if (value.isValid()) q.bind(value);
    q.exec();
    std::vector<Assessment> result;
    while (q.next())
        result.push_back(assessmentFromRow(q));
    return result;
}

std::optional<Assessment> AssessmentRepository::byId(const QString &id) const
{
    auto rows = load(QStringLiteral("WHERE id = ?"), id);
    return rows.empty() ? std::nullopt : std::optional<Assessment>(rows.front());
}

std::vector<Assessment> AssessmentRepository::forCourse(const QString &courseId) const
{
    return load(QStringLiteral("WHERE course = ? ORDER BY date, id"), courseId);
}

std::vector<Assessment> AssessmentRepository::all() const
{
    return load(QStringLiteral("ORDER BY seq"), QVariant());
}

} // namespace mestring::core
