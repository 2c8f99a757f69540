#include "reportjson.h"

#include "core/domain/indicatorids.h"
#include "core/exchange/jsontextwriter.h"
#include "reportrows.h"
#include "reporttargets.h"

using namespace Qt::Literals::StringLiterals;

namespace mestring::core {

namespace {

using exchange::JsonTextWriter;

QLatin1StringView latin1(const char *text)
{
    return QLatin1StringView(text);
}

// Writes the "indicators" object of one report: the centre's with its targets, a group's or
// the comparison period's without.
class IndicatorsWriter
{
public:
    IndicatorsWriter(JsonTextWriter &w, const EffectReport &report,
        std::optional<ReportDimension> groupsOf = std::nullopt)
        : m_w(w)
        , m_report(report)
        , m_groupsOf(groupsOf)
    {
    }

    void write()
    {
        m_w.beginObject();
        for (const IndicatorInfo &info : indicators) {
            m_indicator = indicatorIdView(info.id).toString();
            if (m_groupsOf && !splitsUnder(m_indicator, *m_groupsOf)) continue;
            m_w.key(indicatorIdView(info.id));
            indicator(info.id);
        }
        m_w.endObject();
    }

private:
    void indicator(std::string_view id);
    void counts(std::string_view id);

    // Opens a breakdown object.
    void beginBreakdown() { m_w.beginObject(); }
    // Closes a breakdown object: a target for the indicator as a whole stands beside its keys.
    void endBreakdown()
    {
        target({});
        m_w.endObject();
    }

    void target(const QString &breakdown)
    {
        const ShownTarget shown = shownTarget(m_report, m_indicator, breakdown);
        if (shown.target) {
            m_w.key("target"_L1);
            m_w.numberValue(*shown.target);
        }
        if (shown.proRata()) {
            m_w.key("pro_rata"_L1);
            m_w.boolValue(true);
            m_w.key("yearly_target"_L1);
            m_w.numberValue(*shown.yearlyTarget);
        }
        if (shown.baseline) {
            m_w.key("baseline"_L1);
            m_w.numberValue(*shown.baseline);
        }
    }

    void number(QLatin1StringView key, std::optional<double> value)
    {
        m_w.key(key);
        if (value)
            m_w.numberValue(*value);
        else
            m_w.nullValue();
    }

    void integer(QLatin1StringView key, qint64 value)
    {
        m_w.key(key);
        m_w.intValue(value);
    }

    void ratio(const Ratio &r, const QString &breakdown = {})
    {
        m_w.beginObject();
        integer("numerator"_L1, r.numerator);
        integer("denominator"_L1, r.denominator);
        number("value"_L1, r.value());
        target(breakdown);
        m_w.endObject();
    }

    void value(std::optional<double> v, const QString &breakdown = {})
    {
        m_w.beginObject();
        number("value"_L1, v);
        target(breakdown);
        m_w.endObject();
    }

    template <typename E, typename Item, std::size_t N, typename WriteItem>
    void byEnum(const std::array<Item, N> &items, WriteItem writeItem, const QString &prefix = {})
    {
        for (E e : enumValues<E>()) {
            const QString key = enumCode(e);
            m_w.key(QLatin1StringView(key.toLatin1()));
            (this->*writeItem)(items[std::size_t(e)], prefix + key);
        }
    }

    void kindCounts(const KindCounts &counts);
    void kindRatios(const KindRatios &ratios);
    void areaChange(const AreaChange &change, const QString &breakdown);
    void episodes();
    void outcomes(std::string_view id);
    void funnel();

    JsonTextWriter &m_w;
    const EffectReport &m_report;
    std::optional<ReportDimension> m_groupsOf;
    QString m_indicator;
};

void IndicatorsWriter::indicator(std::string_view id)
{
    const EffectReport &r = m_report;
    if (id == "alcohol_success_rate") {
        ratio(r.alcoholSuccess);
    } else if (id == "drug_success_rate") {
        ratio(r.drugSuccess);
    } else if (id == "completed_reduction_rate") {
        beginBreakdown();
        byEnum<CourseKind>(r.completedReduction, &IndicatorsWriter::ratio);
        endBreakdown();
    } else if (id == "no_show_rate") {
        kindRatios(r.noShow);
    } else if (id == "treatment_guarantee_rate") {
        ratio(r.treatmentGuarantee);
    } else if (id == "waiting_days_median") {
        value(r.waitingDaysMedian);
    } else if (id == "residential_completion_rate") {
        ratio(r.residentialCompletion);
    } else if (id == "buprenorphine_share") {
        ratio(r.buprenorphineShare);
    } else if (id == "antabus_clients") {
        value(double(r.antabusClients));
    } else if (id == "antabus_episodes") {
        episodes();
    } else if (id == "families_reached") {
        value(double(r.familiesReached));
    } else if (id == "substitution_qol_rate") {
        ratio(r.substitutionQol);
    } else if (id == "group_attendance_rate") {
        ratio(r.groupAttendance);
    } else if (id == "followup_overdue") {
        value(double(r.followupOverdue));
    } else if (id == "medical_review_overdue") {
        value(double(r.medicalReviewOverdue));
    } else if (id == "fit_improvement_rate") {
        ratio(r.fitImprovement);
    } else if (id == "fit_low_alliance_share") {
        ratio(r.fitLowAlliance);
    } else {
        outcomes(id);
    }
}

void IndicatorsWriter::outcomes(std::string_view id)
{
    const EffectReport &r = m_report;
    if (id == "goal_mastery_rate") {
        beginBreakdown();
        m_w.key("all"_L1);
        ratio(r.goalMasteryAll, u"all"_s);
        byEnum<Theme>(r.goalMasteryByTheme, &IndicatorsWriter::ratio);
        endBreakdown();
    } else if (id == "life_area_improvement") {
        beginBreakdown();
        byEnum<LifeArea>(r.lifeAreas, &IndicatorsWriter::areaChange);
        endBreakdown();
    } else if (id == "phase_funnel") {
        funnel();
    } else if (id == "post_discharge_followup_due") {
        beginBreakdown();
        for (PostDischargeType type : {PostDischargeType::Post1m, PostDischargeType::Post6m}) {
            const QString key = type == PostDischargeType::Post1m ? u"post_1m"_s : u"post_6m"_s;
            m_w.key(QLatin1StringView(key.toLatin1()));
            ratio(r.postDischargeFollowup[std::size_t(type)], key);
        }
        endBreakdown();
    } else {
        counts(id);
    }
}

void IndicatorsWriter::counts(std::string_view id)
{
    if (id == "active_clients") {
        kindCounts(m_report.activeClients);
    } else if (id == "new_courses") {
        kindCounts(m_report.newCourses);
    } else if (id == "ended_courses") {
        kindCounts(m_report.endedCourses);
    } else {
        // Every id of indicatorids.h is written above; a new one must be added there.
        Q_ASSERT_X(false, "IndicatorsWriter", "an indicator without a JSON form");
        m_w.nullValue();
    }
}

void IndicatorsWriter::funnel()
{
    beginBreakdown();
    for (CourseKind kind : enumValues<CourseKind>()) {
        m_w.key(QLatin1StringView(enumCode(kind).toLatin1()));
        m_w.beginObject();
        for (std::size_t t = 0; t < phaseFunnelTransitions.size(); ++t) {
            m_w.key(indicatorIdView(phaseFunnelTransitions[t]));
            ratio(m_report.phaseFunnel[std::size_t(kind)][t],
                enumCode(kind) + QLatin1Char('.') + indicatorIdView(phaseFunnelTransitions[t]));
        }
        m_w.endObject();
    }
    endBreakdown();
}

void IndicatorsWriter::kindCounts(const KindCounts &counts)
{
    beginBreakdown();
    m_w.key("all"_L1);
    value(double(counts.all), u"all"_s);
    for (CourseKind kind : enumValues<CourseKind>()) {
        m_w.key(QLatin1StringView(enumCode(kind).toLatin1()));
        value(double(counts.byKind[std::size_t(kind)]), enumCode(kind));
    }
    endBreakdown();
}

void IndicatorsWriter::kindRatios(const KindRatios &ratios)
{
    beginBreakdown();
    m_w.key("all"_L1);
    ratio(ratios.all, u"all"_s);
    byEnum<CourseKind>(ratios.byKind, &IndicatorsWriter::ratio);
    endBreakdown();
}

void IndicatorsWriter::areaChange(const AreaChange &change, const QString &breakdown)
{
    m_w.beginObject();
    integer("improved"_L1, change.improved);
    integer("unchanged"_L1, change.unchanged);
    integer("worsened"_L1, change.worsened);
    number("value"_L1, change.improvedShare().value());
    target(breakdown);
    m_w.endObject();
}

void IndicatorsWriter::episodes()
{
    const EpisodeSummary &e = m_report.antabusEpisodes;
    beginBreakdown();
    integer("count"_L1, e.count);
    number("median_days"_L1, e.medianDays);
    m_w.key("buckets"_L1);
    m_w.beginObject();
    for (std::size_t i = 0; i < episodeBucketKeys.size(); ++i)
        integer(latin1(episodeBucketKeys[i]), e.buckets[i]);
    m_w.endObject();
    endBreakdown();
}

void period(JsonTextWriter &w, const EffectReport &report)
{
    w.key("period"_L1);
    w.beginObject();
    w.dateField("from"_L1, report.from);
    w.dateField("to"_L1, report.to);
    w.endObject();
}

// Without targets: those are the centre's, for the period asked for.
EffectReport withoutTargets(EffectReport report)
{
    report.targets.clear();
    return report;
}

void groups(JsonTextWriter &w, const ReportBreakdown &breakdown)
{
    w.enumField("by"_L1, breakdown.dimension);
    w.key("groups"_L1);
    w.beginObject();
    for (const ReportGroup &group : breakdown.groups) {
        w.textKey(group.key);
        w.beginObject();
        w.key("indicators"_L1);
        IndicatorsWriter(w, withoutTargets(group.report), breakdown.dimension).write();
        if (group.compared) {
            w.key("compare"_L1);
            w.beginObject();
            w.key("indicators"_L1);
            IndicatorsWriter(w, withoutTargets(*group.compared), breakdown.dimension).write();
            w.endObject();
        }
        w.endObject();
    }
    w.endObject();
}

} // namespace

QByteArray effectReportJson(const EffectReport &report)
{
    ReportDocument document;
    document.report = report;
    return reportDocumentJson(document);
}

QByteArray reportDocumentJson(const ReportDocument &document)
{
    JsonTextWriter w;
    w.beginObject();
    w.textField("format"_L1, u"mestring-report"_s);
    w.key("version"_L1);
    w.intValue(1);
    period(w, document.report);
    w.key("indicators"_L1);
    IndicatorsWriter(w, document.report).write();
    if (!document.breakdowns.empty()) groups(w, document.breakdowns.front());
    if (document.compared) {
        w.key("compare"_L1);
        w.beginObject();
        period(w, *document.compared);
        w.key("indicators"_L1);
        IndicatorsWriter(w, withoutTargets(*document.compared)).write();
        w.endObject();
    }
    w.endObject();
    return w.take();
}

} // namespace mestring::core
