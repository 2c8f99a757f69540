#pragma once

#include <functional>

#include <QDate>
#include <QString>

#include "core/domain/dataset.h"
#include "core/reports/breakdown.h"

namespace mestring::test {

// The records of one group of a breakdown, chosen straight from the dataset and apart from the
// report engine's own grouping, for the test that each group's numbers are those of its
// records alone.

/// The group of `course` under `dimension` (domain.md section 7): age on the start date (the
/// request date before a start).
QString courseGroupOf(const core::Dataset &data, const core::Course &course,
    core::ReportDimension dimension);
/// The group of `client` under a client dimension, age on `to`.
QString clientGroupOf(const core::Client &client, core::ReportDimension dimension, QDate to);

/// The courses `keep` accepts with their clients and everything recorded on them: goals,
/// assessments, appointments, group memberships and attendance; the clients' absences and
/// prescriptions with their dispensings. Every staff member; no notes and no targets.
core::Dataset coursesOnly(
    const core::Dataset &data, const std::function<bool(const core::Course &)> &keep);
/// The clients `keep` accepts with all their courses and records (as coursesOnly).
core::Dataset clientsOnly(
    const core::Dataset &data, const std::function<bool(const core::Client &)> &keep);

} // namespace mestring::test
