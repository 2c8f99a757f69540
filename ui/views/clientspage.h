#pragma once

#include <QWidget>

#include "core/reports/clientstatusreport.h"
#include "core/services/actor.h"
#include "ui/services.h"

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace mestring::ui {

class ClientListModel;
class ClientRecordWidget;
class PageHeader;

/// Borgere: search the client register and open a client's record.
class ClientsPage : public QWidget
{
    Q_OBJECT

public:
    /// Typing pauses this long before the search runs, so a fast typist causes one query.
    static constexpr int searchDelayMs = 150;

    ClientsPage(Services services, core::Actor actor, QWidget *parent = nullptr);

    /// Shows the list (leaving an open record) and puts the cursor in the search field.
    void focusSearch();
    /// Reads the client and its courses through the services (which log the read) and shows
    /// the record.
    bool openClient(const QString &clientId);
    /// Runs a pending search now instead of after the typing pause.
    void applySearchNow();
    /// Opens the new-client dialog; a created client's record is shown. Returns the new id.
    QString createClient();
    /// Opens the master-data dialog for the shown client.
    void editShownClient();

    ClientListModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    ClientRecordWidget *record() const { return m_record; }
    bool isShowingRecord() const;
    /// Assembles Borgerstatus of the shown client (a failure is shown; nullopt then).
    std::optional<core::ClientStatusReport> clientStatus();
    /// The print preview of clientStatus(), with "Gem som PDF".
    void printClientStatus();
    /// Borgerens plan of the open client: print preview with "Gem som PDF" (logged as a print).
    void printCitizenPlan();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openCurrent();
    /// Connected queued: the model reports from inside a reset or fetch, and a modal box must
    /// not run an event loop there.
    void showLoadError(const QString &message);
    void onReturnInSearch();
    void updateCount();
    void showList();
    QWidget *createListPane();
    QWidget *createSearchRow();

    Services m_services;
    core::Actor m_actor;
    ClientListModel *m_model;
    PageHeader *m_header;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    QTimer *m_searchTimer;
    QStackedWidget *m_stack;
    ClientRecordWidget *m_record;
};

} // namespace mestring::ui
