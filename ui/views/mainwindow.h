#pragma once

#include <QMainWindow>

#include "core/services/actor.h"
#include "pageid.h"
#include "ui/services.h"

class QLabel;
class QListWidget;
class QStackedWidget;

namespace mestring::ui {

class ClientsPage;
class IntakePage;
class MainWindowActions;
class MedicationPage;
class OverviewPage;

/// The window staff work in: a navigation list on the left, one page per area on the right,
/// the logged-in user in the title and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `databaseName` is shown in the status bar so nobody mistakes a demo or test file for
    /// the centre's real one.
    MainWindow(Services services, core::Actor actor, const QString &databaseName,
        QWidget *parent = nullptr);

    /// Shows a page; a page the role may not open is refused (returns false).
    bool showPage(PageId page);
    PageId currentPage() const;
    /// Shows Borgere with the cursor in its search field (Ctrl+F).
    void findClient();

    ClientsPage *clientsPage() const { return m_clientsPage; }
    OverviewPage *overviewPage() const { return m_overviewPage; }
    /// Opens the client's record on the Medicin tab (from the list or the doctor's worklist).
    void openClientMedication(const QString &clientId);
    /// Visitation; null for roles that may not open it.
    IntakePage *intakePage() const { return m_intakePage; }
    const MainWindowActions *actions() const { return m_actions; }
    const core::Actor &actor() const { return m_actor; }
    /// The page a role starts on: their Overblik for those who work with clients' courses,
    /// Borgere for administrative staff.
    static PageId startPage(const core::Actor &actor);

Q_SIGNALS:
    // File menu: what becomes of the session is the session manager's business.
    void lockRequested();
    void switchUserRequested();
    void logOutRequested();
    /// Quit or the window's close button, when a session manager listens; otherwise the
    /// window simply closes.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createNavigation();
    void createPages();
    void createStatusBar(const QString &databaseName);
    void onNavigationRowChanged(int row);
    void focusPage(QWidget *page);
    void showAbout();
    void changePassword();

    Services m_services;
    core::Actor m_actor;
    MainWindowActions *m_actions;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages;
    OverviewPage *m_overviewPage = nullptr;
    ClientsPage *m_clientsPage = nullptr;
    MedicationPage *m_medicationPage = nullptr;
    IntakePage *m_intakePage = nullptr;
};

} // namespace mestring::ui
