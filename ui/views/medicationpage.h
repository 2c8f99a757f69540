#pragma once

#include <QDate>
#include <QWidget>

#include "core/domain/enums.h"
#include "core/services/actor.h"
#include "ui/services.h"

class QAction;
class QLabel;
class QTableView;
class QToolButton;

namespace mestring::ui {

class DateField;
class DispensingListModel;
class DispensingSheet;
struct HtmlDocument;
class PageHeader;

/// Medicin: the day's dispensing list. A nurse works through it by keyboard: T taken, U handed
/// out (asks for the days), M missed, N refused, W withheld (asks why); the row updates at once
/// and the cursor moves to the next row. A blocked row refuses a dose with the service's
/// reason. Roles without Permission::Dispense read the list only.
class MedicationPage : public QWidget
{
    Q_OBJECT

public:
    MedicationPage(Services services, core::Actor actor, QWidget *parent = nullptr);

    /// Reads the list of the chosen day again (also done each time the page is shown).
    void refresh();
    /// The day shown; "today" for tests and screenshots.
    void setDay(const QDate &day);
    QDate day() const { return m_day; }

    /// Records `status` for the current row, as the keys do. HandedOut and Withheld open a
    /// dialog first. Returns whether something was saved.
    bool recordCurrent(core::DispensingStatus status);

    DispensingListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// The line above the table where refusals and warnings are shown.
    QLabel *message() const { return m_message; }
    QAction *recordAction(core::DispensingStatus status) const;
    /// The sheet for signatures of the rows shown.
    DispensingSheet sheet() const;
    HtmlDocument sheetDocument(const DispensingSheet &printed) const;
    void printSheet();
    void saveSheetPdf();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createDayRow();
    QWidget *createRecordRow();
    void createActions();
    void showMessage(const QString &text, bool isError);
    bool saveDirect(int row, core::DispensingStatus status);
    void afterRecording(int row, const QString &clientId);
    void updateActions();

    Services m_services;
    core::Actor m_actor;
    QDate m_day;
    PageHeader *m_header;
    DateField *m_dayField;
    QLabel *m_message;
    DispensingListModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    std::vector<QAction *> m_actions; // by DispensingStatus
};

} // namespace mestring::ui
