#include "targetservice.h"

#include <QCoreApplication>

#include "core/domain/rules/targetrules.h"
#include "core/storage/database.h"
#include "core/storage/targetrepository.h"
#include "core/storage/transaction.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

TargetService::TargetService(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

std::vector<EffectTarget> TargetService::forYear(const Actor &actor, int year)
{
    Q_UNUSED(actor); // any logged-in staff member: targets are no client data
    return TargetRepository(m_db).forYear(year);
}

std::vector<EffectTarget> TargetService::all(const Actor &actor)
{
    Q_UNUSED(actor);
    return TargetRepository(m_db).all();
}

SaveResult TargetService::set(const Actor &actor, const EffectTarget &target)
{
    requirePermission(actor, Permission::EditTargets);
    RuleIssues issues = checkTarget(target);
    if (!target.baseline && !target.target) {
        issues.push_back({RuleIssue::Severity::Error, QStringLiteral("target"),
            QCoreApplication::translate("mestring",
                "Enter a baseline, a target or both. To "
                "remove a target, delete it.")});
    }
    refuseOnErrors(issues);
    Transaction transaction(m_db);
    TargetRepository(m_db).save(target);
    transaction.commit();
    Q_EMIT targetsChanged(target.year);
    return {QString(target.indicator + QLatin1Char('/') + target.breakdown + QLatin1Char('/')
                + QString::number(target.year)),
        issues};
}

void TargetService::remove(
    const Actor &actor, const QString &indicator, const QString &breakdown, int year)
{
    requirePermission(actor, Permission::EditTargets);
    Transaction transaction(m_db);
    if (!TargetRepository(m_db).remove(indicator, breakdown, year)) {
        throw NotFound(QCoreApplication::translate("mestring",
            "There is no such target. Open "
            "the targets again."));
    }
    transaction.commit();
    Q_EMIT targetsChanged(year);
}

} // namespace mestring::core
