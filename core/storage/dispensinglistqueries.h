#pragma once

#include <optional>
#include <vector>

#include <QDate>
#include <QHash>
#include <QString>

#include "core/domain/absence.h"
#include "core/domain/client.h"
#include "core/domain/dispensing.h"
#include "core/domain/prescription.h"
#include "sqlquery.h"

namespace mestring::core {

class Database;

/// A client's prescriptions and the days of their attended doctor appointments (the dose
/// reassessments are the prescriptions' starts and those days).
struct ClientMedicationHistory
{
    std::vector<Prescription> prescriptions; // by start, id
    std::vector<QDate> doctorDays;
};

/// What the day's dispensing list needs of the clients who have a prescription given at the
/// centre (not at a pharmacy) active on the day: their names, their prescriptions, their
/// absence periods and the days of their attended doctor appointments. A handful of
/// statements, whatever the number of clients.
///
/// With `recentFrom` valid only the recent part of the history is read: the prescriptions
/// that end on or after it (or have no end) and the doctor appointments from it on. Every
/// reassessment dated `recentFrom` or later is then known, and the older part can be read per
/// client (history()) when a client's list needs it.
struct DispensingListSource
{
    QHash<QString, Client> clients;
    std::vector<Prescription> prescriptions; // by client, start, id
    QHash<QString, std::vector<Absence>> absences; // by client
    QHash<QString, std::vector<QDate>> doctorDays; // attended doctor appointments, by client
    QDate recentFrom; // null: the whole history was read
};

/// The SQL of the dispensing list. Values are bound; no date functions (dates come from C++).
class DispensingListQueries
{
public:
    /// The list of every client, or of `clientId` only when not empty.
    explicit DispensingListQueries(const Database &db, const QString &clientId = {});

    /// The clients with a centre prescription active on `day`. The history from `recentFrom`
    /// on only, when it is valid (see DispensingListSource).
    DispensingListSource source(const QDate &day, const QDate &recentFrom = {}) const;
    /// One client's whole prescription and doctor-appointment history.
    ClientMedicationHistory history(const QString &clientId) const;
    /// A prescription's counting dispensings (not annulled) dated `from` to `day`, by date.
    /// One prepared statement, reused for every prescription of the list, reads them (on a
    /// file from the dispensings_history index alone); the id, staff member and note are
    /// known only for the dispensings dated `day` (the list shows the day's own dispensing;
    /// the earlier ones count only by date, status, days, dose and late registration).
    /// After prefetch() the first request from the prefetched day on is served from the rows
    /// read there.
    std::vector<Dispensing> dispensings(
        const QString &prescriptionId, const QDate &from, const QDate &day);
    /// For the whole list: reads the counting dispensings of each prescription of `from`, dated
    /// from its day to `day`, a few hundred prescriptions a statement (on a server one round
    /// trip instead of one per prescription), unless read from that day or earlier already.
    /// Later dispensings() of those prescriptions from that day on need no statement; an
    /// earlier day runs its own. Nothing for one client's list (it reads per prescription).
    void prefetch(const QHash<QString, QDate> &from, const QDate &day);
    /// Whether prefetch() reads anything: for the whole list on a server (a round trip per
    /// statement); on a file the statement per prescription is cheaper than planning them.
    bool prefetches() const;

private:
    // A dispensing of a prescription is known by its day and entry (dispensings_day).
    struct Entry
    {
        QDate date;
        int entry = 0;
        // As read: the counting columns, or (m_details) the id, staff and note of the day's own.
        Dispensing details;
    };

    const std::vector<Entry> &annulledOf(const QString &prescriptionId);
    std::vector<Entry> annulledBetween(
        const QString &prescriptionId, const QDate &from, const QDate &day) const;
    void loadDetails(const QDate &day);
    const Entry *detailsOf(const QString &prescriptionId, int entry) const;
    // A row of the dispensings statements (the counting columns), as Dispensing + entry.
    static Entry entryOf(const SqlQuery &q, int column);
    std::vector<Dispensing> counting(const QString &prescriptionId, const QDate &from,
        const QDate &day, std::vector<Entry> rows, const std::vector<Entry> &annulled) const;

    const Database &m_db;
    const QString m_clientId;
    SqlQuery m_dispensings;
    // Read once for the whole list: the annulled dispensings (a correction names the
    // dispensing by its id, which the history index does not hold) and the day's own ones.
    // One client's list looks its annulled ones up per prescription (annulledBetween).
    std::optional<QHash<QString, std::vector<Entry>>> m_annulled;
    QDate m_detailsDay;
    QHash<QString, std::vector<Entry>> m_details;
    // What prefetch() read: each prescription's rows (by date, entry) from `from` on.
    struct Prefetched
    {
        QDate from;
        std::vector<Entry> rows;
    };
    QDate m_prefetchedDay;
    QHash<QString, Prefetched> m_prefetched;
    void prefetchSome(const QStringList &ids, const QHash<QString, QDate> &from, const QDate &day);
};

} // namespace mestring::core
