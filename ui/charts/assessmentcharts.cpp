#include "assessmentcharts.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include "ui/formatting.h"
#include "ui/recordtitles.h"

namespace mestring::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setPointSizeF(11);
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// Oldest light, latest dark: the newest bar of each group stands out.
QColor barColour(int index, int count)
{
    const double share = count <= 1 ? 1.0 : double(index) / (count - 1);
    return QColor::fromRgbF(0.75 - 0.6 * share, 0.84 - 0.45 * share, 0.95 - 0.25 * share);
}

std::vector<core::LifeArea> scoredAreas(const std::vector<core::Assessment> &assessments)
{
    std::vector<core::LifeArea> areas;
    for (int a = 0; a < core::enumCount<core::LifeArea>(); ++a) {
        const auto area = core::LifeArea(a);
        for (const core::Assessment &assessment : assessments) {
            if (assessment.area(area)) {
                areas.push_back(area);
                break;
            }
        }
    }
    return areas;
}

qint64 msecs(const QDate &day)
{
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

} // namespace

bool hasLifeAreaScores(const std::vector<core::Assessment> &assessments)
{
    return !scoredAreas(assessments).empty();
}

bool hasQualityOfLife(const std::vector<core::Assessment> &assessments)
{
    return std::any_of(assessments.begin(), assessments.end(),
        [](const core::Assessment &a) { return a.qualityOfLife.has_value(); });
}

bool hasUnaskedLifeArea(const std::vector<core::Assessment> &assessments)
{
    const std::size_t first = assessments.size() > std::size_t(lifeAreaChartAssessments)
        ? assessments.size() - lifeAreaChartAssessments
        : 0;
    for (core::LifeArea area : scoredAreas(assessments)) {
        for (std::size_t i = first; i < assessments.size(); ++i) {
            if (!assessments[i].area(area)) return true;
        }
    }
    return false;
}

QChart *createLifeAreaChart(const std::vector<core::Assessment> &assessments)
{
    QChart *chart = newChart(tr("Life areas: severity 0 (none) to 4 (extreme); lower is better"));
    const std::vector<core::LifeArea> areas = scoredAreas(assessments);
    const std::size_t first = assessments.size() > std::size_t(lifeAreaChartAssessments)
        ? assessments.size() - lifeAreaChartAssessments
        : 0;
    auto *series = new QBarSeries(chart);
    const int shown = int(assessments.size() - first);
    for (std::size_t i = first; i < assessments.size(); ++i) {
        const core::Assessment &a = assessments[i];
        auto *set = new QBarSet(
            QStringLiteral("%1 %2").arg(formatDate(a.date), assessmentTypeTitle(a.type).toLower()));
        set->setColor(barColour(int(i - first), shown));
        set->setBorderColor(set->color().darker(130));
        for (core::LifeArea area : areas)
            *set << a.area(area).value_or(0);
        series->append(set);
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis(chart);
    for (core::LifeArea area : areas)
        categories->append(lifeAreaTitle(area));
    // Eight area names side by side: a smaller font keeps "Beskæftigelse" whole.
    QFont labels = categories->labelsFont();
    labels.setPointSizeF(7);
    categories->setLabelsFont(labels);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis(chart);
    values->setRange(0, 4);
    values->setTickCount(5);
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

QChart *createQualityOfLifeChart(const std::vector<core::Assessment> &assessments)
{
    QChart *chart = newChart(tr("Quality of life (TOP 0–20); higher is better"));
    chart->legend()->hide();
    auto *line = new QLineSeries(chart);
    line->setPointsVisible(true);
    line->setPointLabelsVisible(true);
    line->setPointLabelsFormat(QStringLiteral("@yPoint"));
    line->setPointLabelsClipping(false);
    QDate first, last;
    for (const core::Assessment &a : assessments) {
        if (!a.qualityOfLife) continue;
        line->append(double(msecs(a.date)), *a.qualityOfLife);
        if (first.isNull()) first = a.date;
        last = a.date;
    }
    QPen pen(QColor(0x2e, 0x6f, 0xb5), 2.5);
    line->setPen(pen);
    chart->addSeries(line);
    auto *days = new QDateTimeAxis(chart);
    days->setFormat(QStringLiteral("dd-MM-yy"));
    // A little room either side, so a single assessment has an axis too.
    days->setRange(
        QDateTime(first.addDays(-15), QTime(0, 0)), QDateTime(last.addDays(15), QTime(0, 0)));
    days->setTickCount(std::clamp(int(first.daysTo(last) / 60) + 2, 2, 7));
    chart->addAxis(days, Qt::AlignBottom);
    line->attachAxis(days);
    auto *values = new QValueAxis(chart);
    values->setRange(0, 20);
    values->setTickCount(5);
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(values, Qt::AlignLeft);
    line->attachAxis(values);
    return chart;
}

} // namespace mestring::ui
