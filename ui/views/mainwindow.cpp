#include "mainwindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaMethod>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include "administrationpage.h"
#include "calendarpage.h"
#include "clientspage.h"
#include "core/services/permissions.h"
#include "emptypage.h"
#include "groupspage.h"
#include "intakepage.h"
#include "mainwindowactions.h"
#include "medicationpage.h"
#include "overviewpage.h"
#include "reportspage.h"
#include "ui/dialogs/changepassworddialog.h"
#include "ui/widgets/clientrecordwidget.h"
#include "ui/widgets/connectionbanner.h"

namespace mestring::ui {

namespace {

// The navigation's own look: calm, roomy rows and a clearly marked current page. Kept here,
// not in a global style sheet, so dialogs and tables keep the platform style.
const char *const navigationStyle = R"(
QWidget#navigationPane { background: #eef3f3; border-right: 1px solid #d5dfdf; }
QListWidget#navigation { background: transparent; border: none; outline: none; }
QListWidget#navigation::item { padding: 7px 8px; margin: 1px 8px; border-radius: 6px;
                               color: #22313a; }
QListWidget#navigation::item:hover { background: #dfeceb; }
QListWidget#navigation::item:selected { background: #c9e4e0; color: #0f3d37; }
QListWidget#navigation::item:disabled { color: #9aa7ad; }
QLabel#brand { color: #1b6b62; }
)";

} // namespace

MainWindow::MainWindow(
    Services services, core::Actor actor, const QString &databaseName, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_actions(new MainWindowActions(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Mestring \u2013 %1 (%2)").arg(m_actor.name, core::roleTitle(m_actor.role)));
    setWindowIcon(QApplication::windowIcon());
    m_actions->populate(menuBar());

    createPages();
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createNavigation());
    auto *content = new QWidget(central);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(20, 16, 20, 12);
    contentLayout->addWidget(new ConnectionBanner(m_services.changes, m_services.clock, content));
    contentLayout->addWidget(m_pages);
    // A page that needs more room than the screen has scrolls, instead of pushing the window
    // past the screen's edge (a window taller than the screen loses its status bar).
    auto *scroll = new QScrollArea(central);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    setCentralWidget(central);
    createStatusBar(databaseName);

    connect(m_actions->findClient(), &QAction::triggered, this, &MainWindow::findClient);
    connect(m_actions->newClient(), &QAction::triggered, this, [this] {
        if (showPage(PageId::Clients)) m_clientsPage->createClient();
    });
    connect(m_actions->quit(), &QAction::triggered, this, &QMainWindow::close);
    connect(m_actions->lock(), &QAction::triggered, this, &MainWindow::lockRequested);
    connect(m_actions->switchUser(), &QAction::triggered, this, &MainWindow::switchUserRequested);
    connect(m_actions->logOut(), &QAction::triggered, this, &MainWindow::logOutRequested);
    connect(m_actions->changePassword(), &QAction::triggered, this, &MainWindow::changePassword);
    connect(m_actions->about(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->aboutQt(), &QAction::triggered, qApp, &QApplication::aboutQt);
    for (int i = 0; i < pageCount; ++i) {
        const auto page = PageId(i);
        QAction *action = m_actions->showPage(page);
        action->setEnabled(pageAllowed(page, m_actor));
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    }
    m_actions->findClient()->setEnabled(pageAllowed(PageId::Clients, m_actor));
    m_actions->newClient()->setEnabled(pageAllowed(PageId::Clients, m_actor)
        && core::roleHas(m_actor.role, core::Permission::EditMasterData));

    showPage(startPage(m_actor));
}

PageId MainWindow::startPage(const core::Actor &actor)
{
    return core::mayDo(actor, core::Permission::ReadClinical) ? PageId::Overview : PageId::Clients;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isSignalConnected(QMetaMethod::fromSignal(&MainWindow::quitRequested))) {
        // The session manager asks about other users' unsaved work and ends every session.
        event->ignore();
        Q_EMIT quitRequested();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_services.auth, m_actor, this);
    if (dialog.exec() != QDialog::Accepted) return;
    if (m_services.passwordChanged) m_services.passwordChanged(dialog.newPassword());
    statusBar()->showMessage(tr("Your password is changed."), 10000);
}

QWidget *MainWindow::createNavigation()
{
    auto *pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("navigationPane"));
    pane->setAttribute(Qt::WA_StyledBackground);
    pane->setStyleSheet(QLatin1StringView(navigationStyle));

    auto *brand = new QLabel(tr("Mestring"), pane);
    brand->setObjectName(QStringLiteral("brand"));
    QFont brandFont = brand->font();
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.4);
    brandFont.setBold(true);
    brand->setFont(brandFont);
    auto *logo = new QLabel(pane);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/mestring-64.png")).pixmap(28, 28));

    m_navigation = new QListWidget(pane);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setAccessibleName(tr("Navigation"));
    for (int i = 0; i < pageCount; ++i) {
        const auto page = PageId(i);
        auto *item = new QListWidgetItem(pageIcon(page), pageTitle(page), m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pageTitle(page)).arg(i + 1));
        if (!pageAllowed(page, m_actor)) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("Your role (%1) does not give access to %2.")
                                 .arg(core::roleTitle(m_actor.role), pageTitle(page)));
        }
    }
    connect(
        m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onNavigationRowChanged);

    auto *brandRow = new QHBoxLayout;
    brandRow->setContentsMargins(16, 14, 16, 14);
    brandRow->setSpacing(8);
    brandRow->addWidget(logo);
    brandRow->addWidget(brand, 1);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addLayout(brandRow);
    layout->addWidget(m_navigation, 1);
    pane->setFixedWidth(200);
    return pane;
}

void MainWindow::createPages()
{
    m_overviewPage = new OverviewPage(m_services, m_actor, m_pages);
    connect(m_overviewPage, &OverviewPage::openClientRequested, this,
        [this](const QString &clientId, const QString &courseId,
            std::optional<core::CaseloadFlagKind> flag) {
            if (showPage(PageId::Clients) && m_clientsPage->openClient(clientId))
                m_clientsPage->record()->showPlaceFor(flag, courseId);
        });
    m_clientsPage = new ClientsPage(m_services, m_actor, m_pages);
    connect(m_overviewPage, &OverviewPage::findClientRequested, this, &MainWindow::findClient);
    connect(m_overviewPage, &OverviewPage::openMedicationRequested, this,
        &MainWindow::openClientMedication);
    // Added in PageId order: the stack index is the page id.
    m_pages->addWidget(m_overviewPage);
    m_pages->addWidget(m_clientsPage);
    auto *calendar = new CalendarPage(m_services, m_actor, m_pages);
    connect(calendar, &CalendarPage::openClientRequested, this, [this](const QString &clientId) {
        if (showPage(PageId::Clients) && m_clientsPage->openClient(clientId))
            m_clientsPage->record()->showTab(QStringLiteral("appointmentsTab"));
    });
    m_pages->addWidget(calendar);
    m_pages->addWidget(new GroupsPage(m_services, m_actor, m_pages));
    if (pageAllowed(PageId::Medication, m_actor)) {
        m_medicationPage = new MedicationPage(m_services, m_actor, m_pages);
        connect(m_medicationPage, &MedicationPage::openClientRequested, this,
            &MainWindow::openClientMedication);
        m_pages->addWidget(m_medicationPage);
    } else
        m_pages->addWidget(new EmptyPage(pageTitle(PageId::Medication), m_pages));
    auto *reports = new ReportsPage(m_services, m_actor, m_pages);
    connect(reports, &ReportsPage::openClientRequested, this, [this](const QString &clientId) {
        if (showPage(PageId::Clients)) m_clientsPage->openClient(clientId);
    });
    m_pages->addWidget(reports);
    auto *administration = new AdministrationPage(m_services, m_actor, m_pages);
    // A restore is carried out at the next start (docs/decisions.md): the window closes.
    connect(administration, &AdministrationPage::restartRequested, this, &QWidget::close,
        Qt::QueuedConnection);
    m_pages->addWidget(administration);
    if (pageAllowed(PageId::Intake, m_actor)) {
        m_intakePage = new IntakePage(m_services, m_actor, m_pages);
        connect(m_intakePage, &IntakePage::openClientRequested, this,
            [this](const QString &clientId, const QString &courseId) {
                if (showPage(PageId::Clients) && m_clientsPage->openClient(clientId))
                    m_clientsPage->record()->showPlaceFor(
                        core::CaseloadFlagKind::RegistryOverdue, courseId);
            });
        connect(m_overviewPage, &OverviewPage::registryWorklistRequested, this, [this] {
            if (showPage(PageId::Intake)) m_intakePage->showRegistry();
        });
        m_pages->addWidget(m_intakePage);
    } else {
        m_pages->addWidget(new EmptyPage(pageTitle(PageId::Intake), m_pages));
    }
}

void MainWindow::createStatusBar(const QString &databaseName)
{
    auto *user = new QLabel(
        tr("Logged in as %1 (%2)").arg(m_actor.name, core::roleTitle(m_actor.role)), this);
    user->setObjectName(QStringLiteral("statusUser"));
    auto *database = new QLabel(tr("Database: %1").arg(databaseName), this);
    database->setObjectName(QStringLiteral("statusDatabase"));
    statusBar()->addWidget(user);
    statusBar()->addPermanentWidget(database);
}

bool MainWindow::showPage(PageId page)
{
    if (!pageAllowed(page, m_actor)) return false;
    m_navigation->setCurrentRow(int(page));
    return true;
}

PageId MainWindow::currentPage() const
{
    return PageId(m_pages->currentIndex());
}

void MainWindow::onNavigationRowChanged(int row)
{
    if (row < 0 || row >= pageCount) return;
    m_pages->setCurrentIndex(row);
    m_actions->showPage(PageId(row))->setChecked(true);
    // Ctrl+1 … Ctrl+7 put the cursor in the page; arrowing through the navigation keeps it there.
    if (!m_navigation->hasFocus()) focusPage(m_pages->currentWidget());
}

void MainWindow::focusPage(QWidget *page)
{
    // A page that names where work starts (its focus proxy: the Kalender's list, Visitation's
    // table) gets the keyboard, so its one-key actions work at once after Ctrl+N.
    if (page->focusProxy()) {
        page->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    // Otherwise the page's main list: its first list or table that is shown (the day list, the caseload,
    // the groups, the dispensing list, the clients).
    const auto views = page->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (view->isVisible() && view->isEnabled() && (view->focusPolicy() & Qt::TabFocus)) {
            view->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::findClient()
{
    // On the dispensing list Ctrl+F finds in the list: the nurse stays on the day's work.
    if (m_medicationPage && currentPage() == PageId::Medication) {
        m_medicationPage->focusFilter();
        return;
    }
    if (showPage(PageId::Clients)) m_clientsPage->focusSearch();
}

void MainWindow::openClientMedication(const QString &clientId)
{
    if (showPage(PageId::Clients) && m_clientsPage->openClient(clientId))
        m_clientsPage->record()->showTab(QStringLiteral("medicationTab"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Mestring"),
        tr("<h3>Mestring %1</h3><p>Journal and effect measurement for municipal "
           "addiction treatment centres.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace mestring::ui
