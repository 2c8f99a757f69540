#pragma once

#include <vector>

#include <QDate>
#include <QHash>
#include <QWidget>

#include "core/domain/course.h"
#include "core/services/actor.h"
#include "ui/services.h"

class QLabel;
class QPushButton;
class QTableView;

namespace mestring::ui {

class CourseTableModel;
class PhaseTimeline;

/// Forløb: the client's treatment courses with the chosen course's phase timeline, and the
/// steps of a course: register a request, start treatment, change phase, end with reason and
/// outcome, guarantee exemption (free choice) and declined follow-up.
class CoursesTab : public QWidget
{
    Q_OBJECT

public:
    CoursesTab(Services services, core::Actor actor, QWidget *parent = nullptr);

    void setCourses(const QString &clientId, std::vector<core::Course> courses,
        const QHash<QString, QString> &staffNames, const QDate &today);
    /// Whether the client is anonymous (never reported: no registry merge notice).
    void setClientAnonymous(bool anonymous) { m_anonymousClient = anonymous; }
    /// The course shown under the table; null when there is none.
    const core::Course *selectedCourse() const;
    void selectCourse(const QString &courseId);

    void registerCourse();
    void startSelected();
    void changePhaseOfSelected();
    void endSelected();
    void toggleFreeChoice();
    void toggleDeclinedFollowup();

Q_SIGNALS:
    /// A course was created or changed; the record should reload.
    void coursesChanged(const QString &courseId);

private:
    std::vector<core::Course> allCourses() const;
    QPushButton *addButton(const QString &text, const QString &objectName, const QString &tip,
        void (CoursesTab::*slot)());
    void updateSelection();
    QString describe(const core::Course &course) const;

    Services m_services;
    core::Actor m_actor;
    QString m_clientId;
    QDate m_today;
    CourseTableModel *m_model;
    QTableView *m_table;
    PhaseTimeline *m_timeline;
    QLabel *m_details;
    QPushButton *m_register;
    QPushButton *m_start;
    QPushButton *m_phase;
    QPushButton *m_end;
    QPushButton *m_freeChoice;
    QPushButton *m_declined;
    bool m_anonymousClient = false;
};

} // namespace mestring::ui
