#include "membercolumns.h"

#include <QCoreApplication>

#include "core/domain/enumtitles.h"
#include "reporttitles.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

QVariant day(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

QVariant count(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

std::vector<MemberColumn> memberColumns(QStringView indicator)
{
    using C = MemberColumn;
    if (indicator == u"treatment_guarantee_rate" || indicator == u"waiting_days_median") {
        std::vector<C> columns {C::Client, C::Course, C::Responsible, C::Requested, C::Start,
            C::DaysWaited, C::DelayReason};
        if (indicator == u"treatment_guarantee_rate") columns.push_back(C::Numerator);
        return columns;
    }
    if (indicator == u"antabus_episodes")
        return {C::Client, C::EpisodeFirst, C::EpisodeLast, C::EpisodeDays};
    std::vector<C> columns {C::Client, C::Course, C::Responsible, C::Start, C::End};
    if (indicatorIsRate(indicator)) {
        columns.push_back(C::Numerator);
        columns.push_back(C::Denominator);
    }
    return columns;
}

bool isWeightedIndicator(QStringView indicator)
{
    return indicator == u"no_show_rate" || indicator == u"group_attendance_rate"
        || indicator == u"goal_mastery_rate" || indicator == u"fit_low_alliance_share";
}

QString memberColumnTitle(MemberColumn column, bool weighted)
{
    switch (column) {
    case MemberColumn::Client:
        return tr("Client");
    case MemberColumn::Course:
        return tr("Course");
    case MemberColumn::Responsible:
        return tr("Responsible");
    case MemberColumn::Requested:
        return tr("Asked for treatment");
    case MemberColumn::Start:
        return tr("Start");
    case MemberColumn::End:
        return tr("End");
    case MemberColumn::DaysWaited:
        return tr("Days waited");
    case MemberColumn::DelayReason:
        return tr("Reason for the delay");
    case MemberColumn::EpisodeFirst:
        return tr("First day");
    case MemberColumn::EpisodeLast:
        return tr("Last day");
    case MemberColumn::EpisodeDays:
        return tr("Days");
    case MemberColumn::Numerator:
        return weighted ? tr("Counted in numerator") : tr("In numerator");
    case MemberColumn::Denominator:
        return weighted ? tr("Counted in denominator") : tr("In denominator");
    }
    return {};
}

QVariant memberCell(const MemberRow &row, MemberColumn column, bool weighted)
{
    const auto counted = [weighted](qint64 n) {
        return weighted ? QVariant(n) : QVariant(n > 0 ? tr("Yes") : tr("No"));
    };
    switch (column) {
    case MemberColumn::Client:
        return row.clientName;
    case MemberColumn::Course:
        return row.kind ? courseKindTitle(*row.kind) : QVariant();
    case MemberColumn::Responsible:
        return row.responsible.isEmpty() ? QVariant() : QVariant(row.responsible);
    case MemberColumn::Requested:
        return day(row.requested);
    case MemberColumn::Start:
        return day(row.start);
    case MemberColumn::End:
        return day(row.end);
    case MemberColumn::DaysWaited:
        return count(row.daysWaited());
    case MemberColumn::DelayReason:
        return row.delayReason.isEmpty() ? QVariant() : QVariant(row.delayReason);
    case MemberColumn::EpisodeFirst:
        return day(row.first);
    case MemberColumn::EpisodeLast:
        return day(row.last);
    case MemberColumn::EpisodeDays:
        return count(row.episodeDays());
    case MemberColumn::Numerator:
        return counted(row.numerator);
    case MemberColumn::Denominator:
        return counted(row.denominator);
    }
    return {};
}

} // namespace mestring::core
