#include "dispensinglistbuilder.h"

#include <algorithm>
#include <optional>

#include "core/domain/nameorder.h"
#include "core/storage/dispensinglistqueries.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

// How far before the latest reassessment the substitution history is read at first.
constexpr int historyMarginDays = 28;
// A take-home supply lasts at most 14 days: dispensings this far back may cover the window.
constexpr int longestSupplyDays = 14;
// How far back missed supervised antabus doses are looked for (as the caseload overview).
constexpr int antabusWindowDays = 90;
// The whole list reads the prescriptions and doctor appointments of the last year only; a
// client whose block needs an older part of the history is read again whole.
constexpr int recentHistoryDays = 365;

bool atCentreOn(const Prescription &p, const QDate &day)
{
    return p.isActiveOn(day) && p.mode != DispensingMode::Pharmacy;
}

bool isSupervisedAntabus(const Prescription &p)
{
    return p.category == DrugCategory::Antabus && p.mode == DispensingMode::Supervised;
}

// One client's part of the list. With `recentFrom` valid the prescriptions and doctor days
// given are those of the history from that day on (DispensingListSource).
class ClientRows
{
public:
    ClientRows(DispensingListQueries &queries, const QDate &day,
        const std::vector<Prescription> &prescriptions, const std::vector<Absence> &absences,
        const std::vector<QDate> &doctorDays, const QDate &recentFrom)
        : m_queries(queries)
        , m_day(day)
        , m_prescriptions(prescriptions)
        , m_absences(absences)
        , m_reassessments(reassessmentDays(prescriptions, doctorDays))
        , m_recentFrom(recentFrom)
    {
    }

    /// False, with nothing appended, when the block needs the history before `recentFrom`.
    bool appendTo(const Client &client, std::vector<DispensingListRow> &rows)
    {
        const bool substitution = std::any_of(
            m_prescriptions.begin(), m_prescriptions.end(), [this](const Prescription &p) {
                return atCentreOn(p, m_day) && p.category == DrugCategory::Substitution;
            });
        std::optional<DoseBlock> block;
        if (substitution) {
            block = substitutionBlock();
            if (!block) return false;
        }
        for (const Prescription &p : m_prescriptions) {
            if (!atCentreOn(p, m_day)) continue;
            loadFrom(p, m_day.addDays(-(isSupervisedAntabus(p) ? antabusWindowDays : 0)));
            const std::vector<DoseDay> today
                = doseDays(p, m_dispensings, m_absences, m_day, m_day, m_day);
            if (today.empty()) continue; // not due: another weekday, covered, or away
            DispensingListRow row;
            row.clientId = client.id;
            row.clientName = client.displayName();
            row.birthDate = client.birthDate;
            row.prescription = p;
            row.scheduled = today.front().scheduled;
            if (today.front().dispensing) row.recorded = *today.front().dispensing;
            if (p.category == DrugCategory::Substitution) row.block = *block;
            if (isSupervisedAntabus(p)) row.antabusMissed = antabusMissed(p);
            rows.push_back(std::move(row));
        }
        return true;
    }

private:
    static DoseReassessments reassessmentDays(
        const std::vector<Prescription> &prescriptions, std::vector<QDate> days)
    {
        for (const Prescription &p : prescriptions)
            days.push_back(p.start);
        return DoseReassessments(std::move(days));
    }

    // Reads the prescription's dispensings from `from` (and the supplies that may cover it),
    // unless read from that day or earlier already.
    void loadFrom(const Prescription &p, const QDate &from)
    {
        const QDate first = from.addDays(-longestSupplyDays);
        const auto known = std::find_if(m_loadedFrom.begin(), m_loadedFrom.end(),
            [&p](const auto &entry) { return entry.first == p.id; });
        if (known != m_loadedFrom.end() && known->second <= first) return;
        std::erase_if(m_dispensings, [&p](const Dispensing &d) { return d.prescription == p.id; });
        std::vector<Dispensing> more = m_queries.dispensingsFrom(p.id, first, m_day);
        m_dispensings.insert(m_dispensings.end(), more.begin(), more.end());
        if (known != m_loadedFrom.end())
            known->second = first;
        else
            m_loadedFrom.emplace_back(p.id, first);
    }

    std::vector<DoseDay> substitutionDays(const QDate &from)
    {
        std::vector<DoseDay> days;
        for (const Prescription &p : m_prescriptions) {
            if (p.category != DrugCategory::Substitution || !p.overlaps(from, m_day.addDays(-1)))
                continue;
            loadFrom(p, std::max(from, p.start));
            const std::vector<DoseDay> more = doseDays(
                p, m_dispensings, m_absences, std::max(from, p.start), m_day.addDays(-1), m_day);
            days.insert(days.end(), more.begin(), more.end());
        }
        std::stable_sort(days.begin(), days.end(),
            [](const DoseDay &a, const DoseDay &b) { return a.date < b.date; });
        return days;
    }

    // Null when the history known is only the recent part and the block needs more. The
    // latest reassessment known is the latest of all once it is on or after `m_recentFrom`
    // (every later one is known), and so are every reassessment and substitution prescription
    // from the window's start on.
    std::optional<DoseBlock> substitutionBlock()
    {
        const QDate reassessed = m_reassessments.lastOnOrBefore(m_day);
        const QDate window = reassessed.addDays(-historyMarginDays);
        if (reassessed.isValid() && (m_recentFrom.isNull() || window >= m_recentFrom)) {
            const std::vector<DoseDay> recent = substitutionDays(window);
            if (hasRunBreakBefore(recent, reassessed))
                return substitutionBlockOnDays(m_day, recent, m_reassessments);
        }
        if (m_recentFrom.isValid()) return std::nullopt;
        return substitutionBlockOnDays(
            m_day, substitutionDays(beginningOfRecords()), m_reassessments);
    }

    std::vector<QDate> antabusMissed(const Prescription &p) const
    {
        const QDate from = std::max(p.start, m_day.addDays(-antabusWindowDays));
        const std::vector<DoseDay> days
            = doseDays(p, m_dispensings, m_absences, from, m_day, m_day);
        return trailingMissedRun(days).days;
    }

    DispensingListQueries &m_queries;
    const QDate m_day;
    const std::vector<Prescription> &m_prescriptions;
    const std::vector<Absence> &m_absences;
    const DoseReassessments m_reassessments;
    const QDate m_recentFrom;
    std::vector<Dispensing> m_dispensings;
    std::vector<std::pair<QString, QDate>> m_loadedFrom;
};

} // namespace

std::vector<DispensingListRow> DispensingListBuilder::build(
    const QDate &day, const QString &clientId) const
{
    DispensingListQueries queries(m_db);
    // One client (the refresh after a recording) is read whole at once.
    const QDate recentFrom = clientId.isEmpty() ? day.addDays(-recentHistoryDays) : QDate();
    DispensingListSource source = queries.source(day, clientId, recentFrom);
    QHash<QString, std::vector<Prescription>> byClient;
    for (Prescription &p : source.prescriptions)
        byClient[p.client].push_back(std::move(p));
    const std::vector<Absence> noAbsences;
    const std::vector<QDate> noDays;
    std::vector<DispensingListRow> rows;
    for (auto it = byClient.cbegin(); it != byClient.cend(); ++it) {
        const auto client = source.clients.constFind(it.key());
        if (client == source.clients.cend()) continue;
        const auto absences = source.absences.constFind(it.key());
        const auto doctor = source.doctorDays.constFind(it.key());
        const std::vector<Absence> &clientAbsences
            = absences == source.absences.cend() ? noAbsences : *absences;
        if (ClientRows(queries, day, *it, clientAbsences,
                doctor == source.doctorDays.cend() ? noDays : *doctor, source.recentFrom)
                .appendTo(*client, rows))
            continue;
        const ClientMedicationHistory whole = queries.history(it.key());
        ClientRows(queries, day, whole.prescriptions, clientAbsences, whole.doctorDays, QDate())
            .appendTo(*client, rows);
    }
    std::sort(rows.begin(), rows.end(), [](const DispensingListRow &a, const DispensingListRow &b) {
        const int byName = compareNames(a.clientName, b.clientName);
        if (byName != 0) return byName < 0;
        if (a.birthDate != b.birthDate) return a.birthDate < b.birthDate;
        if (a.clientId != b.clientId) return a.clientId < b.clientId;
        if (a.prescription.start != b.prescription.start)
            return a.prescription.start < b.prescription.start;
        return a.prescription.id < b.prescription.id;
    });
    return rows;
}

} // namespace mestring::core
