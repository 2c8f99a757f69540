#include "core/domain/rules/absencerules.h"
#include "core/domain/rules/clientrules.h"
#include "core/domain/rules/courserules.h"
#include "core/domain/rules/dispensingrules.h"
#include "core/domain/rules/goalrules.h"
#include "core/domain/rules/noterules.h"
#include "core/domain/rules/prescriptionrules.h"
#include "core/domain/rules/staffrules.h"
#include "core/domain/rules/textlimits.h"

#include "ruletestsupport.h"

using namespace mestring::core;
using namespace mestring::test::rules;

namespace {

QString text(int length)
{
    return QString(length, QLatin1Char('a'));
}

// `check` of a record whose field is `length` characters long.
template <typename Record, typename Check, typename Field>
RuleIssues withLength(Record record, Field Record::*field, int length, Check check)
{
    record.*field = text(length);
    return check(record);
}

// The field takes `limit` characters and refuses one more, naming `path`.
template <typename Record, typename Check>
void checkLimit(
    const Record &record, QString Record::*field, int limit, const char *path, Check check)
{
    INFO(path);
    requireNoIssues(withLength(record, field, limit, check));
    requireOnlyError(withLength(record, field, limit + 1, check), path);
}

} // namespace

TEST_CASE("Client text fields take their limit and refuse one character more",
    "[core][rules][textlimits]")
{
    const auto check = [](const Client &c) { return checkClient(c); };
    const Client client = namedClient();
    checkLimit(client, &Client::firstName, textlimit::personName, "first_name", check);
    checkLimit(client, &Client::lastName, textlimit::personName, "last_name", check);
    checkLimit(client, &Client::municipality, textlimit::municipality, "municipality", check);
    checkLimit(client, &Client::phone, textlimit::phone, "phone", check);
    checkLimit(client, &Client::address, textlimit::address, "address", check);
    checkLimit(anonymousClient(), &Client::alias, textlimit::alias, "alias", check);
}

TEST_CASE("Course, goal, note, absence, prescription, dispensing and staff texts are limited",
    "[core][rules][textlimits]")
{
    Course residential = alcoholCourse();
    checkLimit(residential, &Course::guaranteeDelayReason, textlimit::reason,
        "guarantee_delay_reason", [](const Course &c) { return checkCourse(c); });
    checkLimit(activeGoal(), &Goal::text, textlimit::goalText, "text",
        [](const Goal &g) { return checkGoal(g); });
    checkLimit(activeGoal(), &Goal::measure, textlimit::goalMeasure, "measure",
        [](const Goal &g) { return checkGoal(g); });
    checkLimit(note("n1", "c1", "2025-03-01T10:00:00+01:00"), &JournalNote::text,
        textlimit::journalNote, "text", [](const JournalNote &n) { return checkNote(n); });
    checkLimit(absence("a1", "c1", "2025-03-01", "2025-03-05"), &Absence::note, textlimit::reason,
        "note", [](const Absence &a) { return checkAbsence(a); });
    checkLimit(methadone(), &Prescription::reason, textlimit::reason, "reason",
        [](const Prescription &p) { return checkPrescription(p); });
    checkLimit(dispensing("d1", "m1", "2025-03-01"), &Dispensing::note, textlimit::reason, "note",
        [](const Dispensing &d) { return checkDispensing(d); });
    StaffMember member = staffMember("s1", Role::Nurse);
    member.username = QStringLiteral("mette");
    checkLimit(member, &StaffMember::name, textlimit::personName, "name",
        [](const StaffMember &m) { return checkStaffMember(m); });
    checkLimit(member, &StaffMember::username, textlimit::username, "username",
        [](const StaffMember &m) { return checkStaffMember(m); });
}

TEST_CASE(
    "A sub-goal's text is limited and the error names the sub-goal", "[core][rules][textlimits]")
{
    Goal goal = activeGoal();
    goal.subgoals.push_back({text(textlimit::subGoalText), QDate(), QDate()});
    requireNoIssues(checkGoal(goal));
    goal.subgoals.push_back({text(textlimit::subGoalText + 1), QDate(), QDate()});
    requireOnlyError(checkGoal(goal), "subgoals[1].text");
}
