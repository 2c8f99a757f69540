#pragma once

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QTest>

#include "core/domain/ids.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/prescriptionrepository.h"
#include "ui/models/dispensinglistmodel.h"
#include "ui/views/medicationpage.h"
#include "uitestdatabase.h"

namespace mestring::test {

using ui::MedicationPage;

// Two clients on daily supervised methadone since 30 days ago, every dose taken up to
// yesterday, and a nurse at the list of today (the service refuses days that have not come).
// Today is a fixed ordinary Wednesday, so no holiday ever empties the list.
struct MedicationData
{
    UiTestDatabase data;
    core::Actor nurse = data.addStaff(QStringLiteral("s2"), QStringLiteral("Mette Dahl"),
        core::Role::Nurse, QStringLiteral("mette"));
    QDate today;

    QDate clockOn(const QDate &day)
    {
        data.setToday(day);
        return day;
    }
    QString hansen
        = data.addClient(QStringLiteral("Jens"), QStringLiteral("Hansen"), QDate(1980, 1, 1), 1235)
              .id;
    QString andersen = data.addClient(QStringLiteral("Ida"), QStringLiteral("Andersen"),
                               QDate(1975, 5, 17), 1246)
                           .id;
    QString hansensMethadone = prescribe(hansen);
    QString andersensMethadone = prescribe(andersen);

    explicit MedicationData(const QDate &day = QDate(2025, 3, 12))
        : today(clockOn(day))
    {
    }

    QString prescribe(const QString &client)
    {
        core::Prescription p;
        p.id = core::newId();
        p.client = client;
        p.drug = core::Drug::Methadone;
        p.category = core::DrugCategory::Substitution;
        p.doseMg = 80;
        p.start = today.addDays(-30);
        p.prescriber = QStringLiteral("s1");
        core::PrescriptionRepository(data.db).insert(p);
        return p.id;
    }
    void store(const QString &prescription, const QDate &day,
        core::DispensingStatus status = core::DispensingStatus::Taken, int days = 1)
    {
        core::DispensingRepository(data.db).insert(
            {core::newId(), prescription, day, 80, status, days, nurse.staffId, {}});
    }
    void takenUpTo(const QString &prescription, const QDate &last)
    {
        for (QDate d = today.addDays(-30); d <= last; d = d.addDays(1))
            store(prescription, d);
    }
};

// The page in a window of its own, active, so its keys reach it.
struct ShownPage
{
    MedicationPage page;
    QAbstractItemModelTester tester;

    ShownPage(MedicationData &m)
        : page(m.data.services(), m.nurse)
        , tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal)
    {
        page.resize(1200, 600);
        page.show();
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
        page.setDay(m.today);
        page.table()->setFocus();
    }
    QString cell(int row, int column) const
    {
        return page.model()->index(row, column).data().toString();
    }
    int currentRow() const { return page.table()->currentIndex().row(); }
};


} // namespace mestring::test
