#include "coursechooser.h"

#include <algorithm>

#include "ui/enumtitles.h"
#include "ui/formatting.h"

namespace mestring::ui {

namespace {

QDate firstDay(const core::Course &course)
{
    return course.startDate.isValid() ? course.startDate : course.requestDate;
}

} // namespace

CourseChooser::CourseChooser(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this,
        [this] { Q_EMIT courseChanged(currentCourseId()); });
}

QString CourseChooser::describe(const core::Course &course)
{
    const QString end = course.endDate.isValid() ? formatDate(course.endDate) : tr("open");
    return tr("%1 course %2 – %3")
        .arg(courseKindTitle(course.kind), formatDate(firstDay(course)), end);
}

QString CourseChooser::shortName(const core::Course &course)
{
    return courseKindTitle(course.kind) + QLatin1Char(' ') + formatDate(firstDay(course));
}

void CourseChooser::setCourses(std::vector<core::Course> courses, const QDate &today)
{
    std::sort(courses.begin(), courses.end(),
        [](const core::Course &a, const core::Course &b) { return firstDay(a) > firstDay(b); });
    m_courses = std::move(courses);

    // The same client reloaded (after a save elsewhere in the record) keeps the chosen course.
    const QString previous = count() > 0 ? currentCourseId() : QString();
    const bool keepPrevious = std::any_of(m_courses.begin(), m_courses.end(),
        [&](const core::Course &course) { return course.id == previous; });
    const QSignalBlocker blocker(this);
    clear();
    if (!m_allText.isEmpty()) addItem(m_allText, QString());
    int preferred = -1;
    for (const core::Course &course : m_courses) {
        addItem(describe(course), course.id);
        if (preferred < 0 && course.isActiveOn(today)) preferred = count() - 1;
    }
    if (keepPrevious)
        setCurrentIndex(findData(previous));
    else if (!m_allText.isEmpty() || m_courses.empty())
        setCurrentIndex(0);
    else
        setCurrentIndex(preferred >= 0 ? preferred : 0); // newest first: 0 is the latest
    setEnabled(count() > 0);
}

QString CourseChooser::currentCourseId() const
{
    return currentData().toString();
}

const core::Course *CourseChooser::currentCourse() const
{
    const QString id = currentCourseId();
    for (const core::Course &course : m_courses) {
        if (course.id == id) return &course;
    }
    return nullptr;
}

bool CourseChooser::selectCourse(const QString &courseId)
{
    const int index = findData(courseId);
    if (index < 0) return false;
    setCurrentIndex(index);
    return true;
}

} // namespace mestring::ui
