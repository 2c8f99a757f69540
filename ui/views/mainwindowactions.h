#pragma once

#include <array>

#include <QObject>

#include "pageid.h"

class QAction;
class QMenuBar;
class QWidget;

namespace mestring::ui {

/// The main window's actions and menus, kept apart from the window so it stays about layout.
/// Every action is added to the window, so its shortcut works wherever the focus is.
class MainWindowActions : public QObject
{
    Q_OBJECT

public:
    explicit MainWindowActions(QWidget *window);

    void populate(QMenuBar *menuBar) const;

    QAction *findClient() const { return m_findClient; }
    QAction *newClient() const { return m_newClient; }
    QAction *showPage(PageId page) const { return m_showPage[std::size_t(page)]; }
    QAction *quit() const { return m_quit; }
    QAction *lock() const { return m_lock; }
    QAction *switchUser() const { return m_switchUser; }
    QAction *logOut() const { return m_logOut; }
    QAction *changePassword() const { return m_changePassword; }
    QAction *about() const { return m_about; }
    QAction *aboutQt() const { return m_aboutQt; }

private:
    QAction *m_findClient;
    QAction *m_newClient;
    std::array<QAction *, pageCount> m_showPage {};
    QAction *m_quit;
    QAction *m_lock;
    QAction *m_switchUser;
    QAction *m_logOut;
    QAction *m_changePassword;
    QAction *m_about;
    QAction *m_aboutQt;
};

} // namespace mestring::ui
