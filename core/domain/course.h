#pragma once

#include <optional>
#include <vector>

#include <QDate>
#include <QString>

#include "enums.h"

namespace mestring::core {

struct PhaseEntry
{
    Phase phase = Phase::Intro;
    QDate date;

    friend bool operator==(const PhaseEntry &, const PhaseEntry &) = default;
};

/// A treatment course (behandlingsforløb) with its phase history.
struct Course
{
    QString id;
    QString client;
    CourseKind kind = CourseKind::Alcohol;
    LegalBasis legalBasis = LegalBasis::Sul141;
    Setting setting = Setting::Ambulant;
    Program program = Program::Standard;
    Substance primarySubstance = Substance::Alcohol;
    std::vector<Substance> secondarySubstances;
    QString responsible; // staff id (kontaktperson)
    QDate requestDate;
    QDate startDate;
    QDate endDate;
    std::optional<EndReason> endReason;
    std::optional<Outcome> outcome;
    std::vector<PhaseEntry> phases;
    std::optional<GuaranteeExempt> guaranteeExempt;
    QString guaranteeDelayReason;
    bool declinedFollowup = false;
    QString residentialProvider;
    std::optional<int> plannedWeeks;
    /// The stored save this record was read at (core/storage/rowversion.h): a save from an
    /// older one is refused (EditConflict).
    int version = 1;

    /// Active on day d: started on or before d and not ended before d.
    bool isActiveOn(const QDate &d) const;
    /// True while the course has not ended (a registered request counts as open).
    bool isOpen() const { return endDate.isNull(); }
    /// The phase the course is in on its latest entry, nullopt when it has none.
    std::optional<Phase> currentPhase() const;

    friend bool operator==(const Course &, const Course &) = default;
};

} // namespace mestring::core
