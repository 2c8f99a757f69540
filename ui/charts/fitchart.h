#pragma once

#include <vector>

#include <QChartView>

#include "core/domain/fitprogress.h"

namespace mestring::ui {

/// A course's FIT over its sessions: the ORS and the SRS as lines with points (0-40), the
/// cutoffs as dashed lines (ORS 25: the clinical range at or below it; SRS 36: below it the
/// alliance needs a talk), and the reliable-change band, 5 points either side of the first
/// ORS: an ORS above the band is reliable progress, below it a reliable setback. The sessions
/// are numbered along the bottom with their dates.
class FitChart : public QChartView
{
    Q_OBJECT

public:
    explicit FitChart(QWidget *parent = nullptr);

    void setSessions(const std::vector<core::FitSessionPoint> &sessions);
    void clear();
    /// ORS and SRS points drawn (for tests).
    int orsPoints() const { return m_ors; }
    int srsPoints() const { return m_srs; }
    /// The band drawn around the first ORS, in points (for tests); nullopt without an ORS.
    std::optional<std::pair<double, double>> band() const { return m_band; }

private:
    void addCutoff(double value, const QString &name, const QColor &colour, int sessions);
    void addBand(double first, int sessions);

    int m_ors = 0;
    int m_srs = 0;
    std::optional<std::pair<double, double>> m_band;
};

} // namespace mestring::ui
