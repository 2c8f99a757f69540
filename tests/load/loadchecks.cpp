#include "loadchecks.h"

#include <algorithm>
#include <map>

#include "acklog.h"
#include "core/domain/clock.h"
#include "core/domain/datasetchecker.h"
#include "core/services/accesslog.h"
#include "core/storage/database.h"
#include "core/storage/datasetstore.h"
#include "core/storage/dispensingrepository.h"
#include "core/storage/groupcourserepository.h"
#include "core/storage/integritycheck.h"
#include "core/storage/medicationsettingsstore.h"
#include "core/storage/noterepository.h"
#include "core/storage/readsnapshot.h"
#include "core/storage/sqlquery.h"

namespace mestring::load {

using namespace mestring::core;

namespace {

constexpr int shownProblems = 5;

void problem(CheckResult &result, const QString &text)
{
    result.passed = false;
    if (result.details.size() < shownProblems) result.details << text;
}

CheckResult checkNotes(const Database &db, const AckLog &acks)
{
    CheckResult r {QStringLiteral("every acknowledged journal note stored as written"), true, {}};
    const std::vector<JournalNote> notes = acks.notes();
    NoteRepository repository(db);
    for (const JournalNote &sent : notes) {
        const std::optional<JournalNote> stored = repository.byId(sent.id);
        if (!stored)
            problem(r, QStringLiteral("note %1 is missing").arg(sent.id));
        else if (*stored != sent)
            problem(r, QStringLiteral("note %1 differs from what was written").arg(sent.id));
    }
    if (r.passed) r.details << QStringLiteral("%1 notes").arg(notes.size());
    return r;
}

CheckResult checkDoses(const Database &db, const AckLog &acks)
{
    CheckResult r {QStringLiteral("every acknowledged dose stored as recorded"), true, {}};
    const std::vector<AckLog::Dose> doses = acks.doses();
    DispensingRepository repository(db);
    for (const AckLog::Dose &sent : doses) {
        const std::optional<Dispensing> stored = repository.byId(sent.dispensing.id);
        if (!stored)
            problem(r, QStringLiteral("dose %1 is missing").arg(sent.dispensing.id));
        else if (*stored != sent.dispensing)
            problem(r, QStringLiteral("dose %1 differs from what was recorded").arg(stored->id));
    }
    if (r.passed) r.details << QStringLiteral("%1 doses").arg(doses.size());
    return r;
}

CheckResult checkMarks(const Database &db, const AckLog &acks)
{
    CheckResult r {
        QStringLiteral("every register cell holds its last acknowledged mark"), true, {}};
    std::map<QString, GroupCourse> groups;
    GroupCourseRepository repository(db);
    int uncertain = 0;
    const auto marks = acks.marks();
    for (const auto &[cell, mark] : marks) {
        if (mark.uncertain) {
            ++uncertain;
            continue;
        }
        auto it = groups.find(mark.group);
        if (it == groups.end()) {
            const std::optional<GroupCourse> group = repository.byId(mark.group);
            if (!group) {
                problem(r, QStringLiteral("the group %1 is missing").arg(mark.group));
                continue;
            }
            it = groups.emplace(mark.group, *group).first;
        }
        const auto &attendance = it->second.attendance;
        const auto stored
            = std::find_if(attendance.begin(), attendance.end(), [&](const GroupAttendance &a) {
                  return a.session == cell.first && a.course == cell.second;
              });
        if (stored == attendance.end())
            problem(
                r, QStringLiteral("the mark of %1 at %2 is missing").arg(cell.second, cell.first));
        else if (stored->status != mark.status)
            problem(r, QStringLiteral("the mark of %1 at %2 differs").arg(cell.second, cell.first));
    }
    if (r.passed) {
        r.details << QStringLiteral("%1 marks, %2 cells (%3 left out: a later mark failed)")
                         .arg(acks.markCount())
                         .arg(marks.size())
                         .arg(uncertain);
    }
    return r;
}

CheckResult checkDoubleDoses(
    const Database &db, const AckLog &acks, const DoseRaces::Summary &races)
{
    CheckResult r {QStringLiteral("no double dose"), true, {}};
    // One counting (not annulled) registration per prescription and day: what dispensings_day
    // and DispensingRepository::record keep, over the whole table.
    SqlQuery q(db,
        QStringLiteral("SELECT d.prescription, d.date, count(*) FROM dispensings d WHERE NOT "
                       "EXISTS (SELECT 1 FROM corrections c WHERE c.annuls = d.id) "
                       "GROUP BY d.prescription, d.date HAVING count(*) > 1"));
    q.exec();
    while (q.next()) {
        problem(r,
            QStringLiteral("prescription %1 has %2 counting doses on %3")
                .arg(q.value(0).toString(), q.value(2).toString(),
                    dateFrom(q.value(1)).toString(Qt::ISODate)));
    }
    int blockedAccepted = 0;
    for (const AckLog::Dose &dose : acks.doses())
        blockedAccepted += dose.wasBlocked ? 1 : 0;
    if (blockedAccepted > 0)
        problem(r, QStringLiteral("%1 doses on blocked rows were accepted").arg(blockedAccepted));
    if (races.bothAccepted > 0)
        problem(r, QStringLiteral("%1 provoked races recorded both doses").arg(races.bothAccepted));
    r.details << QStringLiteral("%1 races provoked: %2 one accepted and one refused, %3 both "
                                "accepted, %4 neither (a side failed or the row was refused)")
                     .arg(races.races)
                     .arg(races.oneAccepted)
                     .arg(races.bothAccepted)
                     .arg(races.noneAccepted);
    return r;
}

CheckResult checkLiveList(const LiveLag::Summary &lag)
{
    CheckResult r {QStringLiteral("every dose showed in the watcher's open list"), true, {}};
    if (lag.neverShown > 0) problem(r, QStringLiteral("%1 doses never showed").arg(lag.neverShown));
    r.details << QStringLiteral("%1 shown, %2 left out (the list had moved to the next day)")
                     .arg(lag.ms.size())
                     .arg(lag.dayMovedOn);
    return r;
}

CheckResult checkChain(const Database &db)
{
    CheckResult r {QStringLiteral("access log chain whole"), true, {}};
    if (const std::optional<qint64> broken = AccessLog(db, Clock()).firstBrokenEntry())
        problem(r, QStringLiteral("broken at entry %1").arg(*broken));
    return r;
}

CheckResult checkLikeCli(const Database &db, const CliCheck &before)
{
    CheckResult r {QStringLiteral("`mestring-cli check` clean"), true, {}};
    const CliCheck after = runCliCheck(db);
    for (const QString &damage : after.damage)
        problem(r, QStringLiteral("damage: ") + damage);
    if (after.chainBroken) problem(r, QStringLiteral("the access log's chain is broken"));
    for (const QString &error : after.firstErrors)
        problem(r, QStringLiteral("error: ") + error);
    r.details << QStringLiteral("errors %1, warnings %2 (before the run: errors %3, warnings %4)")
                     .arg(after.errors)
                     .arg(after.warnings)
                     .arg(before.errors)
                     .arg(before.warnings);
    return r;
}

} // namespace

CliCheck runCliCheck(const Database &db)
{
    CliCheck result;
    const ReadSnapshot snapshot(db);
    result.damage = integrityProblems(db);
    if (!result.damage.isEmpty()) return result;
    result.chainBroken = AccessLog(db, Clock()).firstBrokenEntry().has_value();
    for (const RuleIssue &issue : checkDataset(loadDataset(db), loadMedicationSettings(db))) {
        if (!issue.isError()) {
            ++result.warnings;
            continue;
        }
        ++result.errors;
        if (result.firstErrors.size() < shownProblems)
            result.firstErrors << issue.path + QStringLiteral(": ") + issue.message;
    }
    return result;
}

std::vector<CheckResult> checkRun(const Database &db, const AckLog &acks,
    const DoseRaces::Summary &races, const LiveLag::Summary &lag, const CliCheck &before)
{
    return {checkNotes(db, acks), checkDoses(db, acks), checkMarks(db, acks),
        checkDoubleDoses(db, acks, races), checkChain(db), checkLikeCli(db, before),
        checkLiveList(lag)};
}

} // namespace mestring::load
