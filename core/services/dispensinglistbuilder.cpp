#include "dispensinglistbuilder.h"

#include <algorithm>
#include <optional>

#include <QHash>

#include "core/domain/medication/coverage.h"
#include "core/domain/medication/doseplausibility.h"
#include "core/storage/closeddayrepository.h"
#include "core/domain/nameorder.h"
#include "core/storage/dispensinglistqueries.h"
#include "core/storage/medicationsettingsstore.h"
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
// "Dosis ændret" is shown until the new dose is first given, for at most this many days.
constexpr int doseChangeShownDays = 14;

bool atCentreOn(const Prescription &p, const QDate &day)
{
    return p.isActiveOn(day) && p.mode != DispensingMode::Pharmacy;
}

bool isSupervisedAntabus(const Prescription &p)
{
    return p.category == DrugCategory::Antabus && p.mode == DispensingMode::Supervised;
}

bool givesDose(const Dispensing &d)
{
    return d.status == DispensingStatus::Taken || d.status == DispensingStatus::HandedOut;
}

// What every client's rows are computed with.
struct ListSetting
{
    QDate day;
    QDate today;
    ClosedDayCalendar closedDays;
    MedicationSettings medication;

    // Days before this are over: a day still to come is never missed.
    QDate over() const { return std::min(day, today); }
};

// One client's part of the list. With `recentFrom` valid the prescriptions and doctor days
// given are those of the history from that day on (DispensingListSource).
class ClientRows
{
public:
    ClientRows(DispensingListQueries &queries, const ListSetting &setting,
        const std::vector<Prescription> &prescriptions, const std::vector<Absence> &absences,
        const std::vector<QDate> &doctorDays, const QDate &recentFrom)
        : m_queries(queries)
        , m_setting(setting)
        , m_day(setting.day)
        , m_prescriptions(prescriptions)
        , m_absences(absences)
        , m_reassessments(reassessmentDays(prescriptions, doctorDays))
        , m_recentFrom(recentFrom)
    {
        for (const Prescription &p : m_prescriptions)
            m_byId.insert(p.id, &p);
    }

    /// Where each prescription's dispensings will be read from (the earliest of loadFrom's
    /// `first`) by appendTo() on the recent history, added to `plan`; nothing is read.
    void planLoads(QHash<QString, QDate> &plan)
    {
        m_plan = &plan;
        const bool substitution = std::any_of(
            m_prescriptions.begin(), m_prescriptions.end(), [this](const Prescription &p) {
                return atCentreOn(p, m_day) && p.category == DrugCategory::Substitution;
            });
        if (const std::optional<QDate> window = recentWindow(); substitution && window)
            loadSubstitution(*window);
        for (const Prescription &p : m_prescriptions) {
            if (atCentreOn(p, m_day)) loadCoverageOf(p, coverageFrom(p));
        }
        m_plan = nullptr;
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
            loadCoverageOf(p, coverageFrom(p));
            const std::vector<DoseDay> today = daysOf(p, m_day, m_day, m_setting.today);
            if (today.empty()) continue; // not due: another weekday, covered, closed or away
            DispensingListRow row = rowOf(client, p, today.front());
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
        for (const Prescription &p : prescriptions) {
            if (!p.isAnnulled()) days.push_back(p.start);
        }
        return DoseReassessments(std::move(days));
    }

    DispensingListRow rowOf(const Client &client, const Prescription &p, const DoseDay &day)
    {
        DispensingListRow row;
        row.clientId = client.id;
        row.clientName = client.displayName();
        row.birthDate = client.birthDate;
        row.day = m_day;
        row.prescription = p;
        row.scheduled = day.scheduled;
        row.state = day.state;
        if (day.dispensing) row.recorded = *day.dispensing;
        row.closedDaysAhead = day.closedDays;
        row.supplyDays = day.supplyDays;
        row.awaitsDoseConfirmation
            = awaitsDoseConfirmation(p, m_prescriptions, m_setting.medication);
        row.doseChangedFromMg = doseChangedFrom(p);
        return row;
    }

    // The previous dose while the new one has not been given yet (for a fortnight at most).
    std::optional<double> doseChangedFrom(const Prescription &p) const
    {
        const Prescription *previous = previousPrescription(p, m_prescriptions);
        if (!previous || previous->doseMg == p.doseMg
            || p.start < m_day.addDays(-doseChangeShownDays))
            return std::nullopt;
        const bool given = std::any_of(m_dispensings.begin(), m_dispensings.end(),
            [&](const Dispensing &d) { return d.prescription == p.id && d.date < m_day && givesDose(d); });
        return given ? std::nullopt : std::optional<double>(previous->doseMg);
    }

    QDate coverageFrom(const Prescription &p) const
    {
        return m_day.addDays(-(isSupervisedAntabus(p) ? antabusWindowDays : 0));
    }

    // Reads the prescription's dispensings from `from` (and the supplies that may cover it),
    // unless read from that day or earlier already. While planning: notes the day only.
    void loadFrom(const Prescription &p, const QDate &from)
    {
        const QDate first = from.addDays(-longestSupplyDays);
        if (m_plan) {
            const auto planned = m_plan->find(p.id);
            if (planned == m_plan->end())
                m_plan->insert(p.id, first);
            else if (first < *planned)
                *planned = first;
            return;
        }
        const auto known = m_loadedFrom.constFind(p.id);
        if (known != m_loadedFrom.cend() && *known <= first) return;
        std::erase_if(m_dispensings, [&p](const Dispensing &d) { return d.prescription == p.id; });
        std::vector<Dispensing> more = m_queries.dispensings(p.id, first, m_day);
        m_dispensings.insert(m_dispensings.end(), more.begin(), more.end());
        m_loadedFrom.insert(p.id, first);
    }

    using Load = std::pair<const Prescription *, QDate>;

    // loadFrom() of each of `wanted`; the dispensings not read yet are read together first.
    void loadAll(const std::vector<Load> &wanted)
    {
        if (!m_plan && wanted.size() > 1 && m_queries.prefetches()) {
            QHash<QString, QDate> unread;
            for (const auto &[p, from] : wanted) {
                const QDate first = from.addDays(-longestSupplyDays);
                const auto known = m_loadedFrom.constFind(p->id);
                if (known == m_loadedFrom.cend() || *known > first) unread.insert(p->id, first);
            }
            if (unread.size() > 1) m_queries.prefetch(unread, m_day);
        }
        for (const auto &[p, from] : wanted)
            loadFrom(*p, from);
    }

    // Loads `p` and every prescription sharing its coverage that may reach [from, day].
    void loadCoverageOf(const Prescription &p, const QDate &from)
    {
        std::vector<Load> wanted;
        for (const Prescription &other : m_prescriptions) {
            if (sharesCoverage(p, other)
                && other.overlaps(from.addDays(-longestSupplyDays), m_day))
                wanted.emplace_back(&other, std::max(from, other.start));
        }
        loadAll(wanted);
    }

    // doseDays() of `p` with the supplies of the prescriptions sharing its coverage; the
    // dispensings needed must be loaded.
    std::vector<DoseDay> daysOf(
        const Prescription &p, const QDate &from, const QDate &to, const QDate &over) const
    {
        std::vector<const Dispensing *> own, shared;
        for (const Dispensing &d : m_dispensings) {
            if (d.prescription == p.id) {
                own.push_back(&d);
            } else if (d.status == DispensingStatus::HandedOut && d.days > 1) {
                const Prescription *other = m_byId.value(d.prescription);
                if (other && !other->isAnnulled() && sharesCoverage(p, *other))
                    shared.push_back(&d);
            }
        }
        const DoseContext context {m_absences, &m_setting.closedDays, shared};
        return doseDays(p, std::span<const Dispensing *const>(own), context, from, to, over);
    }

    void loadSubstitution(const QDate &from)
    {
        std::vector<Load> wanted;
        for (const Prescription &p : m_prescriptions) {
            if (p.category == DrugCategory::Substitution
                && p.overlaps(from.addDays(-longestSupplyDays), m_day.addDays(-1)))
                wanted.emplace_back(&p, std::max(from, p.start));
        }
        loadAll(wanted);
    }

    std::vector<DoseDay> substitutionDays(const QDate &from)
    {
        const QDate last = m_day.addDays(-1);
        loadSubstitution(from);
        std::vector<DoseDay> days;
        for (const Prescription &p : m_prescriptions) {
            if (p.category != DrugCategory::Substitution || !p.overlaps(from, last)) continue;
            const std::vector<DoseDay> more
                = daysOf(p, std::max(from, p.start), last, m_setting.over());
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
        if (const std::optional<QDate> window = recentWindow()) {
            const std::vector<DoseDay> recent = substitutionDays(*window);
            if (hasRunBreakBefore(recent, m_reassessments.lastOnOrBefore(m_day)))
                return substitutionBlockOnDays(m_day, recent, m_reassessments);
        }
        if (m_recentFrom.isValid()) return std::nullopt;
        return substitutionBlockOnDays(
            m_day, substitutionDays(beginningOfRecords()), m_reassessments);
    }

    // The window of substitution history read first (a little before the latest
    // reassessment), when the history known reaches it.
    std::optional<QDate> recentWindow() const
    {
        const QDate reassessed = m_reassessments.lastOnOrBefore(m_day);
        const QDate window = reassessed.addDays(-historyMarginDays);
        if (reassessed.isValid() && (m_recentFrom.isNull() || window >= m_recentFrom))
            return window;
        return std::nullopt;
    }

    std::vector<QDate> antabusMissed(const Prescription &p) const
    {
        const QDate from = std::max(p.start, m_day.addDays(-antabusWindowDays));
        return trailingMissedRun(daysOf(p, from, m_day, m_setting.over())).days;
    }

    DispensingListQueries &m_queries;
    const ListSetting &m_setting;
    const QDate m_day;
    const std::vector<Prescription> &m_prescriptions;
    QHash<QString, const Prescription *> m_byId;
    const std::vector<Absence> &m_absences;
    const DoseReassessments m_reassessments;
    const QDate m_recentFrom;
    std::vector<Dispensing> m_dispensings;
    QHash<QString, QDate> m_loadedFrom;
    QHash<QString, QDate> *m_plan = nullptr; // set while planLoads() runs
};

bool listOrder(const DispensingListRow &a, const DispensingListRow &b)
{
    const int byName = compareNames(a.clientName, b.clientName);
    if (byName != 0) return byName < 0;
    if (a.birthDate != b.birthDate) return a.birthDate < b.birthDate;
    if (a.clientId != b.clientId) return a.clientId < b.clientId;
    if (a.prescription.start != b.prescription.start)
        return a.prescription.start < b.prescription.start;
    return a.prescription.id < b.prescription.id;
}

} // namespace

std::vector<DispensingListRow> DispensingListBuilder::build(
    const QDate &day, const QDate &today, const QString &clientId) const
{
    DispensingListQueries queries(m_db, clientId);
    const ListSetting setting {day, today, ClosedDayCalendar(ClosedDayRepository(m_db).all()),
        loadMedicationSettings(m_db)};
    // One client (the refresh after a recording) is read whole at once.
    const QDate recentFrom = clientId.isEmpty() ? day.addDays(-recentHistoryDays) : QDate();
    DispensingListSource source = queries.source(day, recentFrom);
    QHash<QString, std::vector<Prescription>> byClient;
    for (Prescription &p : source.prescriptions)
        byClient[p.client].push_back(std::move(p));
    const std::vector<Absence> noAbsences;
    const std::vector<QDate> noDays;
    const auto recentRows = [&](auto it) {
        const auto absences = source.absences.constFind(it.key());
        const auto doctor = source.doctorDays.constFind(it.key());
        return ClientRows(queries, setting, *it,
            absences == source.absences.cend() ? noAbsences : *absences,
            doctor == source.doctorDays.cend() ? noDays : *doctor, source.recentFrom);
    };
    // The whole list on a server: every client's recent dispensings in one read (one round
    // trip, not one per prescription); a client read whole reads its older ones itself.
    if (recentFrom.isValid() && queries.prefetches()) {
        QHash<QString, QDate> plan;
        for (auto it = byClient.cbegin(); it != byClient.cend(); ++it) {
            if (source.clients.contains(it.key())) recentRows(it).planLoads(plan);
        }
        queries.prefetch(plan, day);
    }
    std::vector<DispensingListRow> rows;
    for (auto it = byClient.cbegin(); it != byClient.cend(); ++it) {
        const auto client = source.clients.constFind(it.key());
        if (client == source.clients.cend()) continue;
        if (recentRows(it).appendTo(*client, rows)) continue;
        const auto absences = source.absences.constFind(it.key());
        const ClientMedicationHistory whole = queries.history(it.key());
        ClientRows(queries, setting, whole.prescriptions,
            absences == source.absences.cend() ? noAbsences : *absences, whole.doctorDays, QDate())
            .appendTo(*client, rows);
    }
    std::sort(rows.begin(), rows.end(), listOrder);
    return rows;
}

} // namespace mestring::core
