#include <catch2/catch.hpp>

#include <set>

#include "core/demo/demogenerator.h"
#include "core/domain/medication/dosesafety.h"
#include "demofixtures.h"

using namespace mestring::core;
using namespace mestring::test::demo;

namespace {

bool isDoctor(const Dataset &d, const QString &id)
{
    return std::any_of(d.staff.begin(), d.staff.end(),
        [&id](const StaffMember &s) { return s.id == id && s.role == Role::Doctor; });
}

} // namespace

TEST_CASE("Demo prescriptions are by a doctor, in the drug's category, and never overlap one of "
          "the same kind",
    "[core][demo]")
{
    const Dataset &d = mediumDemo();
    for (const Prescription &p : d.prescriptions) {
        INFO(p.id.toStdString());
        CHECK(isDoctor(d, p.prescriber));
        if (const auto category = categoryOfDrug(p.drug)) CHECK(p.category == *category);
        CHECK((p.end.isNull() || p.start <= p.end));
        CHECK(p.start <= demoToday());
        CHECK(p.doseMg > 0);
        CHECK(p.takeHomeDays.has_value() == (p.mode == DispensingMode::TakeHome));
    }
    const auto byClient = groupBy(d.prescriptions, [](const Prescription &p) { return p.client; });
    for (const auto &[client, list] : byClient) {
        for (const Prescription *a : list) {
            for (const Prescription *b : list) {
                const bool watched = a->category == DrugCategory::Substitution
                    || a->category == DrugCategory::Antabus;
                if (a == b || a->category != b->category || !watched || a->isAnnulled()
                    || b->isAnnulled())
                    continue;
                INFO(a->id.toStdString() << " " << b->id.toStdString());
                CHECK_FALSE(a->overlaps(b->start, b->end.isNull() ? QDate(9999, 1, 1) : b->end));
            }
        }
    }
}

TEST_CASE("A demo dose change ends the old prescription the day before the new one starts",
    "[core][demo]")
{
    const Dataset &d = mediumDemo();
    int changes = 0;
    for (std::size_t i = 1; i < d.prescriptions.size(); ++i) {
        const Prescription &before = d.prescriptions[i - 1];
        const Prescription &after = d.prescriptions[i];
        if (before.client == after.client && before.category == DrugCategory::Substitution
            && after.category == DrugCategory::Substitution && before.end.isValid()
            && before.end.addDays(1) == after.start) {
            ++changes;
        }
    }
    CHECK(changes > 100);
}

TEST_CASE("Demo antabus is supervised twice or three times a week, depot every 7 or 28 days, "
          "take-home on fixed weekdays",
    "[core][demo]")
{
    int antabus = 0;
    int depot = 0;
    int takeHome = 0;
    for (const Prescription &p : mediumDemo().prescriptions) {
        INFO(p.id.toStdString());
        if (p.drug == Drug::Disulfiram) {
            ++antabus;
            CHECK(p.mode == DispensingMode::Supervised);
            CHECK(p.schedule.kind == Schedule::Kind::Weekdays);
            CHECK((p.schedule.weekdays.size() == 2 || p.schedule.weekdays.size() == 3));
        }
        if (p.drug == Drug::BuprenorphineDepot) {
            ++depot;
            CHECK(p.schedule.kind == Schedule::Kind::EveryDays);
            CHECK((p.schedule.everyDays == 7 || p.schedule.everyDays == 28));
        }
        if (p.mode == DispensingMode::TakeHome) {
            ++takeHome;
            CHECK(p.schedule.kind == Schedule::Kind::Weekdays);
            CHECK((*p.takeHomeDays >= 2 && *p.takeHomeDays <= 7));
        }
    }
    CHECK(antabus > 10);
    CHECK(depot > 5);
    CHECK(takeHome > 10);
}

TEST_CASE("Demo dispensings keep the dispensing rules", "[core][demo]")
{
    const Dataset &d = mediumDemo();
    std::map<QString, const Prescription *> prescriptions;
    for (const Prescription &p : d.prescriptions)
        prescriptions[p.id] = &p;
    const auto byPrescription
        = groupBy(d.dispensings, [](const Dispensing &x) { return x.prescription; });
    std::set<QString> annulled; // registered in error: they no longer count
    for (const Correction &c : d.corrections)
        annulled.insert(c.annuls);
    int handedOut = 0;
    for (const auto &[id, list] : byPrescription) {
        const Prescription &p = *prescriptions.at(id);
        CHECK(p.mode != DispensingMode::Pharmacy);
        CHECK_FALSE(p.isAnnulled());
        QDate coveredUntil;
        for (const Dispensing *x : list) { // in date order
            INFO(x->id.toStdString());
            if (annulled.contains(x->id)) continue;
            CHECK(p.isActiveOn(x->date));
            CHECK(x->date <= demoToday());
            CHECK((coveredUntil.isNull() || x->date > coveredUntil)); // one a day, none covered
            if (x->status == DispensingStatus::HandedOut) {
                ++handedOut;
                CHECK((x->days >= 1 && x->days <= 14));
            } else {
                CHECK(x->days == 1);
            }
            coveredUntil = x->lastCoveredDay();
        }
    }
    CHECK(handedOut > 100);
    CHECK_FALSE(annulled.empty());
}

TEST_CASE("The demo holds closed days, corrections, late registrations, annulled prescriptions "
          "and confirmed doses, and one client blocked today with a late registration to confirm",
    "[core][demo]")
{
    const Dataset &d = smallDemo();
    CHECK(d.closedDays.size() >= 6);
    CHECK_FALSE(d.corrections.empty());
    CHECK(std::any_of(d.dispensings.begin(), d.dispensings.end(),
        [](const Dispensing &x) { return x.isLate() && x.lateConfirmed; }));
    CHECK(std::any_of(d.dispensings.begin(), d.dispensings.end(),
        [](const Dispensing &x) { return x.awaitsConfirmation(); }));
    CHECK(std::any_of(d.prescriptions.begin(), d.prescriptions.end(),
        [](const Prescription &p) { return p.isAnnulled(); }));
    CHECK(std::any_of(d.prescriptions.begin(), d.prescriptions.end(),
        [](const Prescription &p) { return p.doseConfirmed.has_value(); }));
    // Handed out over closed days on a supervised prescription.
    std::map<QString, const Prescription *> prescriptions;
    for (const Prescription &p : d.prescriptions)
        prescriptions[p.id] = &p;
    CHECK(std::any_of(d.dispensings.begin(), d.dispensings.end(), [&](const Dispensing &x) {
        return x.status == DispensingStatus::HandedOut
            && prescriptions.at(x.prescription)->mode == DispensingMode::Supervised;
    }));
}

TEST_CASE("A run of three or more missed substitution doses is followed by a doctor's "
          "reassessment before the next dose",
    "[core][demo]")
{
    for (const Dataset *d : {&smallDemo(), &mediumDemo()}) {
        const auto prescriptions
            = groupBy(d->prescriptions, [](const Prescription &p) { return p.client; });
        std::map<QString, QString> clientOfCourse;
        for (const Course &c : d->courses)
            clientOfCourse[c.id] = c.client;
        std::map<QString, std::vector<Appointment>> appointments;
        for (const Appointment &a : d->appointments)
            appointments[clientOfCourse[a.course]].push_back(a);
        int runs = 0;
        int blocked = 0;
        std::set<QString> annulled;
        for (const Correction &c : d->corrections)
            annulled.insert(c.annuls);
        std::vector<const Dispensing *> counting;
        for (const Dispensing &x : d->dispensings) {
            if (!annulled.contains(x.id)) counting.push_back(&x);
        }
        const ClosedDayCalendar closedDays(d->closedDays);
        for (const auto &[client, list] : prescriptions) {
            std::vector<Prescription> mine;
            for (const Prescription *p : list)
                mine.push_back(*p);
            const std::vector<Appointment> &visits = appointments[client];
            const DoseReassessments reassessments(mine, visits);
            blocked += int(
                dispensingsGivenWhileBlocked(mine, counting, d->absences, closedDays, reassessments)
                    .size());
            int missed = 0;
            for (const DoseDay &day : substitutionDoseDays(mine, counting, d->absences, closedDays,
                     demoToday().addDays(-1), demoToday())) {
                if (day.isMissed()) {
                    ++missed;
                } else if (day.scheduled || day.dispensing) {
                    runs += missed >= missedDosesBeforeBlock ? 1 : 0;
                    missed = 0;
                }
            }
        }
        CHECK(runs >= 2);
        CHECK(blocked == 0);
    }
}

TEST_CASE("The small demo has a dispensing list for today", "[core][demo]")
{
    const Dataset &d = smallDemo();
    int due = 0;
    for (const Prescription &p : d.prescriptions) {
        if (p.mode != DispensingMode::Pharmacy && p.isActiveOn(demoToday())
            && p.schedule.isDueOn(demoToday(), p.start))
            ++due;
    }
    CHECK(due >= 4);
}
