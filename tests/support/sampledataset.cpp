#include "sampledataset.h"

namespace mestring::test {

using namespace mestring::core;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

void addPeople(Dataset &d)
{
    d.staff = {{s("s1"), s("Anne Holm"), Role::Therapist, s("anne"), true, s("Alkoholteam")},
        {s("s3"), s("Mette Dahl"), Role::Nurse, s("mette"), true, s("Stofteam")},
        {s("s9"), s("Ole Berg"), Role::Doctor, s("ole"), true},
        {s("s4"), s("Bo Vikar"), Role::Therapist, QString(), false}};

    Client jens {s("c1"), s("0101801235"), s("Jens"), s("Hansen")};
    jens.birthDate = day("1980-01-01");
    jens.sex = Sex::Male;
    jens.municipality = s("Viborg");
    jens.phone = s("+45 20 30 40 50");
    jens.address = s("Søndergade 4, 8800 Viborg");
    jens.consentText = s("Egen læge og jobcenter");
    jens.consentDate = day("2025-01-10");
    Client anonymous;
    anonymous.id = s("c2");
    anonymous.alias = s("Ravn");
    anonymous.anonymous = true;
    Client karen {s("c3"), s("0202754322"), s("Karen"), s("Ølgaard")};
    karen.birthDate = day("1975-02-02");
    karen.sex = Sex::Female;
    d.clients = {jens, anonymous, karen};
}

void addCourses(Dataset &d)
{
    Course k1 {s("k1"), s("c1")};
    k1.secondarySubstances = {Substance::Cannabis, Substance::Benzodiazepines};
    k1.responsible = s("s1");
    k1.requestDate = day("2025-01-02");
    k1.startDate = day("2025-01-10");
    k1.phases = {{Phase::Intro, day("2025-01-10")}, {Phase::Treatment, day("2025-02-01")}};

    Course k2 {s("k2"), s("c2"), CourseKind::Drug, LegalBasis::Sel101a, Setting::Ambulant,
        Program::Youth, Substance::Cannabis};
    k2.responsible = s("s1");
    k2.startDate = day("2025-01-05");
    k2.endDate = day("2025-03-31");
    k2.endReason = EndReason::Completed;
    k2.outcome = Outcome::Abstinent;
    k2.guaranteeExempt = GuaranteeExempt::Anonymous;
    k2.phases = {{Phase::Advice, day("2025-01-05")}};

    Course k3 {s("k3"), s("c3"), CourseKind::Drug, LegalBasis::Sel107, Setting::Residential,
        Program::Standard, Substance::Opioids};
    k3.responsible = s("s9");
    k3.requestDate = day("2024-10-01");
    k3.startDate = day("2024-10-20");
    k3.endDate = day("2025-01-15");
    k3.endReason = EndReason::Referred;
    k3.outcome = Outcome::Stabilised;
    k3.guaranteeDelayReason = s("Ventede på en døgnplads");
    k3.declinedFollowup = true;
    k3.residentialProvider = s("Hjulsøgaard");
    k3.plannedWeeks = 12;
    d.courses = {k1, k2, k3};
}

void addPlans(Dataset &d)
{
    Goal g1 {s("g1"), s("k1"), Theme::Health, s("Sove bedre"), s("Søvndagbog"), day("2025-06-30"),
        3, 1, GoalStatus::Active};
    g1.scores = {{day("2025-04-10"), 2}, {day("2025-02-10"), 3}};
    g1.subgoals = {{s("Gå i seng kl. 23"), day("2025-03-01"), QDate()},
        {s("Ingen skærm efter 22"), QDate(), day("2025-03-20")}};
    Goal g2 {s("g2"), s("k2"), Theme::SubstanceUse, s("Stoppe med hash")};
    g2.status = GoalStatus::Achieved;
    g2.closedDate = day("2025-03-31");
    d.goals = {g1, g2};

    Assessment a1 {s("a1"), s("k1"), day("2025-01-10"), AssessmentType::Intake};
    a1.setArea(LifeArea::Alcohol, 3);
    a1.setArea(LifeArea::MentalHealth, 2);
    a1.setArea(LifeArea::PhysicalHealth, 0);
    a1.qualityOfLife = 4;
    a1.drinksPerWeek = 40;
    Assessment a2 {s("a2"), s("k2"), day("2025-03-31"), AssessmentType::Discharge};
    a2.setArea(LifeArea::Drugs, 1);
    a2.daysUsedLast28 = 0;
    d.assessments = {a1, a2};
}

void addContacts(Dataset &d)
{
    d.appointments = {
        {s("p1"), s("k1"), s("s1"), AppointmentType::Individual,
            instant("2025-01-17T10:00:00+01:00"), 60, s("Kontor 2"), AppointmentStatus::Attended},
        {s("p2"), s("k1"), s("s3"), AppointmentType::Nurse, instant("2025-06-02T23:30:00+02:00"),
            30, QString(), AppointmentStatus::Planned},
        {s("p3"), s("k3"), QString(), AppointmentType::Doctor, instant("2024-11-01T09:15:00Z"), 45,
            QString(), AppointmentStatus::NoShow}};
    d.absences = {{s("f1"), s("c1"), day("2025-07-01"), day("2025-07-21"), AbsenceReason::Holiday},
        {s("f2"), s("c3"), day("2024-12-01"), QDate(), AbsenceReason::Hospital,
            s("Indlagt på Regionshospitalet")}};

    GroupCourse basis {
        s("gr1"), s("BASIS forår"), GroupType::Psychoeducation, {s("s1"), s("s3")}, 10, true};
    basis.sessions = {{s("gs1"), day("2025-02-03"), QTime(9, 30), s("Hvad er afhængighed?")},
        {s("gs2"), day("2025-02-10"), QTime(), QString()}};
    basis.members = {{s("k1"), day("2025-02-01"), QDate()}};
    basis.waiting = {{s("k3"), day("2025-01-20")}, {s("k2"), QDate()}};
    basis.attendance = {{s("gs1"), s("k1"), AttendanceStatus::Attended},
        {s("gs2"), s("k1"), AttendanceStatus::NoShow}};
    GroupCourse empty {s("gr2"), s("Mindfulness"), GroupType::Mindfulness};
    d.groups = {basis, empty};
}

void addMedication(Dataset &d)
{
    Prescription antabus {s("m1"), s("c1"), Drug::Disulfiram, DrugCategory::Antabus, 800};
    antabus.schedule = {Schedule::Kind::Weekdays, {1, 4}, 0};
    antabus.start = day("2025-01-20");
    antabus.prescriber = s("s9");
    Prescription methadone {s("m2"), s("c3"), Drug::Methadone, DrugCategory::Substitution, 62.5};
    methadone.mode = DispensingMode::TakeHome;
    methadone.takeHomeDays = 7;
    methadone.start = day("2024-10-20");
    methadone.end = day("2025-01-15");
    methadone.prescriber = s("s9");
    methadone.reason = s("Opstart");
    Prescription naltrexone {s("m3"), s("c1"), Drug::Naltrexone, DrugCategory::Craving, 50};
    naltrexone.schedule = {Schedule::Kind::EveryDays, {}, 7};
    naltrexone.mode = DispensingMode::Pharmacy;
    naltrexone.start = day("2025-02-01");
    naltrexone.end = day("2025-03-01");
    naltrexone.prescriber = s("s9");
    methadone.doseConfirmed = SignedReason {
        s("Høj startdosis aftalt med overlæge"), s("s9"), instant("2024-10-19T14:00:00+02:00")};
    Prescription typo = antabus; // 8000 mg typed for 800: annulled the same day
    typo.id = s("m4");
    typo.doseMg = 8000;
    typo.annulled = SignedReason {
        s("Tastefejl: 8000 mg i stedet for 800 mg"), s("s9"), instant("2025-01-19T15:30:00+01:00")};
    d.prescriptions = {antabus, methadone, naltrexone, typo};

    d.dispensings
        = {{s("d1"), s("m1"), day("2025-01-20"), 800, DispensingStatus::Taken, 1, s("s3")},
            {s("d2"), s("m1"), day("2025-01-23"), 800, DispensingStatus::Missed, 1, s("s3"),
                s("Kom ikke")},
            {s("d3"), s("m2"), day("2024-10-21"), 62.5, DispensingStatus::HandedOut, 7, s("s3")},
            {s("d4"), s("m1"), day("2025-01-27"), 800, DispensingStatus::Missed, 1, s("s3")},
            {s("d5"), s("m1"), day("2025-01-27"), 800, DispensingStatus::Taken, 1, s("s3")}};
    d.dispensings[4].lateReason = s("Registreret dagen efter fra papirlisten");
    d.dispensings[4].lateConfirmed
        = SignedReason {QString(), s("s9"), instant("2025-01-29T09:00:00+01:00")};
    d.corrections = {{s("r1"), s("d4"), s("Trykkede M i stedet for T"), s("s3"),
        instant("2025-01-27T08:51:00+01:00")}};
    d.closedDays = {{day("2025-06-05"), s("Grundlovsdag")}, {day("2025-12-24"), s("Juleaftensdag")}};
}

void addJournal(Dataset &d)
{
    d.targets = {{s("alcohol_success_rate"), QString(), 2025, 0.36, 0.47},
        {s("no_show_rate"), s("drug"), 2025, std::nullopt, 0.29}};
    d.notes = {{s("n1"), s("c1"), s("k1"), s("s1"), instant("2025-01-17T11:05:00+01:00"),
                   NoteKind::Session, s("Første samtale.\nAftalt plan.")},
        {s("n2"), s("c1"), QString(), s("s1"), instant("2025-01-18T08:00:00.250+01:00"),
            NoteKind::Phone, s("Rettelse: samtalen var 45 minutter."), s("n1")}};
}

// The citizen's voice and the centre's duties: FIT ratings of an appointment and a group
// session, waiting lists (a relative, a client, one taken off) and registry marks.
void addFeedbackAndDuties(Dataset &d)
{
    d.feedback = {{s("fb1"), s("k1"), s("p1"), QString(), day("2025-01-17"), FitScale::Ors,
                      {42, 55, 61, 50}},
        {s("fb2"), s("k1"), s("p1"), QString(), day("2025-01-17"), FitScale::Srs,
            {95, 90, 88, 100}},
        {s("fb3"), s("k1"), QString(), s("gs1"), day("2025-02-03"), FitScale::Ors,
            {60, 61, 0, 73}}};
    WaitingListEntry relative {s("w1"), IndividualOffer::Relatives,
        s("Inge Hansen (mor), 20 30 40 51"), QString(), day("2025-02-01"),
        s("Ønsker samtale om eftermiddagen")};
    WaitingListEntry client {s("w2"), IndividualOffer::Relatives, QString(), s("c1"),
        day("2025-02-03")};
    WaitingListEntry offered {s("w3"), IndividualOffer::Family, s("Per Ølgaard, 31 41 51 61"),
        QString(), day("2025-01-06"), QString(), day("2025-02-10"),
        WaitingTakenOffReason::Offered};
    d.waitingLists = {relative, client, offered};
    d.registryReports = {{s("k1"), RegistryEvent::Request, day("2025-01-20"), s("s1")},
        {s("k1"), RegistryEvent::Start, day("2025-01-20"), s("s1")},
        {s("k3"), RegistryEvent::Discharge, day("2025-02-03"), s("s9")}};
}

} // namespace

QDateTime instant(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Dataset sampleDataset()
{
    Dataset d;
    addPeople(d);
    addCourses(d);
    addPlans(d);
    addContacts(d);
    addMedication(d);
    addJournal(d);
    addFeedbackAndDuties(d);
    return d;
}

Dataset oldClientDataset()
{
    Dataset d;
    Client ole {s("c-old"), s("0101501234"), s("Ole"), s("Gammel")};
    ole.birthDate = day("1950-01-01");
    ole.sex = Sex::Male;
    d.clients = {ole};
    Course k {s("k-old"), s("c-old")};
    k.requestDate = day("2011-02-20");
    k.startDate = day("2011-03-01");
    k.endDate = day("2012-05-31");
    k.endReason = EndReason::Completed;
    k.outcome = Outcome::Abstinent;
    k.phases = {{Phase::Intro, day("2011-03-01")}};
    d.courses = {k};
    return d;
}

} // namespace mestring::test
