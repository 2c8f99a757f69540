#include <catch2/catch.hpp>

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>

#include "core/services/medicationsettingsservice.h"
#include "core/storage/correctionrepository.h"
#include "ui/dialogs/prescriptiondialog.h"
#include "ui/models/closeddaytablemodel.h"
#include "ui/models/dispensinghistorymodel.h"
#include "ui/models/prescriptiontablemodel.h"
#include "ui/models/worklisttablemodel.h"
#include "ui/views/admin/medicationsettingspanel.h"
#include "ui/views/overviewpage.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/medicationtab.h"
#include "ui/widgets/worklistpanel.h"
#include "medicationtestdata.h"
#include "uitesthelpers.h"

using namespace mestring;
using mestring::test::MedicationData;
using mestring::test::ModalAnswer;
using mestring::test::typeInto;

namespace {

core::Actor addDoctor(MedicationData &m)
{
    return m.data.addStaff(
        QStringLiteral("s3"), QStringLiteral("Ole Berg"), core::Role::Doctor, QStringLiteral("ole"));
}

} // namespace

TEST_CASE("The doctor's Overblik lists the blocked client and opens the client's medication",
    "[ui][medication][worklist]")
{
    MedicationData m;
    m.takenUpTo(m.hansensMethadone, m.today.addDays(-4)); // blocked today
    m.takenUpTo(m.andersensMethadone, m.today.addDays(-1));
    const core::Actor doctor = addDoctor(m);
    ui::OverviewPage page(m.data.services(), doctor);
    page.setToday(m.today);
    REQUIRE(page.worklist());
    const ui::WorklistTableModel *model = page.worklist()->model();
    REQUIRE(model->rowCount() >= 1);
    CHECK(model->itemAt(0).kind == core::WorklistKind::Blocked);
    CHECK(model->itemAt(0).clientId == m.hansen);
    CHECK(model->index(0, ui::WorklistTableModel::DetailColumn).data().toString().contains(
        QStringLiteral("3")));
    QSignalSpy opened(&page, &ui::OverviewPage::openMedicationRequested);
    Q_EMIT page.worklist()->table()->activated(model->index(0, 0));
    REQUIRE(opened.size() == 1);
    CHECK(opened.front().front().toString() == m.hansen);
    // A therapist's Overblik has no worklist.
    ui::OverviewPage therapists(m.data.services(), m.data.therapist);
    CHECK_FALSE(therapists.worklist());
}

TEST_CASE("A doctor cannot save 900 mg without confirming it with a reason in the dialog",
    "[ui][medication][plausibility]")
{
    MedicationData m;
    m.takenUpTo(m.hansensMethadone, m.today.addDays(-1));
    const core::Actor doctor = addDoctor(m);
    const core::Prescription current = *core::PrescriptionRepository(m.data.db).byId(m.hansensMethadone);
    ui::PrescriptionDialog dialog(m.data.set.prescriptions, doctor, current, m.today);
    dialog.show();
    CHECK(dialog.focusWidget() == dialog.doseField());
    CHECK(dialog.volumeLabel()->text().contains(QStringLiteral("80 ml")));
    dialog.doseField()->setValue(900);
    CHECK(dialog.volumeLabel()->text().contains(QStringLiteral("900 ml")));
    dialog.accept();
    CHECK(dialog.isVisible()); // not saved
    CHECK(dialog.confirmationField()->isVisibleTo(&dialog));
    CHECK(dialog.messageFor(QStringLiteral("dose_confirmed")).contains(QStringLiteral("150")));
    CHECK(core::PrescriptionRepository(m.data.db).forClient(m.hansen).size() == 1);
    dialog.confirmationField()->setText(QStringLiteral("Aftalt med overlægen"));
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    const auto saved = core::PrescriptionRepository(m.data.db).byId(dialog.savedId());
    REQUIRE(saved);
    CHECK(saved->doseMg == 900);
    REQUIRE(saved->doseConfirmed);
    CHECK(saved->doseConfirmed->reason == QStringLiteral("Aftalt med overlægen"));
}

TEST_CASE("The Medicin tab annuls a prescription entered in error and a registration, and "
          "shows both struck through",
    "[ui][medication][corrections]")
{
    MedicationData m;
    m.takenUpTo(m.hansensMethadone, m.today);
    const core::Actor doctor = addDoctor(m);
    // A wrong prescription written for tomorrow, before anything was dispensed on it.
    core::Prescription next = *core::PrescriptionRepository(m.data.db).byId(m.hansensMethadone);
    next.doseMg = 800;
    next.doseConfirmed = core::SignedReason {QStringLiteral("x"), {}, {}};
    const QString wrong
        = m.data.set.prescriptions.change(doctor, m.hansensMethadone, m.today, next).id;

    ui::MedicationTab tab(m.data.services(), doctor);
    tab.show();
    tab.setClient(m.hansen, m.today);
    REQUIRE(tab.prescriptionModel()->rowCount() == 2);
    tab.prescriptionTable()->selectRow(0); // the newest: the wrong one
    CHECK(tab.prescriptionModel()->prescriptionAt(0).id == wrong);
    CHECK(tab.annulPrescriptionButton()->isEnabled());
    ModalAnswer annul([](QWidget *dialog) {
        typeInto(dialog, QStringLiteral("Tastefejl"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    });
    tab.annulPrescription();
    REQUIRE(annul.answered());
    REQUIRE(core::PrescriptionRepository(m.data.db).byId(wrong)->annulled);
    const QModelIndex struck = tab.prescriptionModel()->index(0, 0);
    CHECK(struck.data(ui::PrescriptionTableModel::AnnulledRole).toBool());
    CHECK(struck.data(Qt::FontRole).value<QFont>().strikeOut());

    // Today's registration annulled by the doctor: it stays, struck through.
    tab.historyTable()->selectRow(0);
    CHECK(tab.annulDispensingButton()->isEnabled());
    ModalAnswer correction([](QWidget *dialog) {
        typeInto(dialog, QStringLiteral("Forkert borger"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    });
    tab.annulDispensing();
    REQUIRE(correction.answered());
    CHECK(core::CorrectionRepository(m.data.db).all().size() == 1);
    bool shownStruck = false;
    for (int r = 0; r < tab.historyModel()->rowCount(); ++r) {
        const QModelIndex index = tab.historyModel()->index(r, 0);
        if (index.data(ui::DispensingHistoryModel::AnnulledRole).toBool())
            shownStruck = index.data(Qt::FontRole).value<QFont>().strikeOut();
    }
    CHECK(shownStruck);
}

TEST_CASE("Administration's Medicin tab adds closed days and weekends and saves the dose limits",
    "[ui][medication][closed]")
{
    MedicationData m;
    const core::Actor doctor = addDoctor(m);
    ui::MedicationSettingsPanel panel(m.data.services(), doctor);
    panel.show();
    panel.yearField()->setValue(2025);
    const int holidays = panel.table()->model()->rowCount();
    CHECK(holidays == 10);
    panel.dateField()->setDate(QDate(2025, 6, 5));
    panel.reasonField()->setText(QStringLiteral("Grundlovsdag"));
    CHECK(panel.addClosedDay());
    CHECK(panel.table()->model()->rowCount() == holidays + 1);
    panel.dateField()->setDate(QDate(2025, 6, 5));
    panel.reasonField()->setText(QStringLiteral("Igen"));
    CHECK_FALSE(panel.addClosedDay());
    CHECK(panel.status().contains(QStringLiteral("05-06-2025")));
    CHECK(panel.addWeekends() > 40);
    panel.limitField(core::Drug::Methadone)->setValue(120);
    panel.concentrationField()->setValue(2);
    CHECK(panel.saveLimits());
    const core::MedicationSettings saved = m.data.set.medicationSettings.settings(doctor);
    CHECK(saved.limitFor(core::Drug::Methadone) == 120.0);
    CHECK(saved.methadoneMgPerMl == 2.0);
    // A nurse reads it only.
    ui::MedicationSettingsPanel nurses(m.data.services(), m.nurse);
    CHECK_FALSE(nurses.reasonField()->isEnabled());
    CHECK_FALSE(nurses.limitField(core::Drug::Methadone)->isEnabled());
}
