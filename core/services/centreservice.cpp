#include "centreservice.h"

#include "accesslog.h"
#include "core/domain/rules/textlimits.h"
#include "core/storage/database.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/transaction.h"
#include "permissions.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

// Each field and its settings key.
template <typename Info, typename F> void eachField(Info &info, F f)
{
    f(QStringLiteral("centre/name"), info.name);
    f(QStringLiteral("centre/address"), info.address);
    f(QStringLiteral("centre/phone"), info.phone);
    f(QStringLiteral("centre/hours"), info.hours);
    f(QStringLiteral("centre/email"), info.email);
}

} // namespace

CentreService::CentreService(const Database &db, AccessLog &log, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
{
}

CentreInfo CentreService::read(const Database &db)
{
    CentreInfo info;
    SettingsRepository settings(db);
    eachField(info, [&](const QString &key, QString &value) { value = settings.value(key); });
    return info;
}

SaveResult CentreService::setInfo(const Actor &actor, const CentreInfo &changed)
{
    requirePermission(actor, Permission::ManageStaff);
    CentreInfo info = changed;
    RuleIssues issues;
    const QStringList paths {QStringLiteral("name"), QStringLiteral("address"),
        QStringLiteral("phone"), QStringLiteral("hours"), QStringLiteral("email")};
    int i = 0;
    eachField(info, [&](const QString &, QString &value) {
        value = value.trimmed();
        checkTextLength(issues, paths[i++], value, textlimit::centreText);
    });
    refuseOnErrors(issues);
    Transaction transaction(m_db);
    SettingsRepository settings(m_db);
    eachField(info, [&](const QString &key, QString &value) { settings.setValue(key, value); });
    m_log.appendInTransaction(
        actor, AccessKind::Change, QString(), QString(), QStringLiteral("centre details"));
    transaction.commit();
    Q_EMIT centreChanged();
    return {};
}

} // namespace mestring::core
