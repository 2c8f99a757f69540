#include "exchangetestdata.h"

// Datasets for the round-trip tests. Record i takes the i-th value (cyclically) of every enum it
// has, so eleven records (the length of the longest list, Drug) cover every value.
namespace mestring::core::test {

namespace {

constexpr int recordCount = 11;

template<typename E>
E nth(int i)
{
    return E(i % enumCount<E>());
}

QString text(const char *prefix, int i)
{
    return QString::fromUtf8(prefix) + QString::number(i);
}

QDate day(int i)
{
    return QDate(2025, 1, 6).addDays(7 * i);
}

// A spread of offsets, including UTC, a negative half-hour one and milliseconds.
QDateTime moment(int i)
{
    static const int offsets[] = {3600, 7200, 0, -(3 * 3600 + 1800), 19800};
    const QTime time(8 + i % 9, 5 * i % 60, i % 2 == 0 ? 0 : 30, i % 3 == 0 ? 250 : 0);
    return QDateTime(day(i), time, Qt::OffsetFromUTC, offsets[i % 5]);
}

Course fullCourse(int i)
{
    Course c;
    c.id = text("k", i);
    c.client = text("c", i);
    c.kind = nth<CourseKind>(i);
    c.legalBasis = nth<LegalBasis>(i);
    c.setting = nth<Setting>(i);
    c.program = nth<Program>(i);
    c.primarySubstance = nth<Substance>(i);
    c.secondarySubstances = {nth<Substance>(i + 1), nth<Substance>(i + 3)};
    c.responsible = text("s", i);
    c.requestDate = day(i);
    c.startDate = day(i).addDays(9);
    c.endDate = day(i).addDays(200);
    c.endReason = nth<EndReason>(i);
    c.outcome = nth<Outcome>(i);
    c.phases = {{nth<Phase>(i), day(i).addDays(9)}, {nth<Phase>(i + 1), day(i).addDays(40)}};
    c.guaranteeExempt = nth<GuaranteeExempt>(i);
    c.guaranteeDelayReason = QStringLiteral("Borgeren ønskede at vente til efter ferien");
    c.declinedFollowup = i % 2 == 1;
    c.residentialProvider = QStringLiteral("Behandlingscenter Østergården");
    c.plannedWeeks = 8 + i;
    return c;
}

Goal fullGoal(int i)
{
    Goal g;
    g.id = text("g", i);
    g.course = text("k", i);
    g.theme = nth<Theme>(i);
    g.text = QStringLiteral("Komme i praktik tre dage om ugen");
    g.measure = QStringLiteral("Mødesedler fra praktikstedet");
    g.deadline = day(i).addDays(120);
    g.baselineScore = i % 5;
    g.targetScore = (i + 2) % 5;
    g.status = nth<GoalStatus>(i);
    g.closedDate = day(i).addDays(150);
    g.scores = {{day(i).addDays(90), 3}, {day(i).addDays(180), 1}};
    g.subgoals = {{QStringLiteral("Møde hos jobcentret"), day(i).addDays(30), day(i).addDays(28)},
                  {QStringLiteral("Prøvedag"), day(i).addDays(60), day(i).addDays(61)}};
    return g;
}

Assessment fullAssessment(int i)
{
    Assessment a;
    a.id = text("a", i);
    a.course = text("k", i);
    a.date = day(i);
    a.type = nth<AssessmentType>(i);
    for (const LifeArea area : enumValues<LifeArea>())
        a.setArea(area, (i + int(area)) % 5);
    a.qualityOfLife = i + 5;
    a.daysUsedLast28 = 28 - i;
    a.drinksPerWeek = 40 + i;
    return a;
}

GroupCourse fullGroup(int i)
{
    GroupCourse g;
    g.id = text("gr", i);
    g.name = text("BASIS hold ", i);
    g.type = nth<GroupType>(i);
    g.leaders = {text("s", i), text("s", i + 1)};
    g.capacity = 8 + i;
    g.rolling = i % 2 == 0;
    g.sessions = {{text("gs", i), day(i), QTime(9, 30), QStringLiteral("Trang og tilbagefald")},
                  {text("gt", i), day(i + 1), QTime(13, 0), QStringLiteral("Netværk")}};
    g.members = {{text("k", i), day(i), day(i + 3)}};
    g.waiting = {{text("k", i + 1), day(i).addDays(-3)}, {text("k", i + 2), day(i).addDays(-1)}};
    g.attendance = {{text("gs", i), text("k", i), nth<AttendanceStatus>(i)}};
    return g;
}

Prescription fullPrescription(int i)
{
    Prescription p;
    p.id = text("m", i);
    p.client = text("c", i);
    p.drug = nth<Drug>(i);
    p.category = nth<DrugCategory>(i);
    p.doseMg = i % 2 == 0 ? 800 : 2.5 + i;
    p.schedule.kind = Schedule::Kind(i % 3);
    if (p.schedule.kind == Schedule::Kind::Weekdays)
        p.schedule.weekdays = {1, 4, 7};
    if (p.schedule.kind == Schedule::Kind::EveryDays)
        p.schedule.everyDays = 7 * (i + 1);
    p.mode = nth<DispensingMode>(i);
    if (p.mode == DispensingMode::TakeHome) // the only mode that carries days
        p.takeHomeDays = 3 + i % 5;
    p.start = day(i);
    p.end = day(i).addDays(90);
    p.prescriber = QStringLiteral("s9");
    p.reason = QStringLiteral("Dosis øget efter lægesamtale");
    const SignedReason signedReason {QStringLiteral("Besluttet af lægen"), QStringLiteral("s9"),
        moment(i)};
    if (i % 2 == 0)
        p.doseConfirmed = signedReason;
    else
        p.annulled = signedReason;
    return p;
}

JournalNote fullNote(int i)
{
    JournalNote n;
    n.id = text("n", i);
    n.client = text("c", i);
    n.course = text("k", i);
    n.author = text("s", i);
    n.writtenAt = moment(i + 1);
    n.kind = nth<NoteKind>(i);
    // Quotes, escapes, control characters, Danish letters, a surrogate pair and a lone surrogate.
    n.text = QStringLiteral("Samtale om \"trang\" \\ plan:\n\t- søvn, æble, Å\u0001 ")
        + QString::fromUtf16(u"\U0001F600 ") + QChar(0xD800) + QString::number(i);
    if (i > 0)
        n.addendumTo = text("n", i - 1);
    return n;
}

} // namespace

Dataset fullExchangeDataset()
{
    Dataset ds;
    for (int i = 0; i < recordCount; ++i) {
        ds.staff.push_back({text("s", i), text("Medarbejder ", i), nth<Role>(i), text("user", i),
                            i % 2 == 0, text("Team ", i % 3)});
        ds.clients.push_back({text("c", i), QStringLiteral("010180-123") + QString::number(i % 10),
                              QStringLiteral("Jens"), QStringLiteral("Hansen"), text("Ravn", i),
                              i % 2 == 1, QDate(1980, 1, 1 + i), nth<Sex>(i),
                              QStringLiteral("Viborg"), QStringLiteral("+45 86 00 00 00"),
                              QStringLiteral("Søndergade 3, 8800 Viborg"),
                              QStringLiteral("Egen læge og jobcentret"), day(i)});
        ds.courses.push_back(fullCourse(i));
        ds.goals.push_back(fullGoal(i));
        ds.assessments.push_back(fullAssessment(i));
        ds.appointments.push_back({text("p", i), text("k", i), text("s", i),
                                   nth<AppointmentType>(i), moment(i), 30 + i,
                                   QStringLiteral("Samtalerum 2"), nth<AppointmentStatus>(i)});
        ds.absences.push_back({text("f", i), text("c", i), day(i), day(i).addDays(13),
                               nth<AbsenceReason>(i),
                               QStringLiteral("Indlagt på Regionshospitalet")});
        ds.groups.push_back(fullGroup(i));
        ds.prescriptions.push_back(fullPrescription(i));
        ds.dispensings.push_back({text("d", i), text("m", i), day(i), i % 2 == 0 ? 40.0 : 0.25,
                                  nth<DispensingStatus>(i), 1 + i % 14, text("s", i),
                                  QStringLiteral("Set af sygeplejerske"),
                                  QStringLiteral("Registreret bagefter"),
                                  SignedReason {QStringLiteral("Bekræftet"), text("s", i),
                                      moment(i)}});
        ds.corrections.push_back({text("r", i), text("d", i), QStringLiteral("Forkert borger"),
                                  text("s", i), moment(i)});
        ds.closedDays.push_back({day(i).addYears(5), QStringLiteral("Grundlovsdag")});
        ds.targets.push_back({QStringLiteral("no_show_rate"), QStringLiteral("drug"), 2020 + i,
                              0.36, i % 2 == 0 ? 0.47 : 1.0 / 3.0});
        ds.notes.push_back(fullNote(i));
        // FIT: even records rate an appointment, odd ones a group session; items with decimals.
        ds.feedback.push_back({text("fb", i), text("k", i), i % 2 == 0 ? text("p", i) : QString(),
            i % 2 == 1 ? text("gs", i) : QString(), day(i), nth<FitScale>(i),
            {i, 100 - i, 55, 37}});
        ds.waitingLists.push_back({text("w", i), nth<IndividualOffer>(i),
            QStringLiteral("Inge Hansen, 20 30 40 50"), text("c", i), day(i),
            QStringLiteral("Kan om eftermiddagen"), day(i).addDays(20),
            nth<WaitingTakenOffReason>(i)});
        ds.registryReports.push_back(
            {text("k", i), nth<RegistryEvent>(i), day(i).addDays(3), text("s", i)});
    }
    return ds;
}

Dataset minimalExchangeDataset()
{
    Dataset ds;
    ds.staff.push_back({QStringLiteral("s1"), QStringLiteral("Anne Holm"), Role::Doctor, {}, true});
    Client client;
    client.id = QStringLiteral("c1");
    ds.clients.push_back(client);
    Course course;
    course.id = QStringLiteral("k1");
    course.client = QStringLiteral("c1");
    ds.courses.push_back(course);
    Goal goal;
    goal.id = QStringLiteral("g1");
    goal.course = QStringLiteral("k1");
    ds.goals.push_back(goal);
    ds.assessments.push_back({QStringLiteral("a1"), QStringLiteral("k1"), QDate(2025, 1, 10)});
    Appointment appointment;
    appointment.id = QStringLiteral("p1");
    appointment.course = QStringLiteral("k1");
    appointment.start = QDateTime(QDate(2025, 1, 17), QTime(10, 0), Qt::OffsetFromUTC, 3600);
    ds.appointments.push_back(appointment);
    ds.absences.push_back({QStringLiteral("f1"), QStringLiteral("c1"), QDate(2025, 7, 1)});
    ds.groups.push_back({QStringLiteral("gr1"), QStringLiteral("BASIS")});
    Prescription prescription;
    prescription.id = QStringLiteral("m1");
    prescription.client = QStringLiteral("c1");
    prescription.doseMg = 60;
    prescription.start = QDate(2025, 1, 20);
    prescription.prescriber = QStringLiteral("s1");
    ds.prescriptions.push_back(prescription);
    ds.dispensings.push_back({QStringLiteral("d1"), QStringLiteral("m1"), QDate(2025, 1, 20), 0,
                              DispensingStatus::Missed});
    ds.targets.push_back({QStringLiteral("antabus_clients"), QString(), 2025});
    ds.notes.push_back({QStringLiteral("n1"), QStringLiteral("c1"), QString(), QStringLiteral("s1"),
                        QDateTime(QDate(2025, 1, 17), QTime(11, 5), Qt::OffsetFromUTC, 3600),
                        NoteKind::Phone, QStringLiteral("Telefonsamtale")});
    return ds;
}

} // namespace mestring::core::test
