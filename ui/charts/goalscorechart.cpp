#include "goalscorechart.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include "chartaxes.h"

namespace mestring::ui {

GoalScoreChart::GoalScoreChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    chart()->setBackgroundRoundness(0);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    clear();
}

void GoalScoreChart::clear()
{
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    chart()->setTitle(tr("No status scores yet"));
    chart()->legend()->hide();
    m_points = 0;
}

void GoalScoreChart::setGoal(const core::Goal &goal)
{
    clear();
    if (goal.scores.empty()) return;
    chart()->setTitle(QString());

    auto *scores = new QLineSeries;
    scores->setName(tr("Status score"));
    scores->setPointsVisible(true);
    scores->setPointLabelsVisible(true);
    scores->setPointLabelsFormat(QStringLiteral("@yPoint"));
    scores->setPointLabelsClipping(false);
    QPen pen(QColor(0x1f, 0x5f, 0xa8));
    pen.setWidth(2);
    scores->setPen(pen);
    QDate first = goal.scores.front().date;
    QDate last = goal.scores.back().date;
    for (const core::GoalScore &score : goal.scores)
        scores->append(msecsOf(score.date), score.score);
    if (goal.deadline.isValid() && goal.deadline > last) last = goal.deadline;
    if (first == last) {
        first = first.addDays(-14);
        last = last.addDays(14);
    }
    chart()->addSeries(scores);
    m_points = int(goal.scores.size());

    QLineSeries *target = nullptr;
    if (goal.targetScore) {
        target = new QLineSeries;
        target->setName(tr("Target"));
        QPen dashed(QColor(0x2e, 0x7d, 0x32));
        dashed.setStyle(Qt::DashLine);
        dashed.setWidth(2);
        target->setPen(dashed);
        target->append(msecsOf(first), *goal.targetScore);
        target->append(msecsOf(last), *goal.targetScore);
        chart()->addSeries(target);
    }

    QDateTimeAxis *x = addDateAxis(chart(), first, last);
    QValueAxis *y = addVumAxis(chart(), tr("Support need (up is better)"));
    for (QAbstractSeries *series : chart()->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chart()->legend()->setVisible(target != nullptr);
}

} // namespace mestring::ui
