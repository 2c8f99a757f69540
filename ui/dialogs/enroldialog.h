#pragma once

#include "core/domain/client.h"
#include "core/services/groupservice.h"
#include "recorddialog.h"

class QLineEdit;
class QListWidget;

namespace mestring::core {
class ClientService;
class CourseService;
}

namespace mestring::ui {

class ClientPicker;
class CourseChooser;
class DateField;

/// Asks for a place in a group for a client's treatment course: find the client by name, CPR
/// number or birth date, choose one of their open courses and the day they asked. Core
/// decides: a member at once, or a place on the waiting list (result()).
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

    QLineEdit *searchField() const;
    QListWidget *resultList() const;
    CourseChooser *courseField() const { return m_course; }
    DateField *askedOnField() const { return m_askedOn; }

protected:
    bool save() override;

private:
    void loadCourses(const QString &clientId);

    core::GroupService &m_groups;
    core::CourseService &m_courses;
    core::Actor m_actor;
    QString m_groupId;
    QDate m_today;
    core::EnrolResult m_result;
    ClientPicker *m_picker;
    CourseChooser *m_course;
    DateField *m_askedOn;
};

} // namespace mestring::ui
