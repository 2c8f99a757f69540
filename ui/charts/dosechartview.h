#pragma once

#include <vector>

#include <QChartView>
#include <QDate>

#include "core/domain/prescription.h"

namespace mestring::ui {

/// The dose over time of a client's prescriptions (a step line per drug) with the missed doses
/// marked in red on it (Medicin tab).
class DoseChartView : public QChartView
{
    Q_OBJECT

public:
    struct MissedDose
    {
        QDate date;
        double doseMg = 0;
    };

    explicit DoseChartView(QWidget *parent = nullptr);

    /// Prescriptions without an end are drawn up to `today`.
    void setData(const std::vector<core::Prescription> &prescriptions,
        const std::vector<MissedDose> &missed, const QDate &today);
    /// How many missed doses are marked (for tests).
    int missedShown() const { return m_missedShown; }

private:
    int m_missedShown = 0;
};

} // namespace mestring::ui
