#include "fittab.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "core/domain/fitrating.h"
#include "core/services/feedbackservice.h"
#include "coursechooser.h"
#include "ui/charts/fitchart.h"
#include "ui/models/fittablemodel.h"

namespace mestring::ui {

namespace {

// What the course's FIT says, in a sentence or two.
QString describe(const core::FitProgress &p)
{
    QStringList parts;
    if (p.firstOrs) {
        const int change = *p.latestOrs - *p.firstOrs;
        QString trend;
        switch (core::fitChange(*p.firstOrs, *p.latestOrs)) {
        case core::FitChange::Improved:
            trend = FitTab::tr("reliable progress");
            break;
        case core::FitChange::Worsened:
            trend = FitTab::tr("reliable setback");
            break;
        case core::FitChange::Unchanged:
            trend = FitTab::tr("no reliable change yet");
            break;
        }
        parts << FitTab::tr("%n ORS: first %1, latest %2 (%3: %4).", nullptr, p.orsCount)
                     .arg(FitTableModel::score(*p.firstOrs), FitTableModel::score(*p.latestOrs),
                         (change > 0 ? QStringLiteral("+") : QString())
                             + FitTableModel::score(change),
                         trend);
        if (p.noProgress()) parts << FitTab::tr("No progress: talk with the client about the plan.");
    }
    if (p.latestSrs) {
        parts << (p.lowAlliance()
                ? FitTab::tr("Latest SRS %1: below 36, talk about how the sessions work.")
                : FitTab::tr("Latest SRS %1."))
                     .arg(FitTableModel::score(*p.latestSrs));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

FitTab::FitTab(Services services, core::Actor actor, QWidget *parent)
    : RecordTab(services, std::move(actor), parent)
    , m_chooser(new CourseChooser(this))
    , m_model(new FitTableModel(this))
    , m_table(new QTableView(this))
    , m_chart(new FitChart(this))
    , m_summary(new QLabel(this))
{
    m_chooser->setObjectName(QStringLiteral("fitCourseChooser"));
    m_chooser->setAccessibleName(tr("Course"));
    connect(m_chooser, &CourseChooser::courseChanged, this, &FitTab::reload);
    setUpTable(m_table, QStringLiteral("fitTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("FIT ratings"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chart->setObjectName(QStringLiteral("fitChart"));
    m_summary->setObjectName(QStringLiteral("fitSummary"));
    m_summary->setWordWrap(true);
    auto *hint = new QLabel(tr("FIT is entered at the session: in Aftaler, in the Kalender's day "
                               "list or in the group register, key R."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Course:"), this));
    top->addWidget(m_chooser);
    top->addWidget(m_summary, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({420, 200}); // the trend is what staff look at
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(messageLabel());
    layout->addWidget(splitter, 1);
    layout->addWidget(hint);
    setTabOrder(m_chooser, m_table);
}

QString FitTab::summaryText() const
{
    return m_summary->text();
}

void FitTab::clientChanged()
{
    m_chooser->setCourses(m_courses, m_today);
}

void FitTab::selectCourse(const QString &courseId)
{
    if (!courseId.isEmpty()) m_chooser->selectCourse(courseId);
}

void FitTab::reload()
{
    std::vector<core::FitRating> ratings;
    const QString courseId = m_chooser->currentCourseId();
    if (!courseId.isEmpty()) run([&] { ratings = m_services.feedback.forCourse(m_actor, courseId); });
    const std::vector<core::FitSessionPoint> sessions = core::fitSessions(ratings);
    m_summary->setText(courseId.isEmpty() ? tr("The client has no course yet.")
            : ratings.empty()             ? tr("No FIT ratings on this course yet.")
                                          : describe(core::fitProgress(ratings)));
    m_chart->setSessions(sessions);
    m_model->setSessions(sessions);
    if (m_model->rowCount() > 0) m_table->scrollToBottom();
}

} // namespace mestring::ui
