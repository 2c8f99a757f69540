#pragma once

#include "recordtab.h"

class QLabel;
class QTableView;

namespace mestring::ui {

class AssessmentChart;
class AssessmentTableModel;
class CourseChooser;

/// "Målinger": a course's assessments as a table and a chart of each life area over time.
class AssessmentsTab : public RecordTab
{
    Q_OBJECT

public:
    AssessmentsTab(Services services, core::Actor actor, QWidget *parent = nullptr);

    CourseChooser *courseChooser() const { return m_chooser; }
    QTableView *table() const { return m_table; }
    AssessmentTableModel *model() const { return m_model; }
    AssessmentChart *chart() const { return m_chart; }

public Q_SLOTS:
    void newAssessment();
    void editAssessment();

    void selectCourse(const QString &courseId) override;

protected:
    void reload() override;
    void clientChanged() override;

private:
    core::AssessmentType suggestedType() const;
    void reloadKeeping(const QString &assessmentId);

    CourseChooser *m_chooser;
    AssessmentTableModel *m_model;
    QTableView *m_table;
    AssessmentChart *m_chart;
    QLabel *m_summary;
    QAction *m_new;
    QAction *m_edit;
};

} // namespace mestring::ui
