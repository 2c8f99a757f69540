#include "dosechartview.h"

#include <algorithm>
#include <map>

#include <QChart>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include "ui/enumtitles.h"

namespace mestring::ui {

namespace {

qreal msecs(const QDate &day)
{
    return qreal(day.startOfDay().toMSecsSinceEpoch());
}

const QColor drugColors[] = {QColor(0x1b, 0x6b, 0x62), QColor(0x2f, 0x5f, 0xa7),
    QColor(0x8a, 0x5a, 0x00), QColor(0x6a, 0x3d, 0x9a), QColor(0x55, 0x55, 0x55)};

} // namespace

DoseChartView::DoseChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
}

void DoseChartView::setData(const std::vector<core::Prescription> &prescriptions,
    const std::vector<MissedDose> &missed, const QDate &today)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Dose over time (mg); missed doses in red"));
    // On the right, one drug per line: at the bottom the names would be cut short.
    chart->legend()->setAlignment(Qt::AlignRight);
    auto *xAxis = new QDateTimeAxis(chart);
    xAxis->setFormat(QStringLiteral("dd-MM-yy"));
    xAxis->setTickCount(4);
    auto *yAxis = new QValueAxis(chart);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    QDate first = today, last = today;
    double highest = 1;
    std::map<int, int> colourOfDrug;
    for (const core::Prescription &p : prescriptions) {
        if (p.start > today) continue;
        const QDate end = p.end.isValid() ? std::min(p.end, today) : today;
        auto *series = new QLineSeries(chart);
        const auto [it, added] = colourOfDrug.emplace(int(p.drug), int(colourOfDrug.size()));
        series->setName(drugTitle(p.drug));
        series->setPen(QPen(drugColors[it->second % std::size(drugColors)], 2.5));
        series->append(msecs(p.start), p.doseMg);
        series->append(msecs(end.addDays(1)), p.doseMg);
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        // One legend entry per drug.
        if (!added) chart->legend()->markers(series).constFirst()->setVisible(false);
        first = std::min(first, p.start);
        highest = std::max(highest, p.doseMg);
    }
    auto *missedSeries = new QScatterSeries(chart);
    missedSeries->setName(tr("Missed dose"));
    missedSeries->setColor(QColor(0xc6, 0x28, 0x28));
    missedSeries->setBorderColor(QColor(0xc6, 0x28, 0x28));
    missedSeries->setMarkerSize(7);
    for (const MissedDose &m : missed)
        missedSeries->append(msecs(m.date), m.doseMg);
    m_missedShown = int(missed.size());
    chart->addSeries(missedSeries);
    missedSeries->attachAxis(xAxis);
    missedSeries->attachAxis(yAxis);
    if (first == last) first = last.addMonths(-1);
    xAxis->setRange(first.startOfDay(), last.addDays(1).startOfDay());
    yAxis->setRange(0, highest * 1.15);
    yAxis->applyNiceNumbers();

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace mestring::ui
