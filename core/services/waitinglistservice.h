#pragma once

#include <vector>

#include <QObject>

#include "actor.h"
#include "clientservice.h"
#include "core/domain/waitinglistentry.h"

namespace mestring::core {

class AccessLog;
class Clock;
class Database;

/// An individual offer: open or paused (since when), and how many wait for it.
struct OfferState
{
    IndividualOffer offer = IndividualOffer::Relatives;
    bool paused = false;
    QDate pausedSince;
    int waiting = 0;
};

/// One row of a waiting list as staff see it.
struct WaitingListItem
{
    WaitingListEntry entry;
    QString name; // the client's name, or the person as typed
    QString phone; // the client's phone from master data; empty for a person (in `person`)
    int position = 0; // 1 = next in line; 0 when taken off
    int waitingDays = 0; // from the day asked to today, or to the day taken off
};

/// Waiting lists for individual offers (domain.md "Waiting lists for individual offers"):
/// relatives' conversations and the other offers a centre pauses at peak load. People wait in
/// the order they asked; taking someone off keeps the entry with the day and the reason.
/// Intake staff, coordinators and managers (ManageIntake) see and keep the lists; pausing or
/// opening an offer is the coordinators' and managers' decision (ViewReports). Entries that
/// name a client are written to the access log.
class WaitingListService : public QObject
{
    Q_OBJECT

public:
    WaitingListService(
        const Database &db, AccessLog &log, const Clock &clock, QObject *parent = nullptr);

    /// Every offer with its state and the number waiting, in the order of IndividualOffer.
    std::vector<OfferState> offers(const Actor &actor);
    void setPaused(const Actor &actor, IndividualOffer offer, bool paused);
    /// The offer's list in the order people asked; those taken off only when asked for (after
    /// the waiting ones, in the order they asked).
    std::vector<WaitingListItem> list(
        const Actor &actor, IndividualOffer offer, bool includeTakenOff = false);
    /// Puts someone on a list (assigns an id when empty; asked today when not given).
    SaveResult add(const Actor &actor, WaitingListEntry entry);
    /// Corrects who it is, the day asked or the note of an entry still waiting.
    SaveResult update(const Actor &actor, const WaitingListEntry &entry);
    /// Takes someone off the list on `day` (today when null) for `reason`; the entry stays.
    SaveResult takeOff(const Actor &actor, const QString &entryId, WaitingTakenOffReason reason,
        const QDate &day = {});

Q_SIGNALS:
    void waitingListChanged(IndividualOffer offer);

private:
    SaveResult save(const Actor &actor, const WaitingListEntry &entry, bool isNew);
    WaitingListEntry requireEntry(const QString &id) const;

    const Database &m_db;
    AccessLog &m_log;
    const Clock &m_clock;
};

} // namespace mestring::core
