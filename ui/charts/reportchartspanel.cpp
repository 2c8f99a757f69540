#include "reportchartspanel.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>

namespace mestring::ui {

ReportChartsPanel::ReportChartsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    for (int i = 0; i < reportChartCount; ++i) {
        auto *view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(480, 300);
        view->setAccessibleName(reportChartTitle(ReportChart(i)));
        m_views.at(std::size_t(i)) = view;
        grid->addWidget(view, i / 2, i % 2);
    }
}

void ReportChartsPanel::setBundle(const ReportBundle &bundle)
{
    for (int i = 0; i < reportChartCount; ++i) {
        QChartView *view = m_views.at(std::size_t(i));
        QChart *old = view->chart();
        view->setChart(createReportChart(ReportChart(i), bundle));
        delete old; // setChart hands the old chart back to the caller
    }
}

} // namespace mestring::ui
