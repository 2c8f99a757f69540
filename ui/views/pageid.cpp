#include "pageid.h"

#include <QCoreApplication>

#include "core/services/permissions.h"

namespace mestring::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring::ui::MainWindow", text);
}

} // namespace

QString pageTitle(PageId page)
{
    switch (page) {
    case PageId::Overview:
        return tr("Overview");
    case PageId::Clients:
        return tr("Clients");
    case PageId::Calendar:
        return tr("Calendar");
    case PageId::Groups:
        return tr("Groups");
    case PageId::Medication:
        return tr("Medication");
    case PageId::Reports:
        return tr("Reports");
    case PageId::Administration:
        return tr("Administration");
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
    default:
        return true;
    }
}

} // namespace mestring::ui
