#include "mainwindowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QWidget>

namespace mestring::ui {

MainWindowActions::MainWindowActions(QWidget *window)
    : QObject(window)
    , m_findClient(
          new QAction(QIcon(QStringLiteral(":/icons/search.png")), tr("&Find client"), this))
    , m_newClient(new QAction(QIcon(QStringLiteral(":/icons/add.png")), tr("&New client"), this))
    , m_quit(new QAction(tr("&Quit"), this))
    , m_lock(new QAction(tr("&Lock"), this))
    , m_switchUser(new QAction(tr("&Switch user\u2026"), this))
    , m_logOut(new QAction(tr("Log &out"), this))
    , m_changePassword(new QAction(tr("Change &password\u2026"), this))
    , m_about(new QAction(tr("&About Mestring"), this))
    , m_aboutQt(new QAction(tr("About &Qt"), this))
{
    m_findClient->setObjectName(QStringLiteral("findClientAction"));
    m_findClient->setShortcut(QKeySequence::Find);
    m_newClient->setObjectName(QStringLiteral("newClientAction"));
    m_newClient->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_quit->setShortcut(QKeySequence::Quit);
    // Ctrl+L as Windows+L locks the PC: leaving the desk is one key press.
    m_lock->setObjectName(QStringLiteral("lockAction"));
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lock->setToolTip(tr("Hide your work behind the lock screen until you type your password"));
    m_switchUser->setObjectName(QStringLiteral("switchUserAction"));
    m_switchUser->setToolTip(tr("A colleague logs in at this PC; your work waits locked for you"));
    m_logOut->setObjectName(QStringLiteral("logOutAction"));
    m_changePassword->setObjectName(QStringLiteral("changePasswordAction"));
    m_quit->setMenuRole(QAction::QuitRole);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);

    auto *group = new QActionGroup(this);
    for (int i = 0; i < pageCount; ++i) {
        const auto page = PageId(i);
        auto *action = new QAction(pageIcon(page), pageTitle(page), group);
        action->setObjectName(QStringLiteral("showPage%1").arg(i + 1));
        action->setCheckable(true);
        // Ctrl+1 .. Ctrl+8 in navigation order.
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_showPage[std::size_t(i)] = action;
    }

    window->addAction(m_findClient);
    window->addAction(m_newClient);
    window->addAction(m_quit);
    window->addAction(m_lock);
    for (QAction *action : m_showPage)
        window->addAction(action);
}

void MainWindowActions::populate(QMenuBar *menuBar) const
{
    QMenu *file = menuBar->addMenu(tr("&File"));
    file->addAction(m_newClient);
    file->addSeparator();
    file->addAction(m_changePassword);
    file->addAction(m_lock);
    file->addAction(m_switchUser);
    file->addAction(m_logOut);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *view = menuBar->addMenu(tr("&View"));
    view->addAction(m_findClient);
    view->addSeparator();
    for (QAction *action : m_showPage)
        view->addAction(action);

    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

} // namespace mestring::ui
