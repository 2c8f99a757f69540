#pragma once

#include <vector>

#include <QObject>

#include "actor.h"
#include "clientservice.h"
#include "core/domain/effecttarget.h"

namespace mestring::core {

class Database;

/// Effect-goal targets (effektmål): a baseline and a target per indicator of domain.md section
/// 3, breakdown (null for the indicator as a whole) and year. Coordinators and managers
/// (EditTargets) set and remove them; anyone logged in may read them, as they hold no client
/// data (nothing is written to the access log).
class TargetService : public QObject
{
    Q_OBJECT

public:
    explicit TargetService(const Database &db, QObject *parent = nullptr);

    std::vector<EffectTarget> forYear(const Actor &actor, int year);
    std::vector<EffectTarget> all(const Actor &actor);
    /// Sets (inserts or replaces) the target with this indicator, breakdown and year. The
    /// result's id is "indicator/breakdown/year".
    SaveResult set(const Actor &actor, const EffectTarget &target);
    /// Removes the target; NotFound when there is none.
    void remove(const Actor &actor, const QString &indicator, const QString &breakdown, int year);

Q_SIGNALS:
    void targetsChanged(int year);

private:
    const Database &m_db;
};

} // namespace mestring::core
