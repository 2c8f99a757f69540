#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

#include "core/services/permissions.h"
#include "ui/models/stafftablemodel.h"
#include "ui/views/administrationpage.h"
#include "ui/views/mainwindow.h"
#include "uitestdatabase.h"

using mestring::test::UiTestDatabase;
using mestring::ui::StaffTableModel;
namespace core = mestring::core;

TEST_CASE("The administration page lists every staff account read through the staff service",
    "[ui][administration]")
{
    UiTestDatabase data;
    const auto manager = data.addStaff(QStringLiteral("s2"), QStringLiteral("Lise Berg"),
        core::Role::Manager, QStringLiteral("lise"));
    core::StaffMember former {
        QStringLiteral("s3"), QStringLiteral("Ole Kirk"), core::Role::Doctor, QString(), true};
    data.staff.create(manager, former);
    data.staff.setActive(manager, QStringLiteral("s3"), false);

    mestring::ui::AdministrationPage page(data.services(), manager);
    StaffTableModel *model = page.staffModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.refresh();

    REQUIRE(model->rowCount() == 3);
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, StaffTableModel::NameColumn).data().toString();
    CHECK(names.contains(QStringLiteral("Anne Holm")));
    CHECK(names.contains(QStringLiteral("Ole Kirk")));
    const int ole = int(names.indexOf(QStringLiteral("Ole Kirk")));
    CHECK_FALSE(model->index(ole, 0).data(StaffTableModel::ActiveRole).toBool());
    CHECK(model->index(ole, StaffTableModel::RoleColumn).data().toString()
        == core::roleTitle(core::Role::Doctor));
    CHECK(model->index(ole, StaffTableModel::StatusColumn).data().toString()
        == StaffTableModel::tr("Deactivated"));

    // A change through the service shows without reopening the page.
    data.addStaff(QStringLiteral("s4"), QStringLiteral("Mette Dahl"), core::Role::Nurse,
        QStringLiteral("mette"));
    data.staff.setActive(manager, QStringLiteral("s3"), true);
    CHECK(model->rowCount() == 4);
}

TEST_CASE("Only managers can open the administration page", "[ui][administration][mainwindow]")
{
    UiTestDatabase data;
    const auto manager = data.addStaff(QStringLiteral("s2"), QStringLiteral("Lise Berg"),
        core::Role::Manager, QStringLiteral("lise"));
    mestring::ui::MainWindow managers(data.services(), manager, QStringLiteral("test.sqlite"));
    CHECK(managers.showPage(mestring::ui::PageId::Administration));
    mestring::ui::MainWindow therapists(
        data.services(), data.therapist, QStringLiteral("test.sqlite"));
    CHECK_FALSE(therapists.showPage(mestring::ui::PageId::Administration));
}
