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
    /// Visitation; null for roles that may not open it.
    IntakePage *intakePage() const { return m_intakePage; }
    const MainWindowActions *actions() const { return m_actions; }

private:
    QWidget *createNavigation();
    void createPages();
    void createStatusBar(const QString &databaseName);
    void onNavigationRowChanged(int row);
    void showAbout();

    Services m_services;
    core::Actor m_actor;
    MainWindowActions *m_actions;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages;
    OverviewPage *m_overviewPage = nullptr;
    ClientsPage *m_clientsPage = nullptr;
    IntakePage *m_intakePage = nullptr;
};

} // namespace mestring::ui
