#pragma once

#include "recordtab.h"

class QLabel;
class QTableView;

namespace mestring::ui {

class CourseChooser;
class FitChart;
class FitTableModel;

/// "FIT": the ORS and SRS over a course's sessions, as a chart with the cutoffs and the
/// reliable-change band, and as a table; a line above says what they show (progress since the
/// first ORS, the latest SRS). Ratings are entered from the session (Aftaler, Kalender, the
/// group register: key R).
class FitTab : public RecordTab
{
    Q_OBJECT

public:
    FitTab(Services services, core::Actor actor, QWidget *parent = nullptr);

    CourseChooser *courseChooser() const { return m_chooser; }
    FitChart *chart() const { return m_chart; }
    FitTableModel *model() const { return m_model; }
    QString summaryText() const;

    void selectCourse(const QString &courseId) override;

protected:
    void reload() override;
    void clientChanged() override;

private:
    CourseChooser *m_chooser;
    FitTableModel *m_model;
    QTableView *m_table;
    FitChart *m_chart;
    QLabel *m_summary;
};

} // namespace mestring::ui
