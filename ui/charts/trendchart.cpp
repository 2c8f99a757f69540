#include "trendchart.h"

#include <cmath>

#include <QBarCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

#include "core/reports/reportrows.h"
#include "lineruns.h"

namespace mestring::ui {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

const QColor valueColour(0x2e, 0x6f, 0xb5);
const QColor targetColour(0x2e, 0x7d, 0x32);

// The target as a level over each run of quarters with the same target, so a year without a
// target leaves a gap and a new year's target a step.
double addTargetSteps(QChart *chart, const std::vector<TrendPoint> &points,
    QAbstractAxis *categories, QAbstractAxis *values)
{
    double highest = 0;
    QLineSeries *run = nullptr;
    std::optional<double> level;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const std::optional<double> target = points[i].target;
        if (target != level || !target) run = nullptr;
        level = target;
        if (!target) continue;
        if (!run) {
            run = new QLineSeries(chart);
            run->setName(t(QT_TRANSLATE_NOOP("mestring", "Target")));
            run->setPen(QPen(targetColour, 2, Qt::DashLine));
            chart->addSeries(run);
            run->attachAxis(categories);
            run->attachAxis(values);
        }
        run->append(double(i) - 0.45, *target * 100);
        run->append(double(i) + 0.45, *target * 100);
        highest = std::max(highest, *target * 100);
    }
    // One legend entry for all the target's levels.
    bool first = true;
    for (QAbstractSeries *series : chart->series()) {
        if (series->name() != t(QT_TRANSLATE_NOOP("mestring", "Target"))) continue;
        for (QLegendMarker *marker : chart->legend()->markers(series))
            marker->setVisible(first);
        first = false;
    }
    return highest;
}

} // namespace

std::vector<TrendPoint> trendPoints(const std::vector<core::EffectReport> &quarters,
    const QString &indicator, const QString &breakdown)
{
    std::vector<TrendPoint> points;
    for (const core::EffectReport &quarter : quarters) {
        TrendPoint point {quarter.from, quarter.to, std::nullopt, std::nullopt};
        for (const core::ReportRow &row : core::reportRows(quarter)) {
            if (row.indicator == indicator && row.breakdown == breakdown) {
                point.value = row.value;
                point.target = row.target;
                break;
            }
        }
        points.push_back(point);
    }
    return points;
}

QString quarterTitle(QDate from)
{
    return t(QT_TRANSLATE_NOOP("mestring", "quarter %1 of %2"))
        .arg((from.month() - 1) / 3 + 1)
        .arg(from.year());
}

QString quarterLabel(QDate from)
{
    return t(QT_TRANSLATE_NOOP("mestring", "Q%1 %2"))
        .arg((from.month() - 1) / 3 + 1)
        .arg(from.year());
}

QChart *createTrendChart(const std::vector<TrendPoint> &points, const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    auto *categories = new QBarCategoryAxis(chart);
    for (const TrendPoint &point : points)
        categories->append(quarterLabel(point.from));
    chart->addAxis(categories, Qt::AlignBottom);
    auto *values = new QValueAxis(chart);
    values->setLabelFormat(QStringLiteral("%.0f %"));
    values->setTickCount(6);
    chart->addAxis(values, Qt::AlignLeft);

    // A quarter without courses has no point (not a false 0 %), and no line crosses it.
    std::vector<std::optional<double>> percents;
    for (const TrendPoint &point : points)
        percents.push_back(point.value ? std::optional(*point.value * 100) : std::nullopt);
    double highest = addLineRuns(chart, t(QT_TRANSLATE_NOOP("mestring", "Actual")),
        QPen(valueColour, 2.5), percents, categories, values);
    highest = std::max(highest, addTargetSteps(chart, points, categories, values));
    values->setRange(0, std::min(100.0, std::max(10.0, std::ceil(highest / 10.0) * 10.0)));
    return chart;
}

} // namespace mestring::ui
