#include "demoinstaller.h"

#include <QCoreApplication>

#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/passwordhash.h"
#include "core/storage/database.h"
#include "core/storage/datasetstore.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/sqlquery.h"
#include "core/storage/staffrepository.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

namespace mestring::core {

QString demoPassword()
{
    return QStringLiteral("mestring");
}

std::size_t installDemoDatabase(const Database &db, DemoSize size, quint32 seed, const QDate &today)
{
    if (SqlQuery(db, QStringLiteral("SELECT count(*) FROM staff")).scalar().toInt() > 0
        || SqlQuery(db, QStringLiteral("SELECT count(*) FROM clients")).scalar().toInt() > 0) {
        throw StorageError(QCoreApplication::translate(
            "mestring", "The database already holds data. Demo data is only put into a new, "
                        "empty database: choose a new file name."));
    }
    const Dataset dataset = generateDemo(size, seed, today);
    // One Argon2id hash shared by the demo accounts: they share a published password anyway,
    // and hashing once keeps the first start of the demo quick.
    const QString hash = hashPassword(demoPassword());
    Transaction transaction(db);
    insertDataset(db, dataset);
    // The demo centre's own details (printed on Borgerens plan), and relatives' conversations
    // paused a month ago at peak load, so the waiting list has people on it.
    SettingsRepository settings(db);
    settings.setValue(QStringLiteral("centre/name"), QStringLiteral("Rusmiddelcenter Viborg"));
    settings.setValue(QStringLiteral("centre/address"), QStringLiteral("Sct. Mathias Gade 28, 8800 Viborg"));
    settings.setValue(QStringLiteral("centre/phone"), QStringLiteral("87 87 55 00"));
    settings.setValue(QStringLiteral("centre/hours"), QStringLiteral("Mandag til fredag kl. 9-15"));
    settings.setValue(QStringLiteral("centre/email"), QStringLiteral("rusmiddelcenter@viborg.dk"));
    settings.setValue(QStringLiteral("offer_paused/relatives"),
        today.addDays(-30).toString(Qt::ISODate));
    StaffRepository staff(db);
    for (const QString &username : demoUsernames()) {
        if (const auto member = staff.byUsername(username))
            staff.setPasswordHash(member->id, hash);
    }
    AccessLog(db, Clock()).appendInTransaction(Actor::system(), AccessKind::Import, QString(), QString(),
                                      QStringLiteral("demo database (%1 records)")
                                          .arg(dataset.recordCount()));
    transaction.commit();
    return dataset.recordCount();
}

} // namespace mestring::core
