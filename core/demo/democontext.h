#pragma once

#include <array>
#include <unordered_map>
#include <vector>

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QTime>

#include "core/demo/demogenerator.h"
#include "core/demo/demorandom.h"
#include "core/domain/dataset.h"
#include "core/domain/medication/closeddays.h"

namespace mestring::core::demo {

/// How big a centre is: head counts, span and the rates that make "flags due now" visible.
struct DemoParams
{
    int clients = 60;
    int years = 2;
    int extraTherapists = 0;
    int extraFamilyTherapists = 0;
    int extraNurses = 0;
    int extraDoctors = 0;
    int extraIntake = 0;
    int extraCoordinators = 0;
    int extraAdminStaff = 0;
    int inactiveTherapists = 0; // former staff, responsible only for long-ended courses
    int pendingRequests = 4; // requests 10-16 days old with no start (guarantee warning)
    int todayPermille = 350; // open courses whose next appointment is today
    int returnPermille = 450; // a client comes back for another course
    bool recentBias = true; // more first requests lately, so the small demo is busy today
    int substitutionWeight = 24; // of 100 adult courses; the small demo needs a dispensing list
    int scenarioPermille = 30; // open courses that show a "contact the client"-style flag
    int minimumForced = 2; // every forced feature at least this often
    int parallelGroups = 1; // group courses of one type running side by side
};

DemoParams demoParams(DemoSize size);

/// The archetypes of course a centre runs; each decides kind, legal basis, setting and length.
enum class Profile {
    AdviceOnly,
    AlcoholAmbulant,
    AlcoholDay,
    AlcoholResidential,
    DrugSocial,
    Substitution,
    BenzoTaper,
    DrugResidential,
    Outreach,
    AnonymousAlcohol,
    AnonymousDrug
};
inline constexpr std::size_t profileCount = std::size_t(Profile::AnonymousDrug) + 1;

/// Situations that raise a flag in the program, placed on purpose so the demo shows them.
enum class Scenario {
    None,
    NoShowStreak,
    SilentMonth,
    FollowupOverdue,
    ReviewOverdue,
    PostMissing
};

/// Things each size must hold at least `minimumForced` times, however the dice fall.
enum class Feature {
    Anonymous,
    Ecpr,
    Mod11Failure,
    Youth,
    Children,
    Concurrent,
    NoShowStreak,
    SilentMonth,
    FollowupOverdue,
    ReviewOverdue,
    PostMissing,
    MissedRun,
    OpenAbsence,
    FutureAbsence,
    Withdrawal,
    Antabus,
    Craving,
    OtherDrug,
    TakeHome,
    DelayedStart,
    FreeChoice,
    Correction, // a dispensing registered in error and annulled
    LateRegistration, // a dose registered after its day, confirmed by a doctor
    AnnulledPrescription, // a prescription entered in error (a tenfold dose) and annulled
    BlockedToday, // a substitution client blocked today, with a late registration to confirm
    Count
};

enum class IdKind {
    Staff,
    Client,
    Course,
    Goal,
    Assessment,
    Appointment,
    Absence,
    Group,
    Session,
    Prescription,
    Dispensing,
    Note,
    Correction,
    Count
};

struct DateRange
{
    QDate from;
    QDate to; // null: open-ended
    bool covers(const QDate &d) const { return from <= d && (to.isNull() || d <= to); }
};

/// What the generator knows about a client beyond the record.
struct ClientInfo
{
    bool youth = false;
    bool children = false;
    std::vector<DateRange> absences;
    bool absentOn(const QDate &d) const;
    /// The first absence day in [from, to], or a null date.
    QDate firstAbsenceIn(const QDate &from, const QDate &to) const;
    /// `d`, or the day after the absence it falls in; null inside an open-ended absence.
    QDate presentFrom(const QDate &d) const;
};

/// What the generator knows about a course beyond the record.
struct CourseInfo
{
    int client = 0;
    Profile profile = Profile::AlcoholAmbulant;
    Scenario scenario = Scenario::None;
    int prescriptionsBegin = 0; // [begin, end) into Dataset::prescriptions
    int prescriptionsEnd = 0;
};

/// Every closed list, each handed out once before chance takes over.
struct Covers
{
    Cover<Sex> sex;
    Cover<Program> program;
    Cover<Substance> substance;
    Cover<Phase> startPhase;
    Cover<EndReason> endReason;
    Cover<Outcome> outcome;
    Cover<Theme> theme;
    Cover<GoalStatus> goalStatus;
    Cover<AppointmentType> appointmentType;
    Cover<AbsenceReason> absenceReason;
    Cover<Drug> drug;
    Cover<DrugCategory> category;
    Cover<DispensingStatus> dispensingStatus;
    Cover<Profile, profileCount> profile;
};

/// Half-hour slots 08:00-16:00 per staff member and day, so nobody is booked twice.
class SlotBook
{
public:
    /// Books `count` consecutive slots, as near `preferred` (0 = 08:00) as possible; returns the
    /// first slot, or `preferred` (double-booking) when the day is full.
    int book(int staff, const QDate &day, int preferred, int count);

private:
    std::unordered_map<quint64, quint32> m_days;
};

/// Shared state of one generateDemo() run.
class DemoContext
{
public:
    DemoContext(DemoSize size, quint32 seed, const QDate &today, Dataset &data);

    QString nextId(IdKind kind);
    /// True when `feature` is still below its minimum, else with probability permille/1000.
    bool decide(Feature feature, int permille, DemoRandom &rng);
    bool need(Feature feature) const
    {
        return m_forced[std::size_t(feature)] < params.minimumForced;
    }
    void count(Feature feature) { ++m_forced[std::size_t(feature)]; }

    const QString &staffId(int index) const { return data.staff[std::size_t(index)].id; }
    int staffIndex(const QString &id) const;
    int randomStaff(const std::vector<int> &pool, DemoRandom &rng) const;

    const DemoParams params;
    Dataset &data;
    const QDate today;
    const QDate spanStart;
    ClosedDayCalendar closedDays; // the public holidays and the centre's days in data
    DemoRandom root;
    Covers covers;
    SlotBook slots;
    std::vector<ClientInfo> clients; // parallel to data.clients
    std::vector<CourseInfo> courses; // parallel to data.courses
    QSet<QString> usedCprs;
    std::unordered_map<quint64, QString> textPool; // journal texts, shared between notes
    std::unordered_map<int, int> reassessments; // appointment index -> missed doses before it

    // Staff pools (indices into data.staff), filled by addStaff().
    std::vector<int> therapists, formerTherapists, familyTherapists, nurses, doctors, intake,
        coordinators;

private:
    void addCentreClosedDays();

    mutable QHash<QString, int> m_staffIndex;
    std::array<int, std::size_t(IdKind::Count)> m_ids {};
    std::array<int, std::size_t(Feature::Count)> m_forced {};
};

/// The time of half-hour slot `slot` (0 = 08:00).
QTime slotTime(int slot);
bool isWorkday(const QDate &day);
/// `day` itself when a workday, else the next Monday.
QDate nextWorkday(const QDate &day);
QDate minDate(const QDate &a, const QDate &b);
QDate maxDate(const QDate &a, const QDate &b);

} // namespace mestring::core::demo
