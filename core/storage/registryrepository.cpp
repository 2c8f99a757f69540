#include "registryrepository.h"

#include "columnvalues.h"
#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

RegistryReport reportFromRow(const SqlQuery &q, int first)
{
    RegistryReport r;
    r.course = q.value(first).toString();
    r.event = enumFrom(q.value(first + 1), RegistryEvent::Request);
    r.reportedOn = dateFrom(q.value(first + 2));
    r.staff = textFrom(q.value(first + 3));
    return r;
}

// The number of events a course has had: one per date set.
const QString eventCount = QStringLiteral("(CASE WHEN c.request_date IS NULL THEN 0 ELSE 1 END "
                                          "+ CASE WHEN c.start_date IS NULL THEN 0 ELSE 1 END "
                                          "+ CASE WHEN c.end_date IS NULL THEN 0 ELSE 1 END)");

} // namespace

void RegistryRepository::insert(const RegistryReport &report)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO registry_reports (course, event, reported_on, staff, seq) VALUES (?, ?, ?, "
        "?, %1)");
    SqlQuery &q = m_statements.get(sql.arg(nextSeq(m_db, "registry_reports")));
    q.bind(report.course)
        .bind(enumCode(report.event))
        .bind(dateValue(report.reportedOn))
        .bind(textValue(report.staff));
    q.exec();
}

bool RegistryRepository::remove(const QString &courseId, RegistryEvent event)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM registry_reports WHERE course = ? AND event = ?"));
    q.bind(courseId).bind(enumCode(event));
    q.exec();
    return q.raw().numRowsAffected() > 0;
}

std::optional<RegistryReport> RegistryRepository::find(
    const QString &courseId, RegistryEvent event) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT course, event, reported_on, staff FROM registry_reports "
                       "WHERE course = ? AND event = ?"));
    q.bind(courseId).bind(enumCode(event));
    q.exec();
    if (!q.next()) return std::nullopt;
    return reportFromRow(q, 0);
}

std::vector<RegistryReport> RegistryRepository::all() const
{
    SqlQuery q(m_db,
        QStringLiteral(
            "SELECT course, event, reported_on, staff FROM registry_reports ORDER BY seq"));
    q.raw().setForwardOnly(true);
    q.exec();
    std::vector<RegistryReport> result;
    while (q.next())
        result.push_back(reportFromRow(q, 0));
    return result;
}

std::vector<RegistryCourseRow> RegistryRepository::worklistCourses(const QDate &reportedSince) const
{
    // One row per course and mark (a course without marks once), so only the marks of the
    // listed courses are read, not the whole table of ten years' marks.
    SqlQuery q(m_db,
        QStringLiteral(
            "SELECT c.id, c.client, c.kind, c.legal_basis, c.responsible, c.request_date, "
            "c.start_date, c.end_date, k.first_name, k.last_name, k.alias, k.anonymous, k.cpr, "
            "s.name, r.course, r.event, r.reported_on, r.staff, rs.name "
            "FROM courses c JOIN clients k ON k.id = c.client "
            "LEFT JOIN staff s ON s.id = c.responsible "
            "LEFT JOIN registry_reports r ON r.course = c.id "
            "LEFT JOIN staff rs ON rs.id = r.staff "
            "WHERE c.legal_basis <> 'SEL101a' AND NOT k.anonymous AND ("
            "(SELECT count(*) FROM registry_reports m WHERE m.course = c.id) < ")
            + eventCount
            + QStringLiteral(" OR EXISTS (SELECT 1 FROM registry_reports m WHERE m.course = c.id "
                             "AND m.reported_on >= ?)) ORDER BY c.seq"));
    q.raw().setForwardOnly(true);
    // A null date compares as nothing: no reported course is added.
    q.bind(dateValue(reportedSince));
    q.exec();
    std::vector<RegistryCourseRow> rows;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (rows.empty() || rows.back().course.id != id) {
            RegistryCourseRow row;
            Course &c = row.course;
            c.id = id;
            c.client = q.value(1).toString();
            c.kind = enumFrom(q.value(2), CourseKind::Alcohol);
            c.legalBasis = enumFrom(q.value(3), LegalBasis::Sul141);
            c.responsible = textFrom(q.value(4));
            c.requestDate = dateFrom(q.value(5));
            c.startDate = dateFrom(q.value(6));
            c.endDate = dateFrom(q.value(7));
            row.clientName = clientNameFrom(q, 8);
            row.cpr = textFrom(q.value(12));
            row.responsibleName = textFrom(q.value(13));
            rows.push_back(std::move(row));
        }
        if (q.value(14).isNull()) continue; // no marks
        rows.back().reports.push_back(reportFromRow(q, 14));
        rows.back().reportedByNames.push_back(textFrom(q.value(18)));
    }
    return rows;
}

} // namespace mestring::core
