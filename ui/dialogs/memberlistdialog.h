#pragma once

#include <vector>

#include <QDialog>

#include "core/reports/reportmembers.h"

class QLabel;
class QTableView;

namespace mestring::ui {

class MemberTableModel;

/// Lists the courses or clients behind one number of the Rapporter page (a drill-down): who
/// is in the numerator and the denominator. Enter or a double-click on a row closes the dialog
/// with that row's client chosen, for the page to open the client's record.
class MemberListDialog : public QDialog
{
    Q_OBJECT

public:
    /// `title`: the indicator and breakdown; `isRate`: a rate (numerator of denominator), not
    /// a count; `weighted`: members add more than one (appointments, attendances, goals).
    MemberListDialog(const QString &title, const QString &period, core::MemberUnit unit,
        std::vector<core::MemberRow> rows, bool isRate, bool weighted, QWidget *parent = nullptr);

    MemberTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    /// The client whose row was activated (Enter, double-click); empty when closed otherwise.
    QString chosenClientId() const { return m_chosen; }
    QString chosenCourseId() const { return m_chosenCourse; }

private:
    MemberTableModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QString m_chosen;
    QString m_chosenCourse;
};

} // namespace mestring::ui
