#pragma once

#include <vector>

#include <QDate>
#include <QHash>
#include <QWidget>

#include "core/domain/calendar.h"
#include "core/domain/staffmember.h"
#include "core/services/actor.h"
#include "ui/services.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace mestring::ui {

class AppointmentTableModel;
class AttendanceActions;
class FitEntryAction;
class CalendarWeekModel;
class DateField;
class DayList;
struct HtmlDocument;
class PageHeader;

/// Kalender: one staff member's or the whole centre's day or week. The day view lists the
/// appointments by time; attendance is one key there (see AttendanceActions). The week view
/// is a grid of days with the clients absent each day on top; Enter on a cell opens that day.
/// Book (Ctrl+N), move (F2) and print the day list per staff member from here.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    enum class View { Day, Week };

    CalendarPage(Services services, core::Actor actor, QWidget *parent = nullptr);

    void setDay(const QDate &day);
    QDate day() const { return m_day; }
    void setView(View view);
    View view() const { return m_view; }
    /// Whose calendar: a staff id, or empty for the whole centre.
    void setStaff(const QString &staffId);
    QString staff() const;
    /// Reads the calendar again (also each time the page is shown).
    void refresh();

    AppointmentTableModel *dayModel() const { return m_dayModel; }
    CalendarWeekModel *weekModel() const { return m_weekModel; }
    QTableView *dayTable() const { return m_dayTable; }
    QTableView *weekTable() const { return m_weekTable; }
    AttendanceActions *attendance() const { return m_attendance; }
    FitEntryAction *fit() const { return m_fit; }
    /// The line under the navigation: absent clients (day view) or refusals.
    QString absenceText() const;
    QString message() const;
    /// The printed day list of the day and staff shown, read again (a failure is shown).
    DayList dayList();
    HtmlDocument dayListDocument(const DayList &list) const;

    void bookAppointment();
    void moveAppointment();
    void printDayList();
    void saveDayListPdf();

Q_SIGNALS:
    /// Enter on an appointment: open the client's record on the Aftaler tab.
    void openClientRequested(const QString &clientId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// refresh() after another PC changed what the page shows, keeping its message.
    void followChanges();
    QWidget *createNavigationRow();
    QWidget *createActionRow();
    void setUpTables();
    void loadStaff();
    void showMessage(const QString &text, bool isError = true);
    void showAbsences(const core::CalendarSpan &span);
    void openWeekCell(const QModelIndex &index);
    void step(int direction);
    QDate firstDay() const;
    QDate lastDay() const;

    Services m_services;
    core::Actor m_actor;
    QDate m_day;
    View m_view = View::Day;
    std::vector<core::StaffMember> m_staffList;
    QHash<QString, QString> m_staffNames;
    PageHeader *m_header;
    QComboBox *m_staff;
    QButtonGroup *m_viewButtons;
    DateField *m_dayField;
    QLabel *m_absences;
    QLabel *m_message;
    QStackedWidget *m_stack;
    AppointmentTableModel *m_dayModel;
    QTableView *m_dayTable;
    CalendarWeekModel *m_weekModel;
    QTableView *m_weekTable;
    AttendanceActions *m_attendance;
    FitEntryAction *m_fit;
    QWidget *m_attendanceRow;
};

} // namespace mestring::ui
