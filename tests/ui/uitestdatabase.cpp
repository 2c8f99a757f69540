#include "uitestdatabase.h"

#include <QStringList>
#include <QUuid>

#include "core/services/passwordhash.h"
#include "core/services/permissions.h"
#include "core/storage/clientrepository.h"
#include "core/storage/staffrepository.h"
#include "core/storage/transaction.h"

namespace mestring::test {

namespace {

QString uniqueConnectionName()
{
    return QStringLiteral("ui-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QStringList firstNames = {QStringLiteral("Anders"), QStringLiteral("Birgitte"),
    QStringLiteral("Claus"), QStringLiteral("Dorthe"), QStringLiteral("Erik"),
    QStringLiteral("Frida"), QStringLiteral("Gitte"), QStringLiteral("Henrik"),
    QStringLiteral("Ida"), QStringLiteral("Jesper"), QStringLiteral("Karina"),
    QStringLiteral("Lars"), QStringLiteral("Mette"), QStringLiteral("Niels"),
    QStringLiteral("Pernille"), QStringLiteral("Rasmus"), QStringLiteral("Susanne"),
    QStringLiteral("Torben"), QStringLiteral("Ulla"), QStringLiteral("Vibeke")};
const QStringList lastNames = {QStringLiteral("Andersen"), QStringLiteral("Bach"),
    QStringLiteral("Christensen"), QStringLiteral("Dahl"), QStringLiteral("Eriksen"),
    QStringLiteral("Frandsen"), QStringLiteral("Gregersen"), QStringLiteral("Holm"),
    QStringLiteral("Iversen"), QStringLiteral("Jakobsen"), QStringLiteral("Kristensen"),
    QStringLiteral("Larsen"), QStringLiteral("Madsen"), QStringLiteral("Nielsen"),
    QStringLiteral("Olsen"), QStringLiteral("Poulsen"), QStringLiteral("Rasmussen"),
    QStringLiteral("Schmidt"), QStringLiteral("Thomsen"), QStringLiteral("Vestergaard")};

// Opens the database (in memory when `file` is empty) before the services that hold it are
// constructed.
core::Database &opened(core::Database &db, const QString &file)
{
    if (file.isEmpty())
        db.openInMemory();
    else
        db.open(file, core::Database::OpenMode::CreateIfMissing);
    return db;
}

} // namespace

QString cprFor(const QDate &birthDate, int sequence)
{
    // 7th digit 0-3 means the 1900s; 4 means the 2000s for years 00-36 (domain.md section 2).
    const int century = birthDate.year() >= 2000 ? 4 : (sequence / 1000) % 4;
    return birthDate.toString(QStringLiteral("ddMMyy")) + QLatin1Char('-')
        + QString::number(century)
        + QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
}

UiTestDatabase::UiTestDatabase(Content content)
    : UiTestDatabase(QString(), content)
{
}

UiTestDatabase::UiTestDatabase(const QString &file, Content content)
    : db(uniqueConnectionName())
    , set(opened(db, file))
    , log(set.log)
    , auth(set.auth)
    , clients(set.clients)
    , courses(set.courses)
    , staff(set.staff)
{
    if (content == Content::WithTherapist)
        therapist = addStaff(QStringLiteral("s1"), QStringLiteral("Anne Holm"),
            core::Role::Therapist, QStringLiteral("anne"));
}

UiTestDatabase::~UiTestDatabase()
{
    db.close();
}

core::Actor UiTestDatabase::addStaff(
    const QString &id, const QString &name, core::Role role, const QString &username)
{
    core::StaffRepository repository(db);
    const core::StaffMember member {id, name, role, username, true};
    repository.insert(member);
    repository.setPasswordHash(id, core::hashPassword(password()));
    return core::Actor::fromStaff(member);
}

core::Client UiTestDatabase::addClient(const QString &firstName, const QString &lastName,
    const QDate &birthDate, int sequence, const QString &municipality)
{
    core::Client client;
    client.firstName = firstName;
    client.lastName = lastName;
    client.birthDate = birthDate;
    client.cpr = cprFor(birthDate, sequence);
    client.sex = sequence % 2 == 1 ? core::Sex::Male : core::Sex::Female;
    client.municipality = municipality;
    client.id = clients.create(core::Actor::system(), client).id;
    return client;
}

core::Client UiTestDatabase::addAnonymousClient(const QString &alias)
{
    core::Client client;
    client.anonymous = true;
    client.alias = alias;
    client.id = clients.create(core::Actor::system(), client).id;
    return client;
}

void UiTestDatabase::addGeneratedClients(int count)
{
    core::ClientRepository repository(db);
    core::Transaction transaction(db);
    for (int i = 0; i < count; ++i) {
        core::Client client;
        client.id = QStringLiteral("gen-%1").arg(i, 5, 10, QLatin1Char('0'));
        client.firstName = firstNames[i % firstNames.size()];
        client.lastName = lastNames[(i / firstNames.size()) % lastNames.size()];
        client.birthDate = QDate(1950, 1, 1).addDays((i * 37) % 20000);
        client.cpr = cprFor(client.birthDate, i);
        client.sex = i % 2 == 1 ? core::Sex::Male : core::Sex::Female;
        client.municipality = i % 3 == 0 ? QStringLiteral("Viborg") : QStringLiteral("Skive");
        repository.insert(client);
    }
    transaction.commit();
}

} // namespace mestring::test
