#include "reportjson.h"

#include "core/domain/indicatorids.h"
#include "core/exchange/jsontextwriter.h"

using namespace Qt::Literals::StringLiterals;

namespace mestring::core {

namespace {

using exchange::JsonTextWriter;

QLatin1StringView latin1(const char *text)
{
    return QLatin1StringView(text);
}

class ReportJsonWriter
{
public:
    explicit ReportJsonWriter(const EffectReport &report)
        : m_report(report)
    {
    }

    QByteArray write();

private:
    void indicators();
    void indicatorsContinued();

    // Opens an indicator's object or breakdown object.
    void begin(std::string_view indicator)
    {
        m_indicator = indicatorIdView(indicator);
        m_w.key(m_indicator);
    }
    // Closes a breakdown object: a target for the indicator as a whole stands beside its keys.
    void endBreakdown()
    {
        target({});
        m_w.endObject();
    }

    void target(const QString &breakdown)
    {
        if (const std::optional<double> t = m_report.targetFor(m_indicator, breakdown)) {
            m_w.key("target"_L1);
            m_w.numberValue(*t);
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

    void kindCounts(std::string_view indicator, const KindCounts &counts);
    void kindRatios(std::string_view indicator, const KindRatios &ratios);
    void areaChange(const AreaChange &change, const QString &breakdown);
    void episodes();

    const EffectReport &m_report;
    JsonTextWriter m_w;
    QLatin1StringView m_indicator;
};

QByteArray ReportJsonWriter::write()
{
    m_w.beginObject();
    m_w.textField("format"_L1, u"mestring-report"_s);
    integer("version"_L1, 1);
    m_w.key("period"_L1);
    m_w.beginObject();
    m_w.dateField("from"_L1, m_report.from);
    m_w.dateField("to"_L1, m_report.to);
    m_w.endObject();
    m_w.key("indicators"_L1);
    m_w.beginObject();
    indicators();
    indicatorsContinued();
    m_w.endObject();
    m_w.endObject();
    return m_w.take();
}

void ReportJsonWriter::indicators()
{
    begin("alcohol_success_rate");
    ratio(m_report.alcoholSuccess);
    begin("drug_success_rate");
    ratio(m_report.drugSuccess);
    begin("completed_reduction_rate");
    m_w.beginObject();
    byEnum<CourseKind>(m_report.completedReduction, &ReportJsonWriter::ratio);
    endBreakdown();
    kindRatios("no_show_rate", m_report.noShow);
    begin("treatment_guarantee_rate");
    ratio(m_report.treatmentGuarantee);
    begin("waiting_days_median");
    value(m_report.waitingDaysMedian);
    begin("residential_completion_rate");
    ratio(m_report.residentialCompletion);
    begin("buprenorphine_share");
    ratio(m_report.buprenorphineShare);
    begin("antabus_clients");
    value(double(m_report.antabusClients));
    episodes();
    begin("families_reached");
    value(double(m_report.familiesReached));
    begin("goal_mastery_rate");
    m_w.beginObject();
    m_w.key("all"_L1);
    ratio(m_report.goalMasteryAll, u"all"_s);
    byEnum<Theme>(m_report.goalMasteryByTheme, &ReportJsonWriter::ratio);
    endBreakdown();
    begin("life_area_improvement");
    m_w.beginObject();
    byEnum<LifeArea>(m_report.lifeAreas, &ReportJsonWriter::areaChange);
    endBreakdown();
}

void ReportJsonWriter::indicatorsContinued()
{
    begin("substitution_qol_rate");
    ratio(m_report.substitutionQol);
    begin("phase_funnel");
    m_w.beginObject();
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
    begin("group_attendance_rate");
    ratio(m_report.groupAttendance);
    kindCounts("active_clients", m_report.activeClients);
    kindCounts("new_courses", m_report.newCourses);
    kindCounts("ended_courses", m_report.endedCourses);
    begin("followup_overdue");
    value(double(m_report.followupOverdue));
    begin("post_discharge_followup_due");
    m_w.beginObject();
    for (PostDischargeType type : {PostDischargeType::Post1m, PostDischargeType::Post6m}) {
        const QString key = type == PostDischargeType::Post1m ? u"post_1m"_s : u"post_6m"_s;
        m_w.key(QLatin1StringView(key.toLatin1()));
        ratio(m_report.postDischargeFollowup[std::size_t(type)], key);
    }
    endBreakdown();
    begin("fit_improvement_rate");
    ratio(m_report.fitImprovement);
    begin("fit_low_alliance_share");
    ratio(m_report.fitLowAlliance);
    begin("medical_review_overdue");
    value(double(m_report.medicalReviewOverdue));
}

void ReportJsonWriter::kindCounts(std::string_view indicator, const KindCounts &counts)
{
    begin(indicator);
    m_w.beginObject();
    m_w.key("all"_L1);
    value(double(counts.all), u"all"_s);
    for (CourseKind kind : enumValues<CourseKind>()) {
        m_w.key(QLatin1StringView(enumCode(kind).toLatin1()));
        value(double(counts.byKind[std::size_t(kind)]), enumCode(kind));
    }
    endBreakdown();
}

void ReportJsonWriter::kindRatios(std::string_view indicator, const KindRatios &ratios)
{
    begin(indicator);
    m_w.beginObject();
    m_w.key("all"_L1);
    ratio(ratios.all, u"all"_s);
    byEnum<CourseKind>(ratios.byKind, &ReportJsonWriter::ratio);
    endBreakdown();
}

void ReportJsonWriter::areaChange(const AreaChange &change, const QString &breakdown)
{
    m_w.beginObject();
    integer("improved"_L1, change.improved);
    integer("unchanged"_L1, change.unchanged);
    integer("worsened"_L1, change.worsened);
    number("value"_L1, change.improvedShare().value());
    target(breakdown);
    m_w.endObject();
}

void ReportJsonWriter::episodes()
{
    begin("antabus_episodes");
    const EpisodeSummary &e = m_report.antabusEpisodes;
    m_w.beginObject();
    integer("count"_L1, e.count);
    number("median_days"_L1, e.medianDays);
    m_w.key("buckets"_L1);
    m_w.beginObject();
    for (std::size_t i = 0; i < episodeBucketKeys.size(); ++i)
        integer(latin1(episodeBucketKeys[i]), e.buckets[i]);
    m_w.endObject();
    endBreakdown();
}

} // namespace

QByteArray effectReportJson(const EffectReport &report)
{
    return ReportJsonWriter(report).write();
}

} // namespace mestring::core
