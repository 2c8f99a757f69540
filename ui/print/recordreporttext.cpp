#include "recordreporttext.h"

#include <QCoreApplication>
#include <QLocale>

#include "core/reports/followupreport.h"
#include "ui/formatting.h"
#include "ui/recordtitles.h"

namespace mestring::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

} // namespace

QString noShowRateText(const core::NoShowRate &rate)
{
    const std::optional<double> value = rate.rate();
    if (!value) return QStringLiteral("–");
    return tr("%1 % (%2 of %3)")
        .arg(QLocale().toString(*value * 100, 'f', 0))
        .arg(rate.noShows)
        .arg(rate.counted);
}

QString scoreText(std::optional<int> score)
{
    if (!score) return QStringLiteral("–");
    return QStringLiteral("%1 %2").arg(*score).arg(vumWord(*score));
}

QString goalProgressText(const core::Goal &goal)
{
    const std::optional<core::GoalScore> latest = core::latestScore(goal);
    const QString latestText = latest
        ? tr("latest %1 (%2)").arg(scoreText(latest->score), formatDate(latest->date))
        : tr("latest –");
    return tr("Start %1 → %2 → target %3")
        .arg(scoreText(goal.baselineScore), latestText, scoreText(goal.targetScore));
}

QString goalTitleText(const core::Goal &goal)
{
    QString text = themeTitle(goal.theme) + QStringLiteral(": ") + goal.text;
    if (goal.deadline.isValid()) text += tr(" (deadline %1)").arg(formatDate(goal.deadline));
    return text;
}

} // namespace mestring::ui
