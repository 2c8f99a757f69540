#include "assessmentchart.h"

#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include "chartaxes.h"
#include "ui/recordtitles.h"

namespace mestring::ui {

namespace {

// Eight colours that stay apart for the common colour-vision deficiencies (Okabe-Ito plus
// two darker tones).
const QColor areaColours[] = {QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
    QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7), QColor(0x00, 0x72, 0xb2),
    QColor(0xd5, 0x5e, 0x00), QColor(0x44, 0x44, 0x44), QColor(0x88, 0x22, 0x55)};

void toggleOnClick(QLegendMarker *marker)
{
    QObject::connect(marker, &QLegendMarker::clicked, marker, [marker] {
        QAbstractSeries *series = marker->series();
        series->setVisible(!series->isVisible());
        marker->setVisible(true); // keep the entry so the line can be shown again
        QFont font = marker->font();
        font.setStrikeOut(!series->isVisible());
        marker->setFont(font);
    });
}

} // namespace

AssessmentChart::AssessmentChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setBackgroundRoundness(0);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignRight);
    setToolTip(tr("Click an area in the legend to hide or show its line."));
}

int AssessmentChart::lineCount() const
{
    return int(chart()->series().size());
}

void AssessmentChart::setAssessments(const std::vector<core::Assessment> &assessments)
{
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    chart()->setTitle(assessments.empty() ? tr("No assessments on this course yet") : QString());
    if (assessments.empty()) return;

    for (core::LifeArea area : core::enumValues<core::LifeArea>()) {
        auto *series = new QLineSeries;
        for (const core::Assessment &assessment : assessments) {
            if (const auto value = assessment.area(area))
                series->append(msecsOf(assessment.date), *value);
        }
        if (series->count() == 0) {
            delete series; // never asked: no line and no legend entry
            continue;
        }
        series->setName(lifeAreaTitle(area));
        QPen pen(areaColours[int(area)]);
        pen.setWidth(2);
        series->setPen(pen);
        series->setPointsVisible(true);
        chart()->addSeries(series);
    }
    QDateTimeAxis *x = addDateAxis(chart(), assessments.front().date, assessments.back().date);
    QValueAxis *y = addVumAxis(chart(), tr("Severity 0-4 (up is better)"));
    for (QAbstractSeries *series : chart()->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    for (QLegendMarker *marker : chart()->legend()->markers())
        toggleOnClick(marker);
}

} // namespace mestring::ui
