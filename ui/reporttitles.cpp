#include "reporttitles.h"

#include <array>

#include <QCoreApplication>
#include <QLocale>

#include "core/domain/indicatorids.h"

namespace mestring::ui {

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

} // namespace

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
    const core::IndicatorInfo *info = core::findIndicator(id);
    if (!info) return false;
    const auto name = core::indicatorIdView(info->id);
    return name.endsWith(QLatin1StringView("_rate")) || name.endsWith(QLatin1StringView("_share"))
        || name == QLatin1StringView("life_area_improvement")
        || name == QLatin1StringView("phase_funnel")
        || name == QLatin1StringView("post_discharge_followup_due");
}

QString formatShare(std::optional<double> share)
{
    if (!share) return QStringLiteral("–");
    return QCoreApplication::translate("mestring", "%1 %", "percentage")
        .arg(QLocale().toString(*share * 100.0, 'f', 1));
}

QString formatNumber(std::optional<double> value)
{
    if (!value) return QStringLiteral("–");
    return QLocale().toString(*value, 'g', 10);
}

} // namespace mestring::ui
