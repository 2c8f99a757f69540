#pragma once

#include <optional>

#include <QDate>
#include <QString>

#include "enums.h"

namespace mestring::core {

/// A place on the waiting list of an individual offer (domain.md "Waiting lists for individual
/// offers"): a person (name and phone, for relatives who are not clients) or an existing
/// client, in the order they asked. Taking someone off keeps the entry with the day and reason.
struct WaitingListEntry
{
    QString id;
    IndividualOffer offer = IndividualOffer::Relatives;
    QString person; // name and phone
    QString client; // an existing client, or empty
    QDate askedOn;
    QString note;
    QDate takenOff;
    std::optional<WaitingTakenOffReason> takenOffReason;

    bool isWaiting() const { return takenOff.isNull(); }

    friend bool operator==(const WaitingListEntry &, const WaitingListEntry &) = default;
};

} // namespace mestring::core
