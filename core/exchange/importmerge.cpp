#include "importmerge.h"

#include <set>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include "core/domain/datasetchecker.h"

namespace mestring::core::exchange {

namespace {

// The top-level lists of the interchange document, in the order Dataset declares them.
constexpr std::array<const char *, 17> sectionNames = {"staff", "clients", "courses", "goals",
    "assessments", "appointments", "absences", "groups", "prescriptions", "dispensings", "targets",
    "notes", "corrections", "closed_days", "feedback", "waiting_lists", "registry_reports"};
constexpr std::size_t targetsSection = 10;

// Calls f(list of a, same list of b) for each of the lists.
template <typename F> void forEachList(Dataset &a, Dataset &b, F f)
{
    f(a.staff, b.staff);
    f(a.clients, b.clients);
    f(a.courses, b.courses);
    f(a.goals, b.goals);
    f(a.assessments, b.assessments);
    f(a.appointments, b.appointments);
    f(a.absences, b.absences);
    f(a.groups, b.groups);
    f(a.prescriptions, b.prescriptions);
    f(a.dispensings, b.dispensings);
    f(a.targets, b.targets);
    f(a.notes, b.notes);
    f(a.corrections, b.corrections);
    f(a.closedDays, b.closedDays);
    f(a.feedback, b.feedback);
    f(a.waitingLists, b.waitingLists);
    f(a.registryReports, b.registryReports);
}

template <typename T> std::vector<T> head(const std::vector<T> &list, std::size_t count)
{
    return std::vector<T>(list.begin(), list.begin() + qsizetype(count));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

// Records of one list whose id is already stored: reported at the incoming record's path.
template <typename T>
void findStoredIds(
    const std::vector<T> &list, std::size_t stored, const char *section, RuleIssues &issues)
{
    QSet<QString> storedIds;
    storedIds.reserve(qsizetype(stored));
    for (std::size_t i = 0; i < stored; ++i)
        storedIds.insert(list[i].id);
    for (std::size_t i = stored; i < list.size(); ++i) {
        if (!storedIds.contains(list[i].id)) continue;
        issues.push_back({RuleIssue::Severity::Error,
            QStringLiteral("%1[%2].id").arg(QLatin1StringView(section)).arg(i - stored),
            tr("A record with the id '%1' is already in the database. Records that "
               "are stored cannot be imported again: remove it from the file, or "
               "import into a new database.")
                .arg(list[i].id)});
    }
}

QString targetKey(const EffectTarget &t)
{
    return t.indicator + QLatin1Char('/') + t.breakdown + QLatin1Char('/')
        + QString::number(t.year);
}

} // namespace

ImportMerge::ImportMerge(Dataset stored, Dataset incoming)
    : m_united(std::move(stored))
    , m_stored {m_united.staff.size(), m_united.clients.size(), m_united.courses.size(),
          m_united.goals.size(), m_united.assessments.size(), m_united.appointments.size(),
          m_united.absences.size(), m_united.groups.size(), m_united.prescriptions.size(),
          m_united.dispensings.size(), m_united.targets.size(), m_united.notes.size(),
          m_united.corrections.size(), m_united.closedDays.size(), m_united.feedback.size(),
          m_united.waitingLists.size(), m_united.registryReports.size()}
{
    // Moved, not copied: a file of a million records is held once.
    forEachList(m_united, incoming, [](auto &to, auto &from) {
        if (to.empty())
            to = std::move(from);
        else
            to.insert(to.end(), std::make_move_iterator(from.begin()),
                std::make_move_iterator(from.end()));
    });
}

Dataset ImportMerge::takeIncoming()
{
    Dataset incoming;
    std::size_t section = 0;
    forEachList(m_united, incoming, [this, &section](auto &from, auto &to) {
        const auto first = from.begin() + qsizetype(m_stored[section++]);
        to.assign(std::make_move_iterator(first), std::make_move_iterator(from.end()));
        from.erase(first, from.end());
    });
    return incoming;
}

RuleIssues ImportMerge::idConflicts() const
{
    RuleIssues issues;
    const Dataset &u = m_united;
    findStoredIds(u.staff, m_stored[0], sectionNames[0], issues);
    findStoredIds(u.clients, m_stored[1], sectionNames[1], issues);
    findStoredIds(u.courses, m_stored[2], sectionNames[2], issues);
    findStoredIds(u.goals, m_stored[3], sectionNames[3], issues);
    findStoredIds(u.assessments, m_stored[4], sectionNames[4], issues);
    findStoredIds(u.appointments, m_stored[5], sectionNames[5], issues);
    findStoredIds(u.absences, m_stored[6], sectionNames[6], issues);
    findStoredIds(u.groups, m_stored[7], sectionNames[7], issues);
    findStoredIds(u.prescriptions, m_stored[8], sectionNames[8], issues);
    findStoredIds(u.dispensings, m_stored[9], sectionNames[9], issues);
    findStoredIds(u.notes, m_stored[11], sectionNames[11], issues);
    findStoredIds(u.corrections, m_stored[12], sectionNames[12], issues);
    findStoredIds(u.feedback, m_stored[14], sectionNames[14], issues);
    findStoredIds(u.waitingLists, m_stored[15], sectionNames[15], issues);

    // Session ids are unique across all groups (the register refers to a session by id alone);
    // the checker sees one group at a time, so sessions of different groups are checked here.
    QSet<QString> sessions;
    for (std::size_t g = 0; g < u.groups.size(); ++g) {
        for (std::size_t s = 0; s < u.groups[g].sessions.size(); ++s) {
            const QString &id = u.groups[g].sessions[s].id;
            const bool taken = sessions.contains(id);
            sessions.insert(id);
            if (!taken || g < m_stored[7]) continue;
            issues.push_back({RuleIssue::Severity::Error,
                QStringLiteral("groups[%1].sessions[%2].id").arg(g - m_stored[7]).arg(s),
                tr("The session id '%1' is already used by a session of another "
                   "group. Every session needs its own id.")
                    .arg(id)});
        }
    }

    QSet<QString> targetKeys;
    for (std::size_t i = 0; i < m_stored[targetsSection]; ++i)
        targetKeys.insert(targetKey(u.targets[i]));
    for (std::size_t i = m_stored[targetsSection]; i < u.targets.size(); ++i) {
        if (targetKeys.contains(targetKey(u.targets[i]))) {
            issues.push_back({RuleIssue::Severity::Error,
                QStringLiteral("targets[%1]").arg(i - m_stored[targetsSection]),
                tr("The database already has a target for this indicator, "
                   "breakdown and year. Remove it from the file, or change the "
                   "target in the program.")});
        }
    }
    return issues;
}

QString ImportMerge::storedKey(std::size_t section, std::size_t row) const
{
    const Dataset &u = m_united;
    switch (section) {
    case 0:
        return u.staff[row].id;
    case 1:
        return u.clients[row].id;
    case 2:
        return u.courses[row].id;
    case 3:
        return u.goals[row].id;
    case 4:
        return u.assessments[row].id;
    case 5:
        return u.appointments[row].id;
    case 6:
        return u.absences[row].id;
    case 7:
        return u.groups[row].id;
    case 8:
        return u.prescriptions[row].id;
    case 9:
        return u.dispensings[row].id;
    case 10:
        return targetKey(u.targets[row]);
    case 11:
        return u.notes[row].id;
    case 12:
        return u.corrections[row].id;
    case 13:
        return u.closedDays[row].date.toString(Qt::ISODate);
    case 14:
        return u.feedback[row].id;
    case 15:
        return u.waitingLists[row].id;
    default:
        return u.registryReports[row].course + QLatin1Char('/')
            + enumCode(u.registryReports[row].event);
    }
}

// "courses[12]" in a path or message: a file record when 12 is past the stored ones, else the
// stored record named by its id.
QString ImportMerge::rewrite(const QString &text, bool *mentionsStored) const
{
    static const QRegularExpression reference(QStringLiteral(
        "(?<![\\w.])(staff|clients|courses|goals|assessments|appointments|absences|groups|"
        "prescriptions|dispensings|targets|notes|corrections|closed_days|feedback|waiting_lists|"
        "registry_reports)\\[(\\d+)\\]"));
    QString result;
    qsizetype copied = 0;
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const auto name = m.capturedView(1);
        std::size_t section = 0;
        while (section < sectionCount && name != QLatin1StringView(sectionNames[section]))
            ++section;
        const std::size_t row = m.capturedView(2).toULongLong();
        result += QStringView(text).mid(copied, m.capturedStart() - copied);
        if (row >= m_stored[section]) {
            result += name + QLatin1Char('[') + QString::number(row - m_stored[section])
                + QLatin1Char(']');
        } else {
            result += QStringLiteral("database:") + name + QStringLiteral("[id=")
                + storedKey(section, row) + QLatin1Char(']');
            if (mentionsStored && m.capturedStart() == 0) *mentionsStored = true;
        }
        copied = m.capturedEnd();
    }
    result += QStringView(text).mid(copied);
    return result;
}

Dataset ImportMerge::storedPart() const
{
    const Dataset &u = m_united;
    Dataset d;
    d.staff = head(u.staff, m_stored[0]);
    d.clients = head(u.clients, m_stored[1]);
    d.courses = head(u.courses, m_stored[2]);
    d.goals = head(u.goals, m_stored[3]);
    d.assessments = head(u.assessments, m_stored[4]);
    d.appointments = head(u.appointments, m_stored[5]);
    d.absences = head(u.absences, m_stored[6]);
    d.groups = head(u.groups, m_stored[7]);
    d.prescriptions = head(u.prescriptions, m_stored[8]);
    d.dispensings = head(u.dispensings, m_stored[9]);
    d.targets = head(u.targets, m_stored[10]);
    d.notes = head(u.notes, m_stored[11]);
    d.corrections = head(u.corrections, m_stored[12]);
    d.closedDays = head(u.closedDays, m_stored[13]);
    d.feedback = head(u.feedback, m_stored[14]);
    d.waitingLists = head(u.waitingLists, m_stored[15]);
    d.registryReports = head(u.registryReports, m_stored[16]);
    return d;
}

RuleIssues ImportMerge::toFileIssues(const RuleIssues &unitedIssues) const
{
    RuleIssues result;
    std::vector<std::size_t> onStored; // errors on stored records: indexes into result
    for (const RuleIssue &issue : unitedIssues) {
        bool stored = false;
        RuleIssue mapped {
            issue.severity, rewrite(issue.path, &stored), rewrite(issue.message, nullptr)};
        // Warnings are about the imported records; those on stored records were (or could
        // have been) listed when they were stored, and finding out would cost a second check.
        if (stored && !mapped.isError()) continue;
        if (stored) onStored.push_back(result.size());
        result.push_back(std::move(mapped));
    }
    if (onStored.empty()) return result;

    // The stored records alone have the same rows, so their own issues match exactly.
    std::set<std::tuple<int, QString, QString>> before;
    for (const RuleIssue &issue : checkDataset(storedPart()))
        before.insert(
            {int(issue.severity), rewrite(issue.path, nullptr), rewrite(issue.message, nullptr)});
    std::vector<bool> drop(result.size(), false);
    for (std::size_t i : onStored)
        drop[i] = before.contains({int(result[i].severity), result[i].path, result[i].message});
    RuleIssues kept;
    for (std::size_t i = 0; i < result.size(); ++i) {
        if (!drop[i]) kept.push_back(std::move(result[i]));
    }
    return kept;
}

} // namespace mestring::core::exchange
