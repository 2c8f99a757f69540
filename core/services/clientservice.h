#pragma once

#include <optional>
#include <vector>

#include <QObject>

#include "actor.h"
#include "core/domain/client.h"
#include "core/domain/ruleissue.h"

namespace mestring::core {

class AccessLog;
class Clock;
class Database;

/// A saved record's id and the workflow warnings shown after saving.
struct SaveResult
{
    QString id;
    RuleIssues warnings;
};

/// A possible duplicate shown before a new client is created.
struct DuplicateCandidate
{
    Client client;
    QString reason; // "same CPR number", "same birth date and a similar name"
};

/// Clients' master data: search, read, create, change. Checks permissions, applies the client
/// rules of domain.md and writes the access log for every read and change.
class ClientService : public QObject
{
    Q_OBJECT

public:
    ClientService(
        const Database &db, AccessLog &log, const Clock &clock, QObject *parent = nullptr);

    /// Clients matching every word of `text` by name, alias or CPR, ordered by name.
    /// An empty text lists everyone. Logs the search text (not each hit).
    std::vector<Client> search(const Actor &actor, const QString &text, int offset, int limit);
    int count(const Actor &actor);
    /// Reads one client and logs the read.
    Client get(const Actor &actor, const QString &id);

    /// Every rule issue for this client as it would be saved (for live validation in forms).
    RuleIssues validate(const Client &client) const;
    std::vector<DuplicateCandidate> likelyDuplicates(const Actor &actor, const Client &client);
    /// The other client already registered with `client`'s CPR number, if any (to offer
    /// opening them instead of a duplicate).
    std::optional<Client> cprHolder(const Actor &actor, const Client &client);
    /// Creates the client (assigns an id when empty; the CPR number stored normalised). Throws
    /// RuleViolation when a data rule is broken; nothing is saved then.
    SaveResult create(const Actor &actor, Client client);
    /// Saves `client` over the stored record, which must still be at `client.version`; else
    /// throws EditConflict naming what the other person changed since `loaded` (the record as
    /// the user's form read it; without it, the fields where the stored record differs from
    /// `client`). The CPR number is stored normalised.
    SaveResult update(const Actor &actor, const Client &client, const Client *loaded = nullptr);

Q_SIGNALS:
    void clientChanged(const QString &clientId);

private:
    const Database &m_db;
    AccessLog &m_log;
    const Clock &m_clock;
};

} // namespace mestring::core
