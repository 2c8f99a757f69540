#include "pageid.h"

#include "core/services/permissions.h"
#include "mainwindow.h"

namespace mestring::ui {

// The titles belong to the main window's navigation, hence its translation context.
QString pageTitle(PageId page)
{
    switch (page) {
    case PageId::Overview:
        return MainWindow::tr("Overview");
    case PageId::Clients:
        return MainWindow::tr("Clients");
    case PageId::Calendar:
        return MainWindow::tr("Calendar");
    case PageId::Groups:
        return MainWindow::tr("Groups");
    case PageId::Medication:
        return MainWindow::tr("Medication");
    case PageId::Reports:
        return MainWindow::tr("Reports");
    case PageId::Administration:
        return MainWindow::tr("Administration");
    case PageId::Intake:
        return MainWindow::tr("Intake");
    }
    return QString();
}

QIcon pageIcon(PageId page)
{
    switch (page) {
    case PageId::Overview:
        return QIcon(QStringLiteral(":/icons/nav-overview.png"));
    case PageId::Clients:
        return QIcon(QStringLiteral(":/icons/nav-clients.png"));
    case PageId::Calendar:
        return QIcon(QStringLiteral(":/icons/nav-calendar.png"));
    case PageId::Groups:
        return QIcon(QStringLiteral(":/icons/nav-groups.png"));
    case PageId::Medication:
        return QIcon(QStringLiteral(":/icons/nav-medication.png"));
    case PageId::Reports:
        return QIcon(QStringLiteral(":/icons/nav-reports.png"));
    case PageId::Administration:
        return QIcon(QStringLiteral(":/icons/nav-administration.png"));
    case PageId::Intake:
        return QIcon(QStringLiteral(":/icons/nav-intake.png"));
    }
    return QIcon();
}

bool pageAllowed(PageId page, const core::Actor &actor)
{
    using core::Permission;
    switch (page) {
    case PageId::Medication:
        return core::mayDo(actor, Permission::ReadMedication);
    case PageId::Reports:
        return core::mayDo(actor, Permission::ViewReports);
    case PageId::Administration:
        return core::mayDo(actor, Permission::ManageStaff);
    case PageId::Intake:
        return core::mayDo(actor, Permission::ManageIntake);
    default:
        return true;
    }
}

} // namespace mestring::ui
