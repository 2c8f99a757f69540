#pragma once

#include <array>

#include <QWidget>

#include "reportcharts.h"

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace mestring::ui {

/// The report's charts side by side, two to a row (readable at 1366×768 with scrolling).
class ReportChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReportChartsPanel(QWidget *parent = nullptr);

    /// Replaces every chart with one made from `bundle`.
    void setBundle(const ReportBundle &bundle);
    QChartView *view(ReportChart which) const { return m_views.at(std::size_t(which)); }

private:
    std::array<QChartView *, reportChartCount> m_views {};
};

} // namespace mestring::ui
