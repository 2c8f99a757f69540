#include "groupsubset.h"

#include <QSet>

namespace mestring::test {

using namespace mestring::core;

namespace {

const Client *clientOf(const Dataset &data, const QString &id)
{
    for (const Client &c : data.clients) {
        if (c.id == id) return &c;
    }
    return nullptr;
}

// The birthday in `year`: 1 March for someone born on 29 February in a year without one.
QDate birthdayIn(const QDate &birth, int year)
{
    if (birth.month() == 2 && birth.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 3, 1);
    return QDate(year, birth.month(), birth.day());
}

QString ageBandOn(const QDate &birth, const QDate &on)
{
    if (!birth.isValid() || !on.isValid() || on < birth) return QStringLiteral("unknown");
    const int age = on.year() - birth.year() - (on < birthdayIn(birth, on.year()) ? 1 : 0);
    if (age < 18) return QStringLiteral("under 18");
    if (age < 25) return QStringLiteral("18-24");
    if (age < 35) return QStringLiteral("25-34");
    if (age < 45) return QStringLiteral("35-44");
    if (age < 55) return QStringLiteral("45-54");
    if (age < 65) return QStringLiteral("55-64");
    return QStringLiteral("65+");
}

QString clientKey(const Client &client, ReportDimension dimension, QDate on)
{
    switch (dimension) {
    case ReportDimension::Municipality:
        return client.municipality;
    case ReportDimension::Sex:
        return client.sex ? enumCode(*client.sex) : QString();
    case ReportDimension::AgeBand:
        return ageBandOn(client.birthDate, on);
    default:
        break;
    }
    return {};
}

Dataset subset(const Dataset &data, const QSet<QString> &courses, const QSet<QString> &clients)
{
    Dataset out;
    out.staff = data.staff;
    for (const Client &c : data.clients) {
        if (clients.contains(c.id)) out.clients.push_back(c);
    }
    for (const Course &c : data.courses) {
        if (courses.contains(c.id)) out.courses.push_back(c);
    }
    for (const Goal &g : data.goals) {
        if (courses.contains(g.course)) out.goals.push_back(g);
    }
    for (const Assessment &a : data.assessments) {
        if (courses.contains(a.course)) out.assessments.push_back(a);
    }
    for (const Appointment &a : data.appointments) {
        if (courses.contains(a.course)) out.appointments.push_back(a);
    }
    for (const Absence &a : data.absences) {
        if (clients.contains(a.client)) out.absences.push_back(a);
    }
    for (GroupCourse g : data.groups) {
        std::erase_if(g.members, [&](const GroupMember &m) { return !courses.contains(m.course); });
        std::erase_if(g.waiting, [&](const WaitingEntry &w) { return !courses.contains(w.course); });
        std::erase_if(
            g.attendance, [&](const GroupAttendance &a) { return !courses.contains(a.course); });
        out.groups.push_back(std::move(g));
    }
    QSet<QString> prescriptions;
    for (const Prescription &p : data.prescriptions) {
        if (!clients.contains(p.client)) continue;
        out.prescriptions.push_back(p);
        prescriptions.insert(p.id);
    }
    QSet<QString> dispensings;
    for (const Dispensing &d : data.dispensings) {
        if (!prescriptions.contains(d.prescription)) continue;
        out.dispensings.push_back(d);
        dispensings.insert(d.id);
    }
    for (const Correction &c : data.corrections) {
        if (dispensings.contains(c.annuls)) out.corrections.push_back(c);
    }
    out.closedDays = data.closedDays;
    for (const FitRating &f : data.feedback) {
        if (courses.contains(f.course)) out.feedback.push_back(f);
    }
    for (const RegistryReport &r : data.registryReports) {
        if (courses.contains(r.course)) out.registryReports.push_back(r);
    }
    for (const WaitingListEntry &w : data.waitingLists) {
        if (w.client.isEmpty() || clients.contains(w.client)) out.waitingLists.push_back(w);
    }
    return out;
}

} // namespace

QString courseGroupOf(const Dataset &data, const Course &course, ReportDimension dimension)
{
    const Client *client = clientOf(data, course.client);
    switch (dimension) {
    case ReportDimension::Responsible:
        return course.responsible;
    case ReportDimension::LegalBasis:
        return enumCode(course.legalBasis);
    case ReportDimension::Program:
        return enumCode(course.program);
    case ReportDimension::AgeBand:
        return ageBandOn(client ? client->birthDate : QDate(),
            course.startDate.isValid() ? course.startDate : course.requestDate);
    case ReportDimension::Municipality:
    case ReportDimension::Sex:
        break;
    }
    return client ? clientKey(*client, dimension, {}) : QString();
}

QString clientGroupOf(const Client &client, ReportDimension dimension, QDate to)
{
    return clientKey(client, dimension, to);
}

Dataset coursesOnly(const Dataset &data, const std::function<bool(const Course &)> &keep)
{
    QSet<QString> courses;
    QSet<QString> clients;
    for (const Course &c : data.courses) {
        if (!keep(c)) continue;
        courses.insert(c.id);
        clients.insert(c.client);
    }
    return subset(data, courses, clients);
}

Dataset clientsOnly(const Dataset &data, const std::function<bool(const Client &)> &keep)
{
    QSet<QString> clients;
    for (const Client &c : data.clients) {
        if (keep(c)) clients.insert(c.id);
    }
    QSet<QString> courses;
    for (const Course &c : data.courses) {
        if (clients.contains(c.client)) courses.insert(c.id);
    }
    return subset(data, courses, clients);
}

} // namespace mestring::test
