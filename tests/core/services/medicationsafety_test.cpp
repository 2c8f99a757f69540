#include "medicationfixture.h"

#include "core/storage/correctionrepository.h"
#include "core/storage/medicationsettingsstore.h"

using namespace mestring::core;
using mestring::test::DispensingFixture;

namespace {

const DispensingListRow *rowOf(const std::vector<DispensingListRow> &rows, const QString &prescription)
{
    for (const DispensingListRow &row : rows) {
        if (row.prescription.id == prescription) return &row;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A take-home over days already registered is refused, and so is a take-home on a "
          "supervised prescription (the story)",
    "[core][services][dispensing][coverage]")
{
    DispensingFixture supervised;
    for (int day = 1; day <= 5; ++day)
        supervised.give(QDate(2025, 3, day));
    // A supervised prescription: no take-home at all, not even for the days to come.
    supervised.refusedUnchanged(
        [&] { supervised.give(QDate(2025, 3, 6), DispensingStatus::HandedOut, 10); });
    // Back-dated over the five days taken (a late registration with its reason).
    DispensingFixture f;
    f.makeTakeHome();
    for (int day = 1; day <= 5; ++day)
        f.give(QDate(2025, 3, day));
    f.at(QDate(2025, 3, 6));
    Dispensing late = f.dose(QDate(2025, 3, 1), DispensingStatus::HandedOut, 10);
    late.lateReason = QStringLiteral("Udleveret, ikke registreret");
    f.refusedUnchanged([&] { f.dispensings.record(f.nurse, late); });
}

TEST_CASE("A dose change inside a take-home period: the days the supply still covers are not "
          "due again",
    "[core][services][dispensing][coverage]")
{
    DispensingFixture f;
    f.makeTakeHome();
    f.give(QDate(2025, 3, 3), DispensingStatus::HandedOut, 7); // Monday 3 to Sunday 9 March
    f.at(QDate(2025, 3, 4));
    Prescription next = *PrescriptionRepository(f.db).byId(f.methadone);
    next.doseMg = 80;
    const QString changed = f.prescriptions.change(f.doctor, f.methadone, QDate(2025, 3, 5), next).id;
    f.at(QDate(2025, 3, 7));
    CHECK(f.dispensings.dayList(f.nurse, QDate(2025, 3, 7)).empty());
    Dispensing d = f.dose(QDate(2025, 3, 7));
    d.prescription = changed;
    f.refusedUnchanged([&] { f.dispensings.record(f.nurse, d); });
    f.at(QDate(2025, 3, 10));
    const std::vector<DispensingListRow> monday = f.dispensings.dayList(f.nurse, QDate(2025, 3, 10));
    REQUIRE(rowOf(monday, changed));
    CHECK(rowOf(monday, changed)->doseChangedFromMg == 60.0); // "dosis ændret": first time given
    d.date = QDate(2025, 3, 10);
    d.status = DispensingStatus::HandedOut;
    d.days = 7;
    CHECK_FALSE(f.dispensings.record(f.nurse, d).id.isEmpty());
}

TEST_CASE("An annulled dispensing that was part of a missed run no longer counts: the block "
          "stands",
    "[core][services][dispensing][corrections]")
{
    DispensingFixture f;
    f.give(QDate(2025, 3, 1));
    f.give(QDate(2025, 3, 2), DispensingStatus::Missed);
    const QString wrong = f.give(QDate(2025, 3, 3)).id; // registered on the wrong client
    f.give(QDate(2025, 3, 4), DispensingStatus::Missed);
    f.at(QDate(2025, 3, 5), true);
    CHECK_FALSE(f.dispensings.blockOn(f.nurse, f.methadone, QDate(2025, 3, 5)).blocked);
    f.dispensings.annul(f.doctor, wrong, QStringLiteral("Registreret på forkert borger"));
    const DoseBlock block = f.dispensings.blockOn(f.nurse, f.methadone, QDate(2025, 3, 5));
    REQUIRE(block.blocked);
    CHECK(block.run.count() == 3);
    f.refusedUnchanged([&] { f.give(QDate(2025, 3, 5)); });
    // The annulled one stays in the client's record, struck through with its correction.
    const MedicationRecord record = f.dispensings.clientRecord(f.doctor, f.client);
    const auto annulled = std::count_if(record.dispensings.begin(), record.dispensings.end(),
        [](const DispensingEntry &e) { return e.isAnnulled(); });
    CHECK(annulled == 1);
    CHECK(f.dispensings.forPrescription(f.nurse, f.methadone).size() == 3);
}

TEST_CASE("A dispensing annulled the same day can be registered again on that day",
    "[core][services][dispensing][corrections]")
{
    DispensingFixture f;
    const QString wrong = f.give(QDate(2025, 3, 1), DispensingStatus::Missed).id;
    f.dispensings.annul(f.nurse, wrong, QStringLiteral("Trykkede M i stedet for T"));
    CHECK_FALSE(f.give(QDate(2025, 3, 1)).id.isEmpty());
    f.refusedUnchanged([&] { f.give(QDate(2025, 3, 1)); }); // but never two that count
    CHECK(CorrectionRepository(f.db).all().size() == 1);
}

TEST_CASE("Only the nurse who registered it, the same day, or a doctor annuls a dispensing, "
          "always with a reason",
    "[core][services][dispensing][corrections]")
{
    DispensingFixture f;
    const Actor otherNurse {QStringLiteral("s-other"), QStringLiteral("Lone"), Role::Nurse, false};
    const QString id = f.give(QDate(2025, 3, 1)).id;
    f.refusedUnchanged([&] { f.dispensings.annul(f.nurse, id, QStringLiteral("  ")); });
    f.refusedUnchanged<PermissionDenied>(
        [&] { f.dispensings.annul(otherNurse, id, QStringLiteral("Forkert")); });
    f.refusedUnchanged<PermissionDenied>(
        [&] { f.dispensings.annul(f.therapist, id, QStringLiteral("Forkert")); });
    f.at(QDate(2025, 3, 2), true);
    f.refusedUnchanged<PermissionDenied>(
        [&] { f.dispensings.annul(f.nurse, id, QStringLiteral("Forkert")); });
    CHECK_FALSE(f.dispensings.annul(f.doctor, id, QStringLiteral("Forkert")).id.isEmpty());
    f.refusedUnchanged([&] { f.dispensings.annul(f.doctor, id, QStringLiteral("Igen")); });
    CHECK(f.logged(QStringLiteral("change"), f.client) >= 1);
}

TEST_CASE("A late registration needs its reason and never lifts a block by itself; a doctor's "
          "confirmation does",
    "[core][services][dispensing][late]")
{
    DispensingFixture f;
    f.give(QDate(2025, 3, 1));
    // 2, 3 and 4 March: nothing registered. On the 5th the client is blocked.
    f.at(QDate(2025, 3, 5), true);
    Dispensing late = f.dose(QDate(2025, 3, 3));
    f.refusedUnchanged([&] { f.dispensings.record(f.nurse, late); });
    late.lateReason = QStringLiteral("Glemt at registrere; givet af vagten");
    const QString id = f.dispensings.record(f.nurse, late).id;
    CHECK(DispensingRepository(f.db).byId(id)->isLate());
    CHECK(f.dispensings.blockOn(f.nurse, f.methadone, QDate(2025, 3, 5)).blocked);
    f.refusedUnchanged([&] { f.give(QDate(2025, 3, 5)); });
    const std::vector<WorklistItem> work = f.dispensings.worklist(f.doctor);
    CHECK(std::any_of(work.begin(), work.end(), [&](const WorklistItem &i) {
        return i.kind == WorklistKind::LateToConfirm && i.dispensingId == id;
    }));
    f.refusedUnchanged<PermissionDenied>([&] { f.dispensings.confirmLate(f.nurse, id, {}); });
    f.dispensings.confirmLate(f.doctor, id, QStringLiteral("Talt med vagten"));
    CHECK_FALSE(f.dispensings.blockOn(f.nurse, f.methadone, QDate(2025, 3, 5)).blocked);
    f.refusedUnchanged([&] { f.dispensings.confirmLate(f.doctor, id, {}); }); // once
    // A dispensing of today is no late registration, whatever the caller says.
    Dispensing today = f.dose(QDate(2025, 3, 5));
    today.lateReason = QStringLiteral("x");
    CHECK_FALSE(DispensingRepository(f.db).byId(f.dispensings.record(f.nurse, today).id)->isLate());
}

TEST_CASE("A prescription entered in error is annulled by a doctor with a reason before its "
          "first dispensing, and stays visible",
    "[core][services][prescription][corrections]")
{
    DispensingFixture f;
    f.at(QDate(2025, 2, 28), true);
    f.refusedUnchanged([&] { f.prescriptions.annul(f.doctor, f.methadone, QString()); });
    f.refusedUnchanged<PermissionDenied>(
        [&] { f.prescriptions.annul(f.nurse, f.methadone, QStringLiteral("Fejl")); });
    // Stopping it before its first day is refused (the end would come before the start).
    f.refusedUnchanged([&] { f.prescriptions.stop(f.doctor, f.methadone, QDate(2025, 2, 28)); });
    const SaveResult annulled
        = f.prescriptions.annul(f.doctor, f.methadone, QStringLiteral("Forkert dosis tastet"));
    CHECK(annulled.warnings.size() == 1); // the client has no methadone from 1 March now
    const Prescription p = *PrescriptionRepository(f.db).byId(f.methadone);
    REQUIRE(p.annulled);
    CHECK(p.annulled->staff == f.doctor.staffId);
    CHECK(f.prescriptions.forClient(f.nurse, f.client).size() == 1); // still listed
    f.at(QDate(2025, 3, 1), true);
    CHECK(f.dispensings.dayList(f.nurse, QDate(2025, 3, 1)).empty());
    f.refusedUnchanged([&] { f.give(QDate(2025, 3, 1)); });
    // The right prescription takes its place (no overlap with an annulled one).
    Prescription right = p;
    right.annulled.reset();
    right.doseMg = 60;
    CHECK_FALSE(f.prescriptions.create(f.doctor, right).id.isEmpty());
}

TEST_CASE("A prescription with a dispensing is not annulled", "[core][services][prescription][corrections]")
{
    DispensingFixture f;
    f.give(QDate(2025, 3, 1));
    f.refusedUnchanged([&] { f.prescriptions.annul(f.doctor, f.methadone, QStringLiteral("Fejl")); });
}

TEST_CASE("A doctor cannot put 900 mg on the list without confirming it", "[core][services][prescription][plausibility]")
{
    DispensingFixture f;
    f.give(QDate(2025, 3, 1));
    Prescription next = *PrescriptionRepository(f.db).byId(f.methadone);
    next.doseMg = 900;
    const QString message = f.refusedUnchanged(
        [&] { f.prescriptions.change(f.doctor, f.methadone, QDate(2025, 3, 1), next); });
    CHECK(message.contains(QStringLiteral("150")));
    next.doseConfirmed = SignedReason {QStringLiteral("  "), {}, {}};
    f.refusedUnchanged([&] { f.prescriptions.change(f.doctor, f.methadone, QDate(2025, 3, 1), next); });
    // 60 to 80 mg is within 50 %; 60 to 100 mg is not.
    next.doseConfirmed.reset();
    next.doseMg = 100;
    f.refusedUnchanged([&] { f.prescriptions.change(f.doctor, f.methadone, QDate(2025, 3, 1), next); });
    next.doseConfirmed = SignedReason {QStringLiteral("Planlagt optrapning efter samtale"), {}, {}};
    const QString id = f.prescriptions.change(f.doctor, f.methadone, QDate(2025, 3, 1), next).id;
    const Prescription saved = *PrescriptionRepository(f.db).byId(id);
    REQUIRE(saved.doseConfirmed);
    CHECK(saved.doseConfirmed->staff == f.doctor.staffId);
    CHECK(saved.doseConfirmed->at.isValid());
}

TEST_CASE("The dose limits are the centre's: a new limit changes what needs confirming",
    "[core][services][prescription][plausibility]")
{
    DispensingFixture f;
    f.give(QDate(2025, 3, 1));
    Prescription next = *PrescriptionRepository(f.db).byId(f.methadone);
    next.doseMg = 60; // same dose, from 3 March
    f.methadone = f.prescriptions.change(f.doctor, f.methadone, QDate(2025, 3, 2), next).id;
    MedicationSettings settings = MedicationSettings::defaults();
    settings.doseLimitsMg[Drug::Methadone] = 50;
    saveMedicationSettings(f.db, settings);
    // The current 60 mg is now above the limit and was never confirmed: it awaits a doctor.
    f.at(QDate(2025, 3, 3), true);
    const std::vector<DispensingListRow> rows = f.dispensings.dayList(f.nurse, QDate(2025, 3, 3));
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().awaitsDoseConfirmation);
    f.refusedUnchanged([&] { f.give(QDate(2025, 3, 3)); });
    CHECK_FALSE(f.give(QDate(2025, 3, 3), DispensingStatus::Missed).id.isEmpty());
    const std::vector<WorklistItem> work = f.dispensings.worklist(f.doctor);
    REQUIRE_FALSE(work.empty());
    CHECK(work.front().kind == WorklistKind::DoseAwaitingConfirmation);
    f.prescriptions.confirmDose(f.doctor, rows.front().prescription.id, QStringLiteral("Rigtig"));
    CHECK_FALSE(f.give(QDate(2025, 3, 4)).id.isEmpty());
}

TEST_CASE("A holiday on a Monday with a Friday take-home: the list plans four days, the Monday "
          "is never missed",
    "[core][services][dispensing][closed]")
{
    DispensingFixture f;
    // Whit Monday 9 June 2025; the centre is closed at weekends.
    f.closed({QDate(2025, 6, 7), QDate(2025, 6, 8)});
    for (QDate d(2025, 3, 1); d < QDate(2025, 6, 6); d = d.addDays(1)) {
        if (d != QDate(2025, 3, 1) && ClosedDayCalendar(ClosedDayRepository(f.db).all()).isClosed(d)) continue;
        f.give(d);
    }
    f.at(QDate(2025, 6, 6), true);
    const std::vector<DispensingListRow> friday = f.dispensings.dayList(f.nurse, QDate(2025, 6, 6));
    REQUIRE(friday.size() == 1);
    CHECK(friday.front().closedDaysAhead == 3);
    CHECK(friday.front().supplyDays == 4);
    CHECK(friday.front().dosesInPlannedSupply() == 4);
    f.refusedUnchanged([&] { f.give(QDate(2025, 6, 6), DispensingStatus::HandedOut, 5); });
    CHECK_FALSE(f.give(QDate(2025, 6, 6), DispensingStatus::HandedOut, 4).id.isEmpty());
    f.at(QDate(2025, 6, 10), true);
    CHECK(f.dispensings.dayList(f.nurse, QDate(2025, 6, 9)).empty());
    CHECK(f.dispensings.dayList(f.nurse, QDate(2025, 6, 10)).size() == 1);
    CHECK(f.dispensings.blockOn(f.nurse, f.methadone, QDate(2025, 6, 10)).run.count() == 0);
}

TEST_CASE("The week before Easter plans its take-homes by itself", "[core][services][dispensing][closed]")
{
    DispensingFixture f;
    f.at(QDate(2025, 4, 14), true);
    const auto planned = [&](int day) {
        const std::vector<DispensingListRow> rows
            = f.dispensings.dayList(f.nurse, QDate(2025, 4, day));
        return rows.empty() ? -1 : rows.front().closedDaysAhead;
    };
    CHECK(planned(14) == 0);
    CHECK(planned(16) == 2); // Maundy Thursday and Good Friday
    CHECK(planned(17) == -1); // closed: not on the list
    CHECK(planned(18) == -1);
    CHECK(planned(19) == 2); // Easter Sunday and Monday
    CHECK(planned(22) == 0);
}

TEST_CASE("A past day's unrecorded doses show as missed; a day to come is never blocked for days "
          "not yet over",
    "[core][services][dispensing]")
{
    DispensingFixture f;
    f.give(QDate(2025, 3, 1));
    f.at(QDate(2025, 3, 3), true);
    const std::vector<DispensingListRow> past = f.dispensings.dayList(f.nurse, QDate(2025, 3, 2));
    REQUIRE(past.size() == 1);
    CHECK(past.front().state == DoseState::Missed);
    CHECK(f.dispensings.dayList(f.nurse, QDate(2025, 3, 3)).front().state == DoseState::Pending);
    const std::vector<DispensingListRow> later = f.dispensings.dayList(f.nurse, QDate(2025, 3, 8));
    REQUIRE(later.size() == 1);
    CHECK_FALSE(later.front().block.blocked);
}

TEST_CASE("The doctor's worklist names overdue medical reviews", "[core][services][worklist]")
{
    DispensingFixture f;
    f.at(QDate(2025, 9, 15), true); // last review: the start, 1 March
    const std::vector<WorklistItem> work = f.dispensings.worklist(f.doctor);
    CHECK(std::any_of(work.begin(), work.end(), [&](const WorklistItem &i) {
        return i.kind == WorklistKind::ReviewOverdue && i.clientId == f.client;
    }));
    CHECK(std::any_of(work.begin(), work.end(), [&](const WorklistItem &i) {
        return i.kind == WorklistKind::Blocked && i.clientId == f.client;
    }));
    f.refusedUnchanged<PermissionDenied>([&] { f.dispensings.worklist(f.admin); });
}

TEST_CASE("The list leaves an annulled dispensing out: the missed run it broke blocks the row",
    "[core][services][dispensinglist][corrections]")
{
    DispensingFixture f;
    f.give(QDate(2025, 3, 1));
    f.give(QDate(2025, 3, 2), DispensingStatus::Missed);
    const QString wrong = f.give(QDate(2025, 3, 3)).id; // registered on the wrong client
    f.give(QDate(2025, 3, 4), DispensingStatus::Missed);
    f.at(QDate(2025, 3, 5), true);
    REQUIRE(f.dispensings.dayList(f.nurse, QDate(2025, 3, 5)).size() == 1);
    CHECK_FALSE(f.dispensings.dayList(f.nurse, QDate(2025, 3, 5))[0].block.blocked);
    f.dispensings.annul(f.doctor, wrong, QStringLiteral("Registreret på forkert borger"));
    const std::vector<DispensingListRow> rows = f.dispensings.dayList(f.nurse, QDate(2025, 3, 5));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].block.blocked);
    CHECK(rows[0].block.run.days
        == std::vector<QDate> {QDate(2025, 3, 2), QDate(2025, 3, 3), QDate(2025, 3, 4)});
    // The client's rows alone (the refresh after a recording) find the annulment their own way.
    const std::vector<DispensingListRow> own
        = f.dispensings.dayList(f.nurse, QDate(2025, 3, 5), f.client);
    REQUIRE(own.size() == 1);
    CHECK(own[0].block.blocked);
    CHECK(own[0].block.run.days == rows[0].block.run.days);
}

TEST_CASE("The day's row shows the dispensing registered again after an annulment, with its "
          "id, staff and note, whatever is registered on later days",
    "[core][services][dispensinglist][corrections]")
{
    DispensingFixture f;
    const QDate day(2025, 3, 1);
    const QString wrong = f.give(day, DispensingStatus::Missed).id;
    f.dispensings.annul(f.nurse, wrong, QStringLiteral("Trykkede M i stedet for T"));
    REQUIRE(f.dispensings.dayList(f.nurse, day).size() == 1);
    CHECK_FALSE(f.dispensings.dayList(f.nurse, day)[0].recorded); // nothing counts that day
    Dispensing again = f.dose(day);
    again.note = QStringLiteral("Tog dosis stående");
    const QString id = f.dispensings.record(f.nurse, again).id;
    f.give(QDate(2025, 3, 2), DispensingStatus::Refused);
    f.at(QDate(2025, 3, 2));
    const std::vector<DispensingListRow> rows = f.dispensings.dayList(f.nurse, day);
    REQUIRE(rows.size() == 1);
    REQUIRE(rows[0].recorded);
    CHECK(rows[0].recorded->id == id);
    CHECK(rows[0].recorded->staff == f.nurse.staffId);
    CHECK(rows[0].recorded->note == again.note);
    CHECK(rows[0].recorded->status == DispensingStatus::Taken);
    CHECK(rows[0].state == DoseState::Given);
    const std::vector<DispensingListRow> own = f.dispensings.dayList(f.nurse, day, f.client);
    REQUIRE(own.size() == 1);
    REQUIRE(own[0].recorded);
    CHECK(*own[0].recorded == *rows[0].recorded);
}
