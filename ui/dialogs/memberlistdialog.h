#pragma once

#include <vector>

#include <QDate>
#include <QDialog>

#include "core/reports/reportmembers.h"
#include "ui/print/printuse.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace mestring::ui {

class MemberTableModel;

/// What a list behind a number is about.
struct MemberListInfo
{
    QString indicator; // the indicator's id
    QString title; // the indicator and breakdown: "Udeblivelser – Stofforløb"
    QString period; // "01-01-2025 – 31-03-2025"
    QString group; // "Hjemkommune: Viborg"; empty for the whole centre
    QDate today; // for the printed and exported list
};

/// Lists the courses or clients behind one number of the Rapporter page (a drill-down): who
/// is in the numerator and the denominator, with the columns the indicator turns on. The list
/// sorts by any column (a click on its header), prints (preview) and exports to Excel or CSV
/// in the order shown. Enter or a double-click on a row closes the dialog with that row's
/// client chosen, for the page to open the client's record.
class MemberListDialog : public QDialog
{
    Q_OBJECT

public:
    /// Printing and exporting the list are recorded in the access log through `use`.
    MemberListDialog(const MemberListInfo &info, core::MemberUnit unit,
        std::vector<core::MemberRow> rows, const PrintUse &use, QWidget *parent = nullptr);

    MemberTableModel *model() const { return m_model; }
    QSortFilterProxyModel *sorted() const { return m_sorted; }
    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *exportButton() const { return m_export; }
    /// The client whose row was activated (Enter, double-click); empty when closed otherwise.
    QString chosenClientId() const { return m_chosen; }
    QString chosenCourseId() const { return m_chosenCourse; }

    /// The rows in the order shown.
    std::vector<core::MemberRow> shownRows() const;
    /// The list as printed: a heading with the period and group, and the table in the order
    /// shown.
    QString html() const;
    /// Writes the list in the order shown to `path` (.xlsx, or .csv for Danish Excel); the
    /// message for the user when it failed, empty otherwise.
    QString exportTo(const QString &path) const;

private:
    void printPreview();
    void exportList();

    MemberListInfo m_info;
    PrintUse m_use;
    MemberTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_print;
    QPushButton *m_export;
    QString m_chosen;
    QString m_chosenCourse;
};

} // namespace mestring::ui
