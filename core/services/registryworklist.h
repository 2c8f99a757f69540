#pragma once

#include <optional>
#include <vector>

#include <QDate>
#include <QString>

#include "core/domain/registry.h"
#include "core/domain/registryreport.h"

namespace mestring::core {

class Database;

/// Where an event stands on the worklist on a given day.
enum class RegistryState {
    Overdue, // the deadline has passed and it is not marked
    DueThisWeek, // the deadline is from today to the end of this week (Sunday)
    Later, // the deadline is after this week
    NotDueYet, // no deadline yet (a SUL § 142 request before treatment starts)
    Reported, // marked as reported
};

/// One event of a course on the registry worklist.
struct RegistryWorkItem
{
    QString courseId;
    QString clientId;
    QString clientName;
    QString cpr;
    CourseKind kind = CourseKind::Alcohol;
    LegalBasis legalBasis = LegalBasis::Sul141;
    Register reg = Register::Nab;
    RegistryEvent event = RegistryEvent::Request;
    QDate happened;
    QDate deadline;
    QString responsibleName;
    std::optional<RegistryReport> report;
    QString reportedByName;
    RegistryState state = RegistryState::Later;
};

/// Where an event with `deadline` stands on `today` when it is not reported.
RegistryState registryStateOn(const QDate &deadline, const QDate &today);

/// The worklist on `today`: every event not yet marked, then (when `reportedSince` is a date)
/// those marked on or after it; overdue first, then by deadline. Shared by RegistryService and
/// the overview's flags; it checks no permission and logs nothing.
std::vector<RegistryWorkItem> registryWorkItems(
    const Database &db, const QDate &today, const QDate &reportedSince = {});

} // namespace mestring::core
