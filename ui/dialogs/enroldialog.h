#pragma once

#include <vector>

#include "core/domain/client.h"
#include "core/services/groupservice.h"
#include "recorddialog.h"

class QLineEdit;
class QListWidget;
class QTimer;

namespace mestring::core {
class CourseService;
}

namespace mestring::ui {

class CourseChooser;
class DateField;

/// Asks for a place in a group for a client's treatment course: search the client by name or
/// CPR number, choose one of their open courses and the day they asked. Core decides: a
/// member at once, or a place on the waiting list (result()).
class EnrolDialog : public RecordDialog
{
    Q_OBJECT

public:
    EnrolDialog(core::GroupService &groups, core::ClientService &clients,
        core::CourseService &courses, core::Actor actor, const core::GroupCourse &group,
        const QDate &today, QWidget *parent = nullptr);

    /// Searches at once (typing searches after a short pause).
    void searchNow();
    /// Chooses the row of the search result; false when there is none.
    bool chooseClient(int row);

    const core::EnrolResult &result() const { return m_result; }
    /// The chosen client's name, for the message after saving.
    QString clientName() const;

    QLineEdit *searchField() const { return m_search; }
    QListWidget *resultList() const { return m_results; }
    CourseChooser *courseField() const { return m_course; }
    DateField *askedOnField() const { return m_askedOn; }

protected:
    bool save() override;

private:
    void loadCourses();

    core::GroupService &m_groups;
    core::ClientService &m_clients;
    core::CourseService &m_courses;
    core::Actor m_actor;
    QString m_groupId;
    QDate m_today;
    core::EnrolResult m_result;
    std::vector<core::Client> m_found;
    QLineEdit *m_search;
    QListWidget *m_results;
    CourseChooser *m_course;
    DateField *m_askedOn;
    QTimer *m_searchTimer;
};

} // namespace mestring::ui
