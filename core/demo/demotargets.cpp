#include "demotargets.h"

namespace mestring::core::demo {

namespace {

struct SeedTarget
{
    const char *indicator;
    const char *breakdown; // nullptr: the indicator as a whole
    std::optional<double> baseline;
    std::optional<double> target;
};

const SeedTarget seedTargets[] = {
    {"alcohol_success_rate", nullptr, 0.36, 0.47},
    {"drug_success_rate", nullptr, 0.54, 0.57},
    {"completed_reduction_rate", "alcohol", 0.47, 0.50},
    {"completed_reduction_rate", "drug", 0.57, 0.60},
    {"no_show_rate", "drug", std::nullopt, 0.29},
    {"treatment_guarantee_rate", nullptr, std::nullopt, 1.0},
    {"residential_completion_rate", nullptr, std::nullopt, 0.50},
    {"buprenorphine_share", nullptr, std::nullopt, 0.50},
    {"families_reached", nullptr, std::nullopt, 20},
    {"goal_mastery_rate", "self_management", 0.60, 0.63},
    {"substitution_qol_rate", nullptr, std::nullopt, 1.0},
    {"followup_overdue", nullptr, std::nullopt, 0},
    {"post_discharge_followup_due", "post_1m", std::nullopt, 1.0},
    {"post_discharge_followup_due", "post_6m", std::nullopt, 1.0},
    {"medical_review_overdue", nullptr, std::nullopt, 0},
};

} // namespace

void addTargets(DemoContext &ctx)
{
    for (int year = ctx.spanStart.year(); year <= ctx.today.year(); ++year) {
        for (const SeedTarget &seed : seedTargets) {
            EffectTarget t;
            t.indicator = QLatin1StringView(seed.indicator).toString();
            if (seed.breakdown) t.breakdown = QLatin1StringView(seed.breakdown).toString();
            t.year = year;
            t.baseline = seed.baseline;
            t.target = seed.target;
            ctx.data.targets.push_back(std::move(t));
        }
    }
}

} // namespace mestring::core::demo
