#include "fitchart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include "core/domain/fitrating.h"

namespace mestring::ui {

namespace {

const QColor orsColour(0x1f, 0x5f, 0xa8);
const QColor srsColour(0x2e, 0x7d, 0x32);

QLineSeries *scoreLine(const QString &name, const QColor &colour)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setPointsVisible(true);
    QPen pen(colour);
    pen.setWidth(2);
    series->setPen(pen);
    return series;
}

} // namespace

FitChart::FitChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    chart()->setBackgroundRoundness(0);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    clear();
}

void FitChart::clear()
{
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    chart()->setTitle(tr("No FIT ratings on this course yet"));
    chart()->legend()->hide();
    m_ors = m_srs = 0;
    m_band.reset();
}

void FitChart::addCutoff(double value, const QString &name, const QColor &colour, int sessions)
{
    auto *line = new QLineSeries;
    line->setName(name);
    QPen dashed(colour);
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(1);
    line->setPen(dashed);
    line->append(0.5, value);
    line->append(sessions + 0.5, value);
    chart()->addSeries(line);
}

void FitChart::addBand(double first, int sessions)
{
    const double low = std::max(0.0, first - core::fit::reliableChange / 10.0);
    const double high = std::min(40.0, first + core::fit::reliableChange / 10.0);
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    upper->append({QPointF(0.5, high), QPointF(sessions + 0.5, high)});
    lower->append({QPointF(0.5, low), QPointF(sessions + 0.5, low)});
    auto *band = new QAreaSeries(upper, lower);
    band->setName(tr("No reliable change (first ORS ±5)"));
    band->setColor(QColor(0x1f, 0x5f, 0xa8, 36));
    band->setBorderColor(QColor(0x1f, 0x5f, 0xa8, 60));
    chart()->addSeries(band);
    m_band = std::pair(low, high);
}

void FitChart::setSessions(const std::vector<core::FitSessionPoint> &sessions)
{
    clear();
    if (sessions.empty()) return;
    chart()->setTitle(QString());
    const int n = int(sessions.size());
    auto *ors = scoreLine(tr("ORS (start of session)"), orsColour);
    auto *srs = scoreLine(tr("SRS (end of session)"), srsColour);
    std::optional<double> firstOrs;
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(0.5, n + 0.5);
    // A date under every session while they fit, else under every step-th. Labels must be
    // unique, so each ends in a different number of blanks.
    const int step = (n + 11) / 12;
    for (int i = 0; i < n; ++i) {
        const core::FitSessionPoint &p = sessions[std::size_t(i)];
        if (p.ors) {
            ors->append(i + 1, *p.ors / 10.0);
            if (!firstOrs) firstOrs = *p.ors / 10.0;
        }
        if (p.srs) srs->append(i + 1, *p.srs / 10.0);
        const bool labelled = i % step == 0 || i == n - 1;
        const QString blanks(i + 1, QLatin1Char(' ')); // two sessions may share a day
        x->append(labelled ? p.date.toString(QStringLiteral("dd-MM")) + blanks : blanks, i + 1);
    }
    if (firstOrs) addBand(*firstOrs, n);
    addCutoff(core::fit::orsClinicalCutoff / 10.0, tr("ORS cutoff 25"), orsColour, n);
    addCutoff(core::fit::srsAllianceCutoff / 10.0, tr("SRS cutoff 36"), srsColour, n);
    chart()->addSeries(ors);
    chart()->addSeries(srs);
    m_ors = int(ors->count());
    m_srs = int(srs->count());

    x->setTitleText(tr("Sessions, by date"));
    auto *y = new QValueAxis;
    y->setRange(0, 40);
    y->setTickCount(9);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Score (0-40)"));
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart()->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    chart()->legend()->show();
}

} // namespace mestring::ui
