#pragma once

#include <optional>
#include <set>

#include <QDate>
#include <QString>

#include "enums.h"
#include "signedreason.h"

namespace mestring::core {

/// When doses are due: every day, on chosen weekdays (1 = Monday .. 7 = Sunday, as QDate),
/// or every N days counted from the prescription's start (depot).
struct Schedule
{
    enum class Kind { Daily, Weekdays, EveryDays };
    Kind kind = Kind::Daily;
    std::set<int> weekdays;
    int everyDays = 0;

    bool isDueOn(const QDate &day, const QDate &start) const;

    friend bool operator==(const Schedule &, const Schedule &) = default;
};

/// A prescription (ordination). Never edited once stored: a change ends it and starts a new one.
struct Prescription
{
    QString id;
    QString client;
    Drug drug = Drug::Other;
    DrugCategory category = DrugCategory::Other;
    double doseMg = 0;
    Schedule schedule;
    DispensingMode mode = DispensingMode::Supervised;
    std::optional<int> takeHomeDays;
    QDate start;
    QDate end;
    QString prescriber;
    QString reason;
    /// Annulled by a doctor as entered in error (before its first dispensing): it stays
    /// visible as annulled and is never in force.
    std::optional<SignedReason> annulled;
    /// A doctor's confirmation of a dose above the centre's limit or more than 50 % from the
    /// previous dose (dose plausibility, a workflow rule).
    std::optional<SignedReason> doseConfirmed;

    bool isAnnulled() const { return annulled.has_value(); }
    /// In force on `d`: not annulled and d inside start..end.
    bool isActiveOn(const QDate &d) const
    {
        return !annulled && start <= d && (end.isNull() || d <= end);
    }
    /// In force on at least one day of [from, to].
    bool overlaps(const QDate &from, const QDate &to) const
    {
        return !annulled && start <= to && (end.isNull() || end >= from);
    }

    friend bool operator==(const Prescription &, const Prescription &) = default;
};

} // namespace mestring::core
