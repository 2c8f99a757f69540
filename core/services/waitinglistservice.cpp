#include "waitinglistservice.h"

#include <QCoreApplication>

#include "accesslog.h"
#include "core/domain/clock.h"
#include "core/domain/ids.h"
#include "core/domain/rules/issuehelpers.h"
#include "core/domain/rules/waitinglistrules.h"
#include "core/storage/clientrepository.h"
#include "core/storage/database.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/transaction.h"
#include "core/storage/waitinglistrepository.h"
#include "serviceerrors.h"
#include "servicesupport.h"

namespace mestring::core {

namespace {

// The day an offer was paused, in the centre's settings; no value: open.
QString pausedKey(IndividualOffer offer)
{
    return QStringLiteral("offer_paused/") + enumCode(offer);
}

} // namespace

WaitingListService::WaitingListService(
    const Database &db, AccessLog &log, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
    , m_clock(clock)
{
}

std::vector<OfferState> WaitingListService::offers(const Actor &actor)
{
    requirePermission(actor, Permission::ManageIntake);
    const auto counts = WaitingListRepository(m_db).waitingCounts();
    std::vector<OfferState> states;
    SettingsRepository settings(m_db);
    for (IndividualOffer offer : enumValues<IndividualOffer>()) {
        OfferState state;
        state.offer = offer;
        state.pausedSince = QDate::fromString(settings.value(pausedKey(offer)), Qt::ISODate);
        state.paused = state.pausedSince.isValid();
        for (const auto &[counted, n] : counts) {
            if (counted == offer) state.waiting = n;
        }
        states.push_back(state);
    }
    return states;
}

void WaitingListService::setPaused(const Actor &actor, IndividualOffer offer, bool paused)
{
    requirePermission(actor, Permission::ManageIntake);
    requirePermission(actor, Permission::ViewReports);
    Transaction transaction(m_db);
    SettingsRepository(m_db).setValue(
        pausedKey(offer), paused ? m_clock.today().toString(Qt::ISODate) : QString());
    m_log.appendInTransaction(actor, AccessKind::Change, QString(), QString(),
        (paused ? QStringLiteral("offer paused ") : QStringLiteral("offer opened "))
            + enumCode(offer));
    transaction.commit();
    Q_EMIT waitingListChanged(offer);
}

std::vector<WaitingListItem> WaitingListService::list(
    const Actor &actor, IndividualOffer offer, bool includeTakenOff)
{
    requirePermission(actor, Permission::ManageIntake);
    const QDate today = m_clock.today();
    std::vector<WaitingListItem> waiting, takenOff;
    QStringList clients;
    for (WaitingListRow &row : WaitingListRepository(m_db).forOffer(offer, !includeTakenOff)) {
        WaitingListItem item;
        item.entry = std::move(row.entry);
        item.name = item.entry.client.isEmpty() ? item.entry.person : row.clientName;
        item.phone = row.clientPhone;
        const QDate until = item.entry.isWaiting() ? today : item.entry.takenOff;
        item.waitingDays = item.entry.askedOn.isValid()
            ? int(std::max<qint64>(0, item.entry.askedOn.daysTo(until)))
            : 0;
        if (!item.entry.client.isEmpty() && !clients.contains(item.entry.client))
            clients << item.entry.client;
        if (item.entry.isWaiting()) {
            item.position = int(waiting.size()) + 1;
            waiting.push_back(std::move(item));
        } else {
            takenOff.push_back(std::move(item));
        }
    }
    clients.sort();
    m_log.recordReads(actor, clients, QStringLiteral("waiting list"));
    waiting.insert(waiting.end(), std::make_move_iterator(takenOff.begin()),
        std::make_move_iterator(takenOff.end()));
    return waiting;
}

WaitingListEntry WaitingListService::requireEntry(const QString &id) const
{
    std::optional<WaitingListEntry> entry = WaitingListRepository(m_db).byId(id);
    if (!entry)
        throw NotFound(QCoreApplication::translate(
            "mestring", "The waiting-list entry no longer exists. Open the list again."));
    return *entry;
}

SaveResult WaitingListService::save(const Actor &actor, const WaitingListEntry &entry, bool isNew)
{
    RuleIssues issues = checkWaitingListEntry(entry);
    refuseOnErrors(issues);
    if (!entry.client.isEmpty()) requireClient(m_db, entry.client);

    Transaction transaction(m_db);
    WaitingListRepository repository(m_db);
    if (isNew)
        repository.insert(entry);
    else
        repository.update(entry);
    m_log.appendInTransaction(actor, isNew ? AccessKind::Create : AccessKind::Change, entry.client,
        QString(), QStringLiteral("waiting list ") + entry.id);
    transaction.commit();
    Q_EMIT waitingListChanged(entry.offer);
    return {entry.id, std::move(issues)};
}

SaveResult WaitingListService::add(const Actor &actor, WaitingListEntry entry)
{
    requirePermission(actor, Permission::ManageIntake);
    if (entry.id.isEmpty()) entry.id = newId();
    if (!entry.askedOn.isValid()) entry.askedOn = m_clock.today();
    entry.takenOff = QDate();
    entry.takenOffReason.reset();
    if (entry.askedOn > m_clock.today()) {
        refuse(QStringLiteral("asked_on"),
            QCoreApplication::translate("mestring",
                "The day the person asked lies in the future. Enter the day they asked."));
    }
    return save(actor, entry, true);
}

SaveResult WaitingListService::update(const Actor &actor, const WaitingListEntry &changed)
{
    requirePermission(actor, Permission::ManageIntake);
    const WaitingListEntry stored = requireEntry(changed.id);
    if (!stored.isWaiting()) {
        refuse(QStringLiteral("taken_off"),
            QCoreApplication::translate("mestring",
                "The person has been taken off the list; the entry is kept as it was."));
    }
    WaitingListEntry entry = stored;
    entry.person = changed.person;
    entry.client = changed.client;
    entry.askedOn = changed.askedOn;
    entry.note = changed.note;
    return save(actor, entry, false);
}

SaveResult WaitingListService::takeOff(
    const Actor &actor, const QString &entryId, WaitingTakenOffReason reason, const QDate &day)
{
    requirePermission(actor, Permission::ManageIntake);
    WaitingListEntry entry = requireEntry(entryId);
    if (!entry.isWaiting()) {
        refuse(QStringLiteral("taken_off"),
            QCoreApplication::translate(
                "mestring", "The person was already taken off the list on %1.")
                .arg(shownDate(entry.takenOff)));
    }
    entry.takenOff = day.isValid() ? day : m_clock.today();
    if (entry.takenOff > m_clock.today()) {
        refuse(QStringLiteral("taken_off"),
            QCoreApplication::translate("mestring",
                "The day lies in the future. Take the person off on the day it happens."));
    }
    entry.takenOffReason = reason;
    return save(actor, entry, false);
}

} // namespace mestring::core
