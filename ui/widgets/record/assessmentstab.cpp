#include "assessmentstab.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/services/assessmentservice.h"
#include "coursechooser.h"
#include "ui/charts/assessmentchart.h"
#include "ui/dialogs/assessmentdialog.h"
#include "ui/models/assessmenttablemodel.h"

namespace mestring::ui {

AssessmentsTab::AssessmentsTab(Services services, core::Actor actor, QWidget *parent)
    : RecordTab(services, std::move(actor), parent)
    , m_chooser(new CourseChooser(this))
    , m_model(new AssessmentTableModel(this))
    , m_table(new QTableView(this))
    , m_chart(new AssessmentChart(this))
    , m_summary(new QLabel(this))
{
    m_new = addTabAction(tr("New assessment"), QKeySequence::New,
        tr("Record an assessment of the course"), QStringLiteral("newAssessmentAction"));
    m_edit = addTabAction(tr("Correct assessment"), Qt::Key_F2, tr("Correct the chosen assessment"),
        QStringLiteral("editAssessmentAction"));
    connect(m_new, &QAction::triggered, this, &AssessmentsTab::newAssessment);
    connect(m_edit, &QAction::triggered, this, &AssessmentsTab::editAssessment);
    allowOnly(core::Permission::WriteClinical, {m_new, m_edit});

    m_chooser->setObjectName(QStringLiteral("assessmentCourseChooser"));
    m_chooser->setAccessibleName(tr("Course"));
    connect(m_chooser, &CourseChooser::courseChanged, this, &AssessmentsTab::reload);

    setUpTable(m_table, QStringLiteral("assessmentTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Assessments"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideNone);
    m_table->horizontalHeader()->setStretchLastSection(false);
    connect(m_table, &QTableView::activated, this, &AssessmentsTab::editAssessment);
    m_chart->setObjectName(QStringLiteral("assessmentChart"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Course:"), this));
    top->addWidget(m_chooser);
    top->addWidget(m_summary, 1);
    top->addWidget(buttonFor(m_new));
    top->addWidget(buttonFor(m_edit));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({230, 420}); // the chart is what staff look at; the table scrolls

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(messageLabel());
    layout->addWidget(splitter, 1);
    setTabOrder(m_chooser, m_table);
}

void AssessmentsTab::clientChanged()
{
    m_chooser->setCourses(m_courses, m_today);
}

void AssessmentsTab::selectCourse(const QString &courseId)
{
    if (!courseId.isEmpty()) m_chooser->selectCourse(courseId);
}

void AssessmentsTab::reload()
{
    reloadKeeping(QString());
}

void AssessmentsTab::reloadKeeping(const QString &assessmentId)
{
    std::vector<core::Assessment> assessments;
    const QString courseId = m_chooser->currentCourseId();
    if (!courseId.isEmpty())
        run([&] { assessments = m_services.assessments.forCourse(m_actor, courseId); });
    m_summary->setText(courseId.isEmpty()
            ? tr("The client has no course yet.")
            : tr("%n assessments. Life areas: 0 no problem to 4 extreme, – not asked.", nullptr,
                int(assessments.size())));
    m_chart->setAssessments(assessments);
    m_model->setAssessments(std::move(assessments));
    setActionEnabled(m_new, !courseId.isEmpty());
    setActionEnabled(m_edit, m_model->rowCount() > 0);
    int row = m_model->rowCount() - 1; // the latest
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->assessmentAt(i).id == assessmentId) row = i;
    }
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

core::AssessmentType AssessmentsTab::suggestedType() const
{
    const core::Course *course = m_chooser->currentCourse();
    if (m_model->rowCount() == 0) return core::AssessmentType::Intake;
    if (course && course->endDate.isValid()) {
        const QDate end = course->endDate;
        if (m_today >= end.addMonths(6)) return core::AssessmentType::Post6m;
        if (m_today >= end.addMonths(1)) return core::AssessmentType::Post1m;
        return core::AssessmentType::Discharge;
    }
    return core::AssessmentType::Followup;
}

void AssessmentsTab::newAssessment()
{
    const QString courseId = m_chooser->currentCourseId();
    if (courseId.isEmpty()) return;
    core::Assessment assessment;
    assessment.course = courseId;
    assessment.date = m_today;
    assessment.type = suggestedType();
    AssessmentDialog dialog(m_services.assessments, m_actor, assessment, this);
    if (dialog.exec() != QDialog::Accepted) return;
    reloadKeeping(dialog.savedId());
    showWarnings(dialog.warnings());
}

void AssessmentsTab::editAssessment()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) return;
    AssessmentDialog dialog(
        m_services.assessments, m_actor, m_model->assessmentAt(current.row()), this);
    if (dialog.exec() != QDialog::Accepted) return;
    reloadKeeping(dialog.savedId());
    showWarnings(dialog.warnings());
}

} // namespace mestring::ui
