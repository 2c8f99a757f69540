#include "reporttitles.h"

#include <array>

#include <QCoreApplication>
#include <QLocale>

#include "core/domain/enumtitles.h"
#include "core/domain/indicatorids.h"

namespace mestring::core {

namespace {

struct Title
{
    const char *key;
    const char *text;
};

// Source texts in English; the Danish ones are in mestring_da.ts (context "mestring").
constexpr std::array<Title, 24> indicatorTitles = {{
    {"alcohol_success_rate", QT_TRANSLATE_NOOP("mestring", "Alcohol courses with success")},
    {"drug_success_rate", QT_TRANSLATE_NOOP("mestring", "Drug courses with success")},
    {"completed_reduction_rate",
        QT_TRANSLATE_NOOP("mestring", "Completed courses with abstinence or reduction")},
    {"no_show_rate", QT_TRANSLATE_NOOP("mestring", "No-show rate")},
    {"treatment_guarantee_rate", QT_TRANSLATE_NOOP("mestring", "Treatment guarantee kept")},
    {"waiting_days_median", QT_TRANSLATE_NOOP("mestring", "Waiting days (median)")},
    {"residential_completion_rate", QT_TRANSLATE_NOOP("mestring", "Residential courses completed")},
    {"buprenorphine_share", QT_TRANSLATE_NOOP("mestring", "Buprenorphine share of substitution")},
    {"antabus_clients", QT_TRANSLATE_NOOP("mestring", "Clients on antabus")},
    {"antabus_episodes", QT_TRANSLATE_NOOP("mestring", "Antabus episodes ended")},
    {"families_reached", QT_TRANSLATE_NOOP("mestring", "Families reached")},
    {"goal_mastery_rate", QT_TRANSLATE_NOOP("mestring", "Goals mastered")},
    {"life_area_improvement", QT_TRANSLATE_NOOP("mestring", "Life areas improved")},
    {"substitution_qol_rate",
        QT_TRANSLATE_NOOP("mestring", "Quality of life kept under substitution")},
    {"phase_funnel", QT_TRANSLATE_NOOP("mestring", "Phase transitions")},
    {"group_attendance_rate", QT_TRANSLATE_NOOP("mestring", "Group attendance")},
    {"active_clients", QT_TRANSLATE_NOOP("mestring", "Active clients")},
    {"new_courses", QT_TRANSLATE_NOOP("mestring", "New courses")},
    {"ended_courses", QT_TRANSLATE_NOOP("mestring", "Ended courses")},
    {"followup_overdue", QT_TRANSLATE_NOOP("mestring", "Follow-up assessment overdue")},
    {"post_discharge_followup_due",
        QT_TRANSLATE_NOOP("mestring", "Follow-up after discharge done")},
    {"fit_improvement_rate", QT_TRANSLATE_NOOP("mestring", "FIT: reliable progress (ORS)")},
    {"fit_low_alliance_share", QT_TRANSLATE_NOOP("mestring", "FIT: sessions with SRS below 36")},
    {"medical_review_overdue", QT_TRANSLATE_NOOP("mestring", "Medical review overdue")},
}};

constexpr std::array<Title, 26> keyTitles = {{
    {"all", QT_TRANSLATE_NOOP("mestring", "All")},
    {"alcohol", QT_TRANSLATE_NOOP("mestring", "Alcohol")},
    {"drug", QT_TRANSLATE_NOOP("mestring", "Drugs")},
    {"self_management", QT_TRANSLATE_NOOP("mestring", "Self-management")},
    {"education_employment", QT_TRANSLATE_NOOP("mestring", "Education and employment")},
    {"health", QT_TRANSLATE_NOOP("mestring", "Health")},
    {"social_life", QT_TRANSLATE_NOOP("mestring", "Social life")},
    {"substance_use", QT_TRANSLATE_NOOP("mestring", "Substance use")},
    {"drugs", QT_TRANSLATE_NOOP("mestring", "Drugs")},
    {"crime", QT_TRANSLATE_NOOP("mestring", "Crime")},
    {"employment", QT_TRANSLATE_NOOP("mestring", "Employment")},
    {"economy", QT_TRANSLATE_NOOP("mestring", "Economy")},
    {"family", QT_TRANSLATE_NOOP("mestring", "Family")},
    {"mental_health", QT_TRANSLATE_NOOP("mestring", "Mental health")},
    {"physical_health", QT_TRANSLATE_NOOP("mestring", "Physical health")},
    {"post_1m", QT_TRANSLATE_NOOP("mestring", "After 1 month")},
    {"post_6m", QT_TRANSLATE_NOOP("mestring", "After 6 months")},
    {"advice_to_intro", QT_TRANSLATE_NOOP("mestring", "advice → introduction")},
    {"intro_to_assessment", QT_TRANSLATE_NOOP("mestring", "introduction → assessment")},
    {"assessment_to_treatment", QT_TRANSLATE_NOOP("mestring", "assessment → treatment")},
    {"count", QT_TRANSLATE_NOOP("mestring", "Number")},
    {"median_days", QT_TRANSLATE_NOOP("mestring", "Length in days (median)")},
    {"buckets.1-30", QT_TRANSLATE_NOOP("mestring", "1-30 days")},
    {"buckets.31-90", QT_TRANSLATE_NOOP("mestring", "31-90 days")},
    {"buckets.91-180", QT_TRANSLATE_NOOP("mestring", "91-180 days")},
    {"buckets.181+", QT_TRANSLATE_NOOP("mestring", "181 days or more")},
}};

template <std::size_t N> const char *find(const std::array<Title, N> &titles, QStringView key)
{
    for (const Title &t : titles) {
        if (key == QLatin1StringView(t.key)) return t.text;
    }
    return nullptr;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

// In plain words for a committee (domain.md section 3 says it exactly).
constexpr std::array<Title, 24> definitions = {{
    {"alcohol_success_rate",
        QT_TRANSLATE_NOOP("mestring",
            "Of the alcohol courses that ended in the period: the share that ended free of "
            "alcohol or with less drinking, or were referred on to another offer.")},
    {"drug_success_rate",
        QT_TRANSLATE_NOOP("mestring",
            "Of the drug courses that ended in the period: the share that ended free of drugs, "
            "with less use or stabilised.")},
    {"completed_reduction_rate",
        QT_TRANSLATE_NOOP("mestring",
            "Of the courses that ended as completed in the period (alcohol and drugs apart): the "
            "share that ended free of the substance or with less use.")},
    {"no_show_rate",
        QT_TRANSLATE_NOOP("mestring",
            "Of the appointments in the period that the client came to or missed: the share "
            "missed. Cancellations do not count.")},
    {"treatment_guarantee_rate",
        QT_TRANSLATE_NOOP("mestring",
            "Of the courses started in the period that the treatment guarantee applies to: the "
            "share started at most 14 days after the citizen asked for treatment.")},
    {"waiting_days_median",
        QT_TRANSLATE_NOOP("mestring",
            "The middle number of days from request to start over the same courses: half "
            "waited less, half longer.")},
    {"residential_completion_rate",
        QT_TRANSLATE_NOOP("mestring",
            "Of the residential stays that ended in the period: the share completed.")},
    {"buprenorphine_share",
        QT_TRANSLATE_NOOP("mestring",
            "Of the clients in substitution treatment on the period's last day: the share "
            "treated with buprenorphine (also with naloxone or as a depot).")},
    {"antabus_clients",
        QT_TRANSLATE_NOOP("mestring",
            "The number of clients who had antabus prescribed on at least one day of the "
            "period.")},
    {"antabus_episodes",
        QT_TRANSLATE_NOOP("mestring",
            "Unbroken runs of antabus treatment that ended in the period: how many, their middle "
            "length in days, and how many lasted 1-30, 31-90, 91-180 or more than 180 days.")},
    {"families_reached",
        QT_TRANSLATE_NOOP("mestring",
            "The number of clients who attended at least one family conversation in the "
            "period.")},
    {"goal_mastery_rate",
        QT_TRANSLATE_NOOP("mestring",
            "Of the goals closed in the period with a baseline and at least one status score: "
            "the share whose last score is as good as the baseline or better (lower is "
            "better).")},
    {"life_area_improvement",
        QT_TRANSLATE_NOOP("mestring",
            "Of the courses ended in the period that were scored on a life area both at intake "
            "and at discharge: the share that improved on it.")},
    {"substitution_qol_rate",
        QT_TRANSLATE_NOOP("mestring",
            "Of the clients in substitution treatment on the period's last day with at least "
            "two quality-of-life ratings: the share whose latest rating is at least as high as "
            "the first.")},
    {"phase_funnel",
        QT_TRANSLATE_NOOP("mestring",
            "Of the courses that entered a phase in the period: the share that went on to the "
            "next phase by the period's end.")},
    {"group_attendance_rate",
        QT_TRANSLATE_NOOP("mestring",
            "Of the attendances and no-shows registered at group sessions in the period: the "
            "share where the member came.")},
    {"active_clients",
        QT_TRANSLATE_NOOP("mestring",
            "The number of clients with a course active on at least one day of the period (a "
            "client with both an alcohol and a drug course counts once in all).")},
    {"new_courses",
        QT_TRANSLATE_NOOP("mestring", "The number of courses that started in the period.")},
    {"ended_courses",
        QT_TRANSLATE_NOOP("mestring", "The number of courses that ended in the period.")},
    {"followup_overdue",
        QT_TRANSLATE_NOOP("mestring",
            "The number of courses active on the period's last day without a status assessment "
            "in the last 91 days.")},
    {"post_discharge_followup_due",
        QT_TRANSLATE_NOOP("mestring",
            "Of the clients due a follow-up 1 month (or 6 months) after discharge in the "
            "period: the share followed up by the period's end. Those who declined and those "
            "who died do not count.")},
    {"fit_improvement_rate",
        QT_TRANSLATE_NOOP("mestring",
            "Of the courses ended in the period with at least two ORS ratings (how the client "
            "is doing): the share whose latest rating is at least 5 points above the first.")},
    {"fit_low_alliance_share",
        QT_TRANSLATE_NOOP("mestring",
            "Of the SRS ratings given in the period (how the client found the session): the "
            "share below 36, where the working relationship needs a talk.")},
    {"medical_review_overdue",
        QT_TRANSLATE_NOOP("mestring",
            "The number of clients in substitution or antabus treatment on the period's last "
            "day whose latest medical review is more than six months old.")},
}};

constexpr std::array<Title, 8> ageBandTitles = {{
    {"under 18", QT_TRANSLATE_NOOP("mestring", "Under 18 years")},
    {"18-24", QT_TRANSLATE_NOOP("mestring", "18-24 years")},
    {"25-34", QT_TRANSLATE_NOOP("mestring", "25-34 years")},
    {"35-44", QT_TRANSLATE_NOOP("mestring", "35-44 years")},
    {"45-54", QT_TRANSLATE_NOOP("mestring", "45-54 years")},
    {"55-64", QT_TRANSLATE_NOOP("mestring", "55-64 years")},
    {"65+", QT_TRANSLATE_NOOP("mestring", "65 years or more")},
    {"unknown", QT_TRANSLATE_NOOP("mestring", "Age unknown")},
}};

// A code of a closed list in its words; the code itself when it is not in the list.
template<typename E>
QString codeTitle(const QString &key, QString (*title)(E))
{
    const std::optional<E> value = parseEnum<E>(key);
    return value ? title(*value) : key;
}

} // namespace

QString indicatorDefinition(QStringView id)
{
    const char *text = find(definitions, id);
    return text ? translated(text) : QString();
}

QString dimensionTitle(ReportDimension dimension)
{
    switch (dimension) {
    case ReportDimension::Responsible:
        return QCoreApplication::translate("mestring", "Responsible staff member");
    case ReportDimension::Municipality:
        return QCoreApplication::translate("mestring", "Home municipality");
    case ReportDimension::LegalBasis:
        return QCoreApplication::translate("mestring", "Legal basis");
    case ReportDimension::Program:
        return QCoreApplication::translate("mestring", "Programme");
    case ReportDimension::Sex:
        return QCoreApplication::translate("mestring", "Sex");
    case ReportDimension::AgeBand:
        return QCoreApplication::translate("mestring", "Age group");
    }
    return QString();
}

QString groupTitle(ReportDimension dimension, const QString &key, const QString &name)
{
    switch (dimension) {
    case ReportDimension::Responsible:
        if (key.isEmpty()) return QCoreApplication::translate("mestring", "No responsible");
        return name.isEmpty() ? key : name;
    case ReportDimension::Municipality:
        if (key.isEmpty()) return QCoreApplication::translate("mestring", "Municipality unknown");
        return key;
    case ReportDimension::LegalBasis:
        return codeTitle<LegalBasis>(key, legalBasisTitle);
    case ReportDimension::Program:
        return codeTitle<Program>(key, programTitle);
    case ReportDimension::Sex: {
        if (key.isEmpty()) return QCoreApplication::translate("mestring", "Sex unknown");
        QString title = codeTitle<Sex>(key, sexTitle);
        if (!title.isEmpty()) title[0] = title[0].toUpper();
        return title;
    }
    case ReportDimension::AgeBand: {
        const char *text = find(ageBandTitles, key);
        return text ? translated(text) : key;
    }
    }
    return key;
}

QString periodTitle(const QDate &from, const QDate &to)
{
    const QString format = QStringLiteral("dd-MM-yyyy");
    return from.toString(format) + QStringLiteral(" – ") + to.toString(format);
}

QString compareTitle(CompareMode mode)
{
    return mode == CompareMode::Previous
        ? QCoreApplication::translate("mestring", "Previous period")
        : QCoreApplication::translate("mestring", "Same period last year");
}

QString compareColumnTitle(CompareMode mode)
{
    return mode == CompareMode::Previous
        ? QCoreApplication::translate("mestring", "Previous period")
        : QCoreApplication::translate("mestring", "Last year");
}

QString indicatorTitle(QStringView id)
{
    const char *text = find(indicatorTitles, id);
    return text ? translated(text) : id.toString();
}

QString breakdownTitle(QStringView key)
{
    if (key.isEmpty()) return QString();
    if (const char *text = find(keyTitles, key)) return translated(text);
    // A phase-funnel key: kind, dot, transition.
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        const char *kind = find(keyTitles, key.left(dot));
        const char *transition = find(keyTitles, key.mid(dot + 1));
        if (kind && transition) {
            return QCoreApplication::translate("mestring", "%1: %2", "kind: phase transition")
                .arg(translated(kind), translated(transition));
        }
    }
    return key.toString();
}

bool indicatorIsRate(QStringView id)
{
    const IndicatorInfo *info = findIndicator(id);
    if (!info) return false;
    const auto name = indicatorIdView(info->id);
    return name.endsWith(QLatin1StringView("_rate")) || name.endsWith(QLatin1StringView("_share"))
        || name == QLatin1StringView("life_area_improvement")
        || name == QLatin1StringView("phase_funnel")
        || name == QLatin1StringView("post_discharge_followup_due");
}

} // namespace mestring::core
