#include "reportcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>

#include <cmath>
#include <QValueAxis>

#include "core/domain/indicatorids.h"
#include "lineruns.h"
#include "ui/enumtitles.h"
#include "ui/reporttitles.h"

namespace mestring::ui {

namespace {

const QColor alcoholColour(0x2e, 0x6f, 0xb5);
const QColor drugColour(0xd9, 0x82, 0x2b);
const QColor allColour(0x4a, 0x4a, 0x4a);

QChart *newChart(ReportChart which)
{
    auto *chart = new QChart;
    chart->setTitle(reportChartTitle(which));
    QFont title = chart->titleFont();
    title.setPointSizeF(11);
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis and bar labels with a decimal comma (the default locale is Danish).
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QValueAxis *percentAxis(QChart *chart, Qt::Alignment where, double max = 100)
{
    auto *axis = new QValueAxis(chart);
    axis->setRange(0, max);
    // Localised numbers (setLocalizeNumbers) take "%" literally, not as "%%".
    axis->setLabelFormat(QStringLiteral("%.0f %"));
    axis->setTickCount(6);
    chart->addAxis(axis, where);
    return axis;
}

double percent(const core::Ratio &ratio)
{
    return ratio.value().value_or(0.0) * 100.0;
}

QChart *noShowByMonth(const ReportBundle &bundle)
{
    QChart *chart = newChart(ReportChart::NoShowByMonth);
    QStringList months;
    for (const core::EffectReport &month : bundle.months)
        months << QLocale().standaloneMonthName(month.from.month(), QLocale::ShortFormat);
    auto *categories = new QBarCategoryAxis(chart);
    categories->append(months);
    chart->addAxis(categories, Qt::AlignBottom);
    QValueAxis *values = percentAxis(chart, Qt::AlignLeft, 50);
    double highest = 0;
    // A month without appointments of a kind has no point: no data is not 0 %.
    auto add = [&](const QString &name, const QColor &colour, auto ratioOf) {
        std::vector<std::optional<double>> percents;
        for (const core::EffectReport &month : bundle.months) {
            const std::optional<double> value = ratioOf(month).value();
            percents.push_back(value ? std::optional(*value * 100) : std::nullopt);
        }
        highest = std::max(highest,
            addLineRuns(chart, name, QPen(colour, 2.5), percents, categories, values));
    };
    add(QCoreApplication::translate("mestring", "All"), allColour,
        [](const core::EffectReport &r) { return r.noShow.all; });
    add(courseKindTitle(core::CourseKind::Alcohol), alcoholColour,
        [](const core::EffectReport &r) { return r.noShow.byKind[0]; });
    add(courseKindTitle(core::CourseKind::Drug), drugColour,
        [](const core::EffectReport &r) { return r.noShow.byKind[1]; });
    if (const auto target = bundle.report().targetFor(u"no_show_rate", u"drug");
        target && !bundle.months.empty()) {
        auto *line = new QLineSeries(chart);
        line->setName(QCoreApplication::translate("mestring", "Target, drugs"));
        line->setPen(QPen(drugColour, 1.5, Qt::DashLine));
        line->append(0, *target * 100);
        line->append(double(bundle.months.size() - 1), *target * 100);
        highest = std::max(highest, *target * 100);
        chart->addSeries(line);
        line->attachAxis(categories);
        line->attachAxis(values);
    }
    values->setRange(0, std::max(10.0, std::ceil(highest / 10.0) * 10.0));
    return chart;
}

QChart *phaseFunnel(const ReportBundle &bundle)
{
    QChart *chart = newChart(ReportChart::PhaseFunnel);
    // One bar per kind and transition that had courses, named with what it is out of; a
    // transition no course entered is left out (no data is not 0 %). Horizontal bars: the
    // names get the width they need on the left, the funnel reads from the top.
    auto *series = new QHorizontalBarSeries(chart);
    auto *set = new QBarSet(QCoreApplication::translate("mestring", "Share moving on"), series);
    set->setColor(allColour);
    auto *categories = new QBarCategoryAxis(chart);
    const core::CourseKind kinds[] = {core::CourseKind::Drug, core::CourseKind::Alcohol};
    for (core::CourseKind kind : kinds) {
        const auto &ratios = bundle.report().phaseFunnel[std::size_t(kind)];
        for (std::size_t t = ratios.size(); t-- > 0;) {
            if (ratios[t].denominator == 0) continue;
            const QString key = core::enumCode(kind) + QLatin1Char('.')
                + core::indicatorIdView(core::phaseFunnelTransitions[t]);
            categories->append(QCoreApplication::translate("mestring", "%1 (%2 of %3)")
                                   .arg(breakdownTitle(key))
                                   .arg(ratios[t].numerator)
                                   .arg(ratios[t].denominator));
            *set << percent(ratios[t]);
        }
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    if (categories->count() == 0)
        categories->append(QCoreApplication::translate("mestring", "No course entered a phase"));
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(percentAxis(chart, Qt::AlignBottom));
    chart->legend()->hide();
    return chart;
}

QChart *lifeAreas(const ReportBundle &bundle)
{
    QChart *chart = newChart(ReportChart::LifeAreas);
    auto *series = new QHorizontalStackedBarSeries(chart);
    auto *improved = new QBarSet(QCoreApplication::translate("mestring", "Improved"), series);
    auto *unchanged = new QBarSet(QCoreApplication::translate("mestring", "Unchanged"), series);
    auto *worsened = new QBarSet(QCoreApplication::translate("mestring", "Worsened"), series);
    improved->setColor(QColor(0x3a, 0x9a, 0x5b));
    unchanged->setColor(QColor(0xb8, 0xb8, 0xb8));
    worsened->setColor(QColor(0xc4, 0x4b, 0x3c));
    auto *categories = new QBarCategoryAxis(chart);
    double highest = 0;
    for (int a = 0; a < core::enumCount<core::LifeArea>(); ++a) {
        const core::AreaChange &change = bundle.report().lifeAreas[std::size_t(a)];
        *improved << double(change.improved);
        *unchanged << double(change.unchanged);
        *worsened << double(change.worsened);
        highest = std::max(highest, double(change.improved + change.unchanged + change.worsened));
        categories->append(breakdownTitle(core::enumCode(core::LifeArea(a))));
    }
    series->append({improved, unchanged, worsened});
    chart->addSeries(series);
    chart->addAxis(categories, Qt::AlignLeft);
    auto *count = new QValueAxis(chart);
    count->setLabelFormat(QStringLiteral("%.0f"));
    count->setTitleText(QCoreApplication::translate("mestring", "Courses ended in the period"));
    chart->addAxis(count, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(count);
    // An empty range (no course ended) has no nice numbers.
    count->setRange(0, std::max(5.0, highest));
    count->applyNiceNumbers();
    return chart;
}

QChart *antabusEpisodes(const ReportBundle &bundle)
{
    QChart *chart = newChart(ReportChart::AntabusEpisodes);
    auto *series = new QBarSeries(chart);
    auto *set = new QBarSet(QCoreApplication::translate("mestring", "Episodes"), series);
    set->setColor(alcoholColour);
    auto *categories = new QBarCategoryAxis(chart);
    double highest = 0;
    for (std::size_t b = 0; b < core::episodeBucketKeys.size(); ++b) {
        const double n = double(bundle.report().antabusEpisodes.buckets[b]);
        highest = std::max(highest, n);
        *set << n;
        categories->append(breakdownTitle(
            QStringLiteral("buckets.%1").arg(QLatin1StringView(core::episodeBucketKeys[b]))));
    }
    series->append(set);
    series->setBarWidth(0.95);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    chart->addAxis(categories, Qt::AlignBottom);
    auto *count = new QValueAxis(chart);
    count->setLabelFormat(QStringLiteral("%.0f"));
    count->setRange(0, std::max(5.0, highest * 1.15));
    count->applyNiceNumbers();
    chart->addAxis(count, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(count);
    chart->legend()->hide();
    return chart;
}

QChart *buprenorphine(const ReportBundle &bundle)
{
    QChart *chart = newChart(ReportChart::Buprenorphine);
    const core::Ratio &share = bundle.report().buprenorphineShare;
    auto *series = new QPieSeries(chart);
    QPieSlice *bup = series->append(
        QCoreApplication::translate("mestring", "Buprenorphine"), double(share.numerator));
    QPieSlice *other = series->append(QCoreApplication::translate("mestring", "Other substitution"),
        double(share.denominator - share.numerator));
    bup->setColor(alcoholColour);
    other->setColor(QColor(0xc8, 0xc8, 0xc8));
    for (QPieSlice *slice : series->slices()) {
        slice->setLabel(QStringLiteral("%1: %2").arg(slice->label()).arg(qint64(slice->value())));
        slice->setLabelVisible(slice->value() > 0);
    }
    series->setPieSize(0.6);
    chart->addSeries(series);
    QString subtitle
        = QCoreApplication::translate("mestring", "Share: %1").arg(formatShare(share.value()));
    if (const auto target = bundle.report().targetFor(u"buprenorphine_share"))
        subtitle
            += QCoreApplication::translate("mestring", " (target %1)").arg(formatShare(target));
    chart->setTitle(
        reportChartTitle(ReportChart::Buprenorphine) + QStringLiteral("<br>") + subtitle);
    chart->legend()->hide();
    return chart;
}

// The two FIT rates side by side, each with its count and its target when one is set.
QChart *fitRates(const ReportBundle &bundle)
{
    QChart *chart = newChart(ReportChart::Fit);
    const core::EffectReport &r = bundle.report();
    struct Rate
    {
        const char *id;
        QString label;
        const core::Ratio *ratio;
    };
    const Rate rates[] = {{"fit_low_alliance_share",
                              QCoreApplication::translate("mestring", "SRS below 36"),
                              &r.fitLowAlliance},
        {"fit_improvement_rate",
            QCoreApplication::translate("mestring", "Reliable progress (ORS)"), &r.fitImprovement}};
    auto *series = new QHorizontalBarSeries(chart);
    auto *set = new QBarSet(QCoreApplication::translate("mestring", "Share"), series);
    set->setColor(alcoholColour);
    auto *categories = new QBarCategoryAxis(chart);
    for (const auto &[id, title, ratio] : rates) {
        *set << percent(*ratio);
        QString label = title + QStringLiteral(" (%1/%2)").arg(ratio->numerator).arg(ratio->denominator);
        if (const auto target = r.targetFor(QLatin1StringView(id)))
            label += QCoreApplication::translate("mestring", " (target %1)").arg(formatShare(target));
        categories->append(label);
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(percentAxis(chart, Qt::AlignBottom));
    chart->legend()->hide();
    return chart;
}

} // namespace

QString reportChartTitle(ReportChart which)
{
    switch (which) {
    case ReportChart::NoShowByMonth:
        return QCoreApplication::translate("mestring", "No-show rate per month");
    case ReportChart::PhaseFunnel:
        return QCoreApplication::translate("mestring", "Phase transitions (share moving on)");
    case ReportChart::LifeAreas:
        return QCoreApplication::translate("mestring", "Life areas from intake to discharge");
    case ReportChart::AntabusEpisodes:
        return QCoreApplication::translate("mestring", "Length of antabus episodes");
    case ReportChart::Buprenorphine:
        return QCoreApplication::translate(
            "mestring", "Substitution on the last day: buprenorphine");
    case ReportChart::Fit:
        return QCoreApplication::translate("mestring", "Client feedback (FIT)");
    }
    return QString();
}

QChart *createReportChart(ReportChart which, const ReportBundle &bundle)
{
    switch (which) {
    case ReportChart::NoShowByMonth:
        return noShowByMonth(bundle);
    case ReportChart::PhaseFunnel:
        return phaseFunnel(bundle);
    case ReportChart::LifeAreas:
        return lifeAreas(bundle);
    case ReportChart::AntabusEpisodes:
        return antabusEpisodes(bundle);
    case ReportChart::Buprenorphine:
        return buprenorphine(bundle);
    case ReportChart::Fit:
        return fitRates(bundle);
    }
    return nullptr;
}

} // namespace mestring::ui
