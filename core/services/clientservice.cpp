#include "clientservice.h"

#include <QCoreApplication>

#include "accesslog.h"
#include "core/domain/clock.h"
#include "core/domain/cpr.h"
#include "core/domain/ids.h"
#include "core/domain/namematch.h"
#include "core/domain/rules/clientrules.h"
#include "core/storage/clientrepository.h"
#include "core/storage/database.h"
#include "core/storage/rowversion.h"
#include "core/storage/unitofwork.h"
#include "editconflict.h"
#include "permissions.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

// Same birth date and a similar name: see similarNames() in core/domain/namematch.h.
bool alike(const Client &a, const Client &b)
{
    return similarNames(a.firstName, a.lastName, b.firstName, b.lastName);
}

} // namespace

ClientService::ClientService(
    const Database &db, AccessLog &log, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
    , m_clock(clock)
{
}

std::vector<Client> ClientService::search(const Actor &actor, const QString &text, int offset,
                                          int limit)
{
    requirePermission(actor, Permission::ReadMasterData);
    // One log entry per search, not per page fetched while scrolling the same result.
    if (offset == 0)
        m_log.recordSearch(actor, text);
    return ClientRepository(m_db).search(text, offset, limit, m_clock.today());
}

int ClientService::count(const Actor &actor)
{
    requirePermission(actor, Permission::ReadMasterData);
    return ClientRepository(m_db).count();
}

Client ClientService::get(const Actor &actor, const QString &id)
{
    requirePermission(actor, Permission::ReadMasterData);
    const std::optional<Client> client = ClientRepository(m_db).byId(id);
    if (!client)
        throw NotFound(tr("The client no longer exists. Search for the client again."));
    m_log.record(actor, AccessKind::Read, id);
    return *client;
}

RuleIssues ClientService::validate(const Client &client) const
{
    RuleIssues issues = checkClient(client);
    if (!client.cpr.isEmpty()) {
        const std::optional<Client> holder
            = ClientRepository(m_db).byCpr(normalizedCpr(client.cpr));
        if (holder) {
            const Client others[] = {*holder};
            const RuleIssues unique = checkCprUnique(client, others);
            issues.insert(issues.end(), unique.begin(), unique.end());
        }
    }
    return issues;
}

std::vector<DuplicateCandidate> ClientService::likelyDuplicates(const Actor &actor,
                                                                const Client &client)
{
    requirePermission(actor, Permission::ReadMasterData);
    std::vector<DuplicateCandidate> result;
    ClientRepository repository(m_db);
    if (std::optional<Client> holder = cprHolder(actor, client))
        result.push_back({*holder, tr("same CPR number")});
    if (client.birthDate.isValid()) {
        for (const Client &other : repository.byBirthDate(client.birthDate)) {
            if (other.id != client.id && alike(client, other)
                && std::none_of(result.begin(), result.end(),
                                [&](const auto &d) { return d.client.id == other.id; }))
                result.push_back({other, tr("same birth date and a similar name")});
        }
    }
    return result;
}

std::optional<Client> ClientService::cprHolder(const Actor &actor, const Client &client)
{
    requirePermission(actor, Permission::ReadMasterData);
    if (client.cpr.isEmpty()) return std::nullopt;
    std::optional<Client> holder = ClientRepository(m_db).byCpr(normalizedCpr(client.cpr));
    if (holder && holder->id == client.id) return std::nullopt;
    return holder;
}

SaveResult ClientService::create(const Actor &actor, Client client)
{
    requirePermission(actor, Permission::EditMasterData);
    if (client.id.isEmpty())
        client.id = newId();
    client.version = 1;
    // The CPR check and the insert in one unit of work: when another desk stores the same
    // number meanwhile, the unique index refuses this insert and the check, run again, says so.
    const SaveResult result = runUnitOfWork(m_db, [&] {
        RuleIssues issues = validate(client);
        if (hasErrors(issues)) throw RuleViolation(std::move(issues));
        ClientRepository(m_db).insert(client);
        m_log.appendInTransaction(actor, AccessKind::Create, client.id, QString(), QString());
        return SaveResult {client.id, issues};
    });
    Q_EMIT clientChanged(client.id);
    return result;
}

SaveResult ClientService::update(const Actor &actor, const Client &edited, const Client *loaded)
{
    requirePermission(actor, Permission::EditMasterData);
    const Client &client = edited;
    const SaveResult result = runUnitOfWork(m_db, [&] {
        ClientRepository repository(m_db);
        const std::optional<Client> stored = repository.byId(client.id);
        if (!stored)
            throw NotFound(tr("The client no longer exists. Search for the client again."));
        requireVersion(m_db, "clients", *stored, edited.version, loaded ? *loaded : edited);
        RuleIssues issues = validate(client);
        if (hasErrors(issues)) throw RuleViolation(std::move(issues));
        claimVersion(m_db, "clients", client.id, stored->version, actor.staffId, m_clock.now());
        repository.update(client);
        m_log.appendInTransaction(actor, AccessKind::Change, client.id, QString(), QString());
        return SaveResult {client.id, issues};
    });
    Q_EMIT clientChanged(client.id);
    return result;
}

} // namespace mestring::core
