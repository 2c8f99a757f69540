#include "courserules.h"

#include <QCoreApplication>

#include "textlimits.h"
#include "coursehistoryrules.h"
#include "issuehelpers.h"

namespace mestring::core {

namespace {

void checkRequired(const Course &course, RuleIssues &issues)
{
    if (course.id.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("id"),
            QCoreApplication::translate("mestring", "The course has no id.")));
    }
    if (course.client.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("client"),
            QCoreApplication::translate(
                "mestring", "The course belongs to no client. Choose the client.")));
    }
    if (!course.requestDate.isValid() && !course.startDate.isValid()) {
        issues.push_back(dataError(QStringLiteral("request_date"),
            QCoreApplication::translate("mestring",
                "The course has neither a request date nor a start "
                "date. Enter the day the citizen asked for treatment.")));
    }
}

bool legalBasisFitsKind(LegalBasis basis, CourseKind kind)
{
    switch (basis) {
    case LegalBasis::Sul141:
        return kind == CourseKind::Alcohol;
    case LegalBasis::Sul142:
    case LegalBasis::Sel101:
    case LegalBasis::Sel101a:
        return kind == CourseKind::Drug;
    case LegalBasis::Sel107:
        return true;
    }
    return false;
}

void checkLegalBasis(const Course &course, RuleIssues &issues)
{
    if (!legalBasisFitsKind(course.legalBasis, course.kind)) {
        issues.push_back(dataError(QStringLiteral("legal_basis"),
            QCoreApplication::translate("mestring",
                "The legal basis does not fit the kind of course: SUL "
                "§ 141 is for alcohol treatment; SUL § 142, SEL § 101 "
                "and SEL § 101 a are for drug treatment. Choose another "
                "legal basis or kind.")));
    }
    if (course.legalBasis == LegalBasis::Sel107 && course.setting != Setting::Residential) {
        issues.push_back(dataError(QStringLiteral("setting"),
            QCoreApplication::translate("mestring",
                "A course under SEL § 107 is a residential stay. Set the "
                "setting to residential, or choose another legal "
                "basis.")));
    }
    if (course.legalBasis == LegalBasis::Sel101a && course.setting != Setting::Ambulant) {
        issues.push_back(dataError(QStringLiteral("setting"),
            QCoreApplication::translate("mestring",
                "Anonymous treatment under SEL § 101 a is ambulant "
                "only. Set the setting to ambulant, or choose another "
                "legal basis.")));
    }
}

void checkResidential(const Course &course, RuleIssues &issues)
{
    const bool residential = course.setting == Setting::Residential;
    if (!residential && !course.residentialProvider.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("residential_provider"),
            QCoreApplication::translate("mestring",
                "Only a residential course has a residential provider. "
                "Remove the provider, or set the setting to "
                "residential.")));
    }
    if (!residential && course.plannedWeeks) {
        issues.push_back(dataError(QStringLiteral("planned_weeks"),
            QCoreApplication::translate("mestring",
                "Only a residential course has planned weeks. Remove "
                "them, or set the setting to residential.")));
    } else if (course.plannedWeeks && *course.plannedWeeks < 1) {
        issues.push_back(dataError(QStringLiteral("planned_weeks"),
            QCoreApplication::translate("mestring", "The planned stay must be at least 1 week.")));
    }
}

void checkDates(const Course &course, RuleIssues &issues)
{
    if (course.requestDate.isValid() && course.startDate.isValid()
        && course.startDate < course.requestDate) {
        issues.push_back(dataError(QStringLiteral("start_date"),
            QCoreApplication::translate("mestring",
                "The course starts before the citizen asked for "
                "treatment. Correct the start date or the request "
                "date.")));
    }
    const QDate from = courseIntervalStart(course);
    if (course.endDate.isValid() && from.isValid() && course.endDate < from) {
        issues.push_back(dataError(QStringLiteral("end_date"),
            QCoreApplication::translate("mestring",
                "The course ends before it starts. Correct the end "
                "date.")));
    }
    for (std::size_t i = 0; i < course.phases.size(); ++i) {
        const QDate &date = course.phases[i].date;
        const QString path
            = elementPath(QLatin1StringView("phases"), qsizetype(i), QLatin1StringView("date"));
        if (!date.isValid()) {
            issues.push_back(dataError(path,
                QCoreApplication::translate("mestring",
                    "The phase entry has no date. Enter the day "
                    "the course entered the phase.")));
        } else if (i > 0 && course.phases[i - 1].date.isValid()
            && date < course.phases[i - 1].date) {
            issues.push_back(dataError(path,
                QCoreApplication::translate("mestring",
                    "The phase entry is dated before the entry "
                    "above it. Phase dates must never decrease; "
                    "correct the date.")));
        }
    }
}

void checkEnd(const Course &course, RuleIssues &issues)
{
    const QString reasonPath = QStringLiteral("end_reason");
    const QString outcomePath = QStringLiteral("outcome");
    if (course.endDate.isValid()) {
        if (!course.endReason) {
            issues.push_back(dataError(reasonPath,
                QCoreApplication::translate("mestring",
                    "The course has an end date but no end "
                    "reason. Choose why the course ended.")));
        }
        if (!course.outcome) {
            issues.push_back(dataError(outcomePath,
                QCoreApplication::translate("mestring",
                    "The course has an end date but no outcome. Choose "
                    "the client's status on the substance at the end.")));
        }
    } else {
        if (course.endReason) {
            issues.push_back(dataError(reasonPath,
                QCoreApplication::translate("mestring",
                    "The course has an end reason but no end date. Enter "
                    "the end date, or remove the end reason.")));
        }
        if (course.outcome) {
            issues.push_back(dataError(outcomePath,
                QCoreApplication::translate("mestring",
                    "The course has an outcome but no end date. Enter "
                    "the end date, or remove the outcome.")));
        }
    }
    if (course.outcome == Outcome::Stabilised && course.kind != CourseKind::Drug) {
        issues.push_back(dataError(outcomePath,
            QCoreApplication::translate("mestring",
                "The outcome 'stabilised' is for drug "
                "courses only. Choose another outcome.")));
    }
}

void checkGuaranteeExemption(const Course &course, RuleIssues &issues)
{
    const QString path = QStringLiteral("guarantee_exempt");
    const bool anonymousBasis = course.legalBasis == LegalBasis::Sel101a;
    if (course.guaranteeExempt == GuaranteeExempt::Anonymous && !anonymousBasis) {
        issues.push_back(dataError(path,
            QCoreApplication::translate("mestring",
                "Only anonymous treatment under SEL § 101 a is "
                "exempt from the treatment guarantee as anonymous. "
                "Choose free choice, or remove the exemption.")));
    } else if (anonymousBasis && course.guaranteeExempt != GuaranteeExempt::Anonymous) {
        issues.push_back(dataError(path,
            QCoreApplication::translate("mestring",
                "The treatment guarantee does not apply to "
                "anonymous treatment under SEL § 101 a. Set the "
                "exemption to anonymous.")));
    }
    if (course.guaranteeExempt && !course.guaranteeDelayReason.trimmed().isEmpty()) {
        issues.push_back(dataError(QStringLiteral("guarantee_delay_reason"),
            QCoreApplication::translate("mestring",
                "The course is exempt from the treatment guarantee, so "
                "it has no delay reason. Remove the reason or the "
                "exemption.")));
    }
}

// Workflow rule: the program asks for a reason when treatment starts after day 14.
void checkGuaranteeDelay(const Course &course, RuleIssues &issues)
{
    if (course.guaranteeExempt || !course.requestDate.isValid() || !course.startDate.isValid()
        || !course.guaranteeDelayReason.trimmed().isEmpty()) {
        return;
    }
    const qint64 waited = course.requestDate.daysTo(course.startDate);
    if (waited <= treatmentGuaranteeDays) return;
    issues.push_back(workflowWarning(QStringLiteral("guarantee_delay_reason"),
        QCoreApplication::translate("mestring",
            "Treatment started %n day(s) after the request, later than "
            "the 14 days of the treatment guarantee. Enter the reason "
            "for the delay.",
            nullptr, int(waited))));
}
} // namespace

RuleIssues checkCourse(const Course &course)
{
    RuleIssues issues;
    checkRequired(course, issues);
    checkLegalBasis(course, issues);
    checkResidential(course, issues);
    checkDates(course, issues);
    checkEnd(course, issues);
    checkGuaranteeExemption(course, issues);
    checkGuaranteeDelay(course, issues);
    checkTextLength(issues, QStringLiteral("guarantee_delay_reason"), course.guaranteeDelayReason,
        textlimit::reason);
    checkTextLength(issues, QStringLiteral("residential_provider"), course.residentialProvider,
        textlimit::provider);
    return issues;
}

RuleIssues checkCourseClient(const Course &course, const Client &client)
{
    if (!client.anonymous || course.setting == Setting::Ambulant) return {};
    return {dataError(QStringLiteral("setting"),
        QCoreApplication::translate("mestring",
            "An anonymous client can only have ambulant "
            "courses. Set the setting to ambulant, or "
            "register the client with name and CPR "
            "number."))};
}

} // namespace mestring::core
