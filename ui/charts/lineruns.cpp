#include "lineruns.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>

namespace mestring::ui {

double addLineRuns(QChart *chart, const QString &name, const QPen &pen,
    const std::vector<std::optional<double>> &values, QAbstractAxis *categories,
    QAbstractAxis *axis)
{
    double highest = 0;
    QLineSeries *run = nullptr;
    bool first = true;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i]) {
            run = nullptr;
            continue;
        }
        if (!run) {
            run = new QLineSeries(chart);
            run->setName(name);
            run->setPen(pen);
            run->setPointsVisible(true);
            chart->addSeries(run);
            run->attachAxis(categories);
            run->attachAxis(axis);
            for (QLegendMarker *marker : chart->legend()->markers(run))
                marker->setVisible(first);
            first = false;
        }
        run->append(double(i), *values[i]);
        highest = std::max(highest, *values[i]);
    }
    return highest;
}

} // namespace mestring::ui
