#pragma once

#include <QDate>
#include <QWidget>

#include "core/domain/enums.h"
#include "core/domain/medication/medicationsettings.h"
#include "core/services/actor.h"
#include "ui/services.h"

class QAction;
class QLabel;
class QLineEdit;
class QTableView;

namespace mestring::core {
struct DispensingListRow;
}

namespace mestring::ui {

class DateField;
class DispensingListFilter;
class DispensingListModel;
class DispensingSheet;
struct HtmlDocument;
class PageHeader;

/// Medicin: the day's dispensing list. A nurse works through it by keyboard: T taken, U handed
/// out (asks for the days), M missed, N refused, W withheld (asks why); the row updates at once
/// and the cursor moves to the next row still due. A row with closed days ahead plans the
/// take-home for them (T and U both ask for the supply); a day that is over asks for the reason
/// of the late registration. Ctrl+Z annuls the current row's registration (with a reason).
/// Ctrl+F filters the list by name or birth date, Enter opens the client. Messages appear in a
/// fixed place above the list, so rows never move under the mouse. A blocked row, or one
/// whose dose awaits a doctor, refuses a dose with the service's reason. Roles without
/// Permission::Dispense read the list only.
class MedicationPage : public QWidget
{
    Q_OBJECT

public:
    MedicationPage(Services services, core::Actor actor, QWidget *parent = nullptr);

    /// Reads the list of the chosen day again (also done each time the page is shown).
    void refresh();
    /// The day shown.
    void setDay(const QDate &day);
    QDate day() const { return m_day; }

    /// Records `status` for the current row, as the keys do. HandedOut, Withheld, a planned
    /// take-home and every late registration open a dialog first. Returns whether something
    /// was saved.
    bool recordCurrent(core::DispensingStatus status);
    /// Annuls the current row's registration after asking for the reason (Ctrl+Z).
    bool annulCurrent();
    /// Puts the cursor in the filter (Ctrl+F on this page).
    void focusFilter();

    DispensingListModel *model() const { return m_model; }
    DispensingListFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterField() const { return m_filterField; }
    /// The fixed line above the table where refusals and warnings are shown.
    QLabel *message() const { return m_message; }
    /// The closed-day notice beside the day ("Lukkedag: Langfredag"); hidden on open days.
    QLabel *closedDayNotice() const { return m_closedNotice; }
    QAction *recordAction(core::DispensingStatus status) const;
    QAction *annulAction() const { return m_annul; }
    /// The list row (in the model) the cursor is on; -1 when none.
    int currentSourceRow() const;
    /// Puts the cursor on a list row (a row of model()), when the filter shows it.
    void selectListRow(int row);
    /// The sheet for signatures of the rows shown.
    DispensingSheet sheet() const;
    HtmlDocument sheetDocument(const DispensingSheet &printed) const;
    void printSheet();
    void saveSheetPdf();

Q_SIGNALS:
    /// Enter or a double click on a row: open the client's Medicin tab.
    void openClientRequested(const QString &clientId);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// refresh() after another PC changed what the page shows, keeping its message.
    void followChanges();
    QWidget *createDayRow();
    QWidget *createRecordRow();
    void createActions();
    void showMessage(const QString &text, bool isError);
    bool saveDirect(int row, core::DispensingStatus status);
    bool recordInDialog(int row, core::DispensingStatus status);
    void afterRecording(int row, const QString &clientId);
    void updateActions();
    void updateSummary();
    bool needsDialog(const core::DispensingListRow &row, core::DispensingStatus status) const;

    Services m_services;
    core::Actor m_actor;
    QDate m_day;
    core::MedicationSettings m_settings;
    PageHeader *m_header;
    DateField *m_dayField;
    QLabel *m_closedNotice;
    QLabel *m_message;
    bool m_messageIsError = false;
    DispensingListModel *m_model;
    DispensingListFilter *m_filter;
    QTableView *m_table;
    QLineEdit *m_filterField;
    QLabel *m_summary;
    std::vector<QAction *> m_actions; // by DispensingStatus
    QAction *m_annul;
};

} // namespace mestring::ui
