#include "courserepository.h"

#include <QHash>

#include "columnvalues.h"
#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

const QString columns = QStringLiteral(
    "id, client, kind, legal_basis, setting, program, primary_substance, secondary_substances, "
    "responsible, request_date, start_date, end_date, end_reason, outcome, guarantee_exempt, "
    "guarantee_delay_reason, declined_followup, residential_provider, planned_weeks");

Course courseFromRow(const SqlQuery &q)
{
    Course c;
    c.id = q.value(0).toString();
    c.client = q.value(1).toString();
    c.kind = parseEnum<CourseKind>(q.value(2).toString()).value_or(CourseKind::Alcohol);
    c.legalBasis = parseEnum<LegalBasis>(q.value(3).toString()).value_or(LegalBasis::Sul141);
    c.setting = parseEnum<Setting>(q.value(4).toString()).value_or(Setting::Ambulant);
    c.program = parseEnum<Program>(q.value(5).toString()).value_or(Program::Standard);
    c.primarySubstance = parseEnum<Substance>(q.value(6).toString()).value_or(Substance::Other);
    for (const QString &code : q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto s = parseEnum<Substance>(code))
            c.secondarySubstances.push_back(*s);
    }
    c.responsible = textFrom(q.value(8));
    c.requestDate = dateFrom(q.value(9));
    c.startDate = dateFrom(q.value(10));
    c.endDate = dateFrom(q.value(11));
    c.endReason = optionalEnumFrom<EndReason>(q.value(12));
    c.outcome = optionalEnumFrom<Outcome>(q.value(13));
    c.guaranteeExempt = optionalEnumFrom<GuaranteeExempt>(q.value(14));
    c.guaranteeDelayReason = textFrom(q.value(15));
    c.declinedFollowup = q.value(16).toBool();
    c.residentialProvider = textFrom(q.value(17));
    c.plannedWeeks = optionalIntFrom(q.value(18));
    return c;
}

void bindCourse(SqlQuery &q, const Course &c)
{
    QStringList secondary;
    for (Substance s : c.secondarySubstances)
        secondary << enumCode(s);
    q.bind(c.client)
        .bind(enumCode(c.kind))
        .bind(enumCode(c.legalBasis))
        .bind(enumCode(c.setting))
        .bind(enumCode(c.program))
        .bind(enumCode(c.primarySubstance))
        .bind(secondary.isEmpty() ? QStringLiteral("") : secondary.join(QLatin1Char(',')))
        .bind(textValue(c.responsible))
        .bind(dateValue(c.requestDate))
        .bind(dateValue(c.startDate))
        .bind(dateValue(c.endDate))
        .bind(enumValue(c.endReason))
        .bind(enumValue(c.outcome))
        .bind(enumValue(c.guaranteeExempt))
        .bind(textValue(c.guaranteeDelayReason))
        .bind(c.declinedFollowup)
        .bind(textValue(c.residentialProvider))
        .bind(optionalValue(c.plannedWeeks));
}

} // namespace

void CourseRepository::insert(const Course &course)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO courses (client, kind, legal_basis, setting, program, primary_substance, "
        "secondary_substances, responsible, request_date, start_date, end_date, end_reason, "
        "outcome, guarantee_exempt, guarantee_delay_reason, declined_followup, "
        "residential_provider, planned_weeks, id, seq) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "%1)");
    SqlQuery &q = m_statements.get(sql.arg(nextSeq(m_db, "courses")));
    bindCourse(q, course);
    q.bind(course.id);
    q.exec();
    insertPhases(course);
}

void CourseRepository::update(const Course &course)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE courses SET client = ?, kind = ?, legal_basis = ?, "
                                    "setting = ?, program = ?, primary_substance = ?, "
                                    "secondary_substances = ?, responsible = ?, request_date = ?, "
                                    "start_date = ?, end_date = ?, end_reason = ?, outcome = ?, "
                                    "guarantee_exempt = ?, guarantee_delay_reason = ?, "
                                    "declined_followup = ?, residential_provider = ?, "
                                    "planned_weeks = ? WHERE id = ?"));
    bindCourse(q, course);
    q.bind(course.id);
    q.exec();
    SqlQuery del(m_db, QStringLiteral("DELETE FROM course_phases WHERE course = ?"));
    del.bind(course.id);
    del.exec();
    insertPhases(course);
}

void CourseRepository::insertPhases(const Course &course)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO course_phases (course, position, phase, date) VALUES (?, ?, ?, ?)");
    SqlQuery &q = m_statements.get(sql);
    for (std::size_t i = 0; i < course.phases.size(); ++i) {
        q.bind(course.id).bind(int(i)).bind(enumCode(course.phases[i].phase))
            .bind(dateValue(course.phases[i].date));
        q.exec();
    }
}

std::vector<Course> CourseRepository::load(const QString &where, const QVariant &value) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM courses ") + where
                         + QStringLiteral(" ORDER BY seq"));
    q.raw().setForwardOnly(true);
    if (value.isValid())
        q.bind(value);
    q.exec();
    std::vector<Course> courses;
    QHash<QString, std::size_t> index;
    while (q.next()) {
        index.insert(q.value(0).toString(), courses.size());
        courses.push_back(courseFromRow(q));
    }
    SqlQuery phases(m_db, QStringLiteral("SELECT p.course, p.phase, p.date FROM course_phases p "
                                         "JOIN courses ON courses.id = p.course ")
                              + where + QStringLiteral(" ORDER BY p.course, p.position"));
    phases.raw().setForwardOnly(true);
    if (value.isValid())
        phases.bind(value);
    phases.exec();
    while (phases.next()) {
        auto it = index.constFind(phases.value(0).toString());
        if (it == index.cend())
            continue;
        courses[*it].phases.push_back(
            {parseEnum<Phase>(phases.value(1).toString()).value_or(Phase::Intro),
             dateFrom(phases.value(2))});
    }
    return courses;
}

std::optional<Course> CourseRepository::byId(const QString &id) const
{
    auto rows = load(QStringLiteral("WHERE courses.id = ?"), id);
    return rows.empty() ? std::nullopt : std::optional<Course>(rows.front());
}

std::vector<Course> CourseRepository::forClient(const QString &clientId) const
{
    return load(QStringLiteral("WHERE courses.client = ?"), clientId);
}

std::vector<Course> CourseRepository::all() const
{
    return load(QString(), QVariant());
}

} // namespace mestring::core
