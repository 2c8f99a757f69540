#pragma once

#include <vector>

#include <QComboBox>

#include "core/domain/course.h"

namespace mestring::ui {

/// Picks one of the client's courses for a tab that works per course. Lists the newest first
/// and chooses the active course by default, else the latest. With an "every course" entry
/// (the journal's filter) that entry comes first and is the default.
class CourseChooser : public QComboBox
{
    Q_OBJECT

public:
    explicit CourseChooser(QWidget *parent = nullptr);

    /// Adds an entry for "no particular course" with `text`; its id is empty.
    void setAllEntry(const QString &text) { m_allText = text; }
    void setCourses(std::vector<core::Course> courses, const QDate &today);
    /// The chosen course's id; empty for the "every course" entry or when there is none.
    QString currentCourseId() const;
    const core::Course *currentCourse() const;
    bool selectCourse(const QString &courseId);
    const std::vector<core::Course> &courses() const { return m_courses; }

    /// "Alcohol 04-03-2025 - (open)": how the tabs name a course.
    static QString describe(const core::Course &course);
    /// "Alcohol 04-03-2025": the course in a table cell.
    static QString shortName(const core::Course &course);

Q_SIGNALS:
    void courseChanged(const QString &courseId);

private:
    std::vector<core::Course> m_courses;
    QString m_allText;
};

} // namespace mestring::ui
