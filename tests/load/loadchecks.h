#pragma once

#include <vector>

#include <QString>
#include <QStringList>

#include "doseraces.h"
#include "livelag.h"

namespace mestring::core {
class Database;
}

namespace mestring::load {

class AckLog;

struct CheckResult
{
    QString name;
    bool passed = false;
    QStringList details; // the first few problems, or what was checked
};

/// What `mestring-cli check` finds (app/cli/checkcommand.cpp, the same calls in one snapshot).
struct CliCheck
{
    QStringList damage;
    bool chainBroken = false;
    int errors = 0;
    int warnings = 0;
    QStringList firstErrors;
};
CliCheck runCliCheck(const core::Database &db);

/// The checks after a run, each passed or failed with its details.
std::vector<CheckResult> checkRun(const core::Database &db, const AckLog &acks,
    const DoseRaces::Summary &races, const LiveLag::Summary &lag, const CliCheck &before);

} // namespace mestring::load
