#pragma once

#include <optional>

#include <QDate>
#include <QString>

#include "enums.h"

namespace mestring::core {

/// A citizen in treatment (borger). Null strings and dates mean "not given".
struct Client
{
    QString id;
    QString cpr; // DDMMYYSSSS or DDMMYY-SSSS, or an eCPR; stored normalised (normalizedCpr)
    QString firstName;
    QString lastName;
    QString alias;
    bool anonymous = false;
    QDate birthDate;
    std::optional<Sex> sex;
    QString municipality;
    QString phone;
    QString address;
    QString consentText; // consent to share information with named partners
    QDate consentDate;
    /// The stored save this record was read at (core/storage/rowversion.h): a save from an
    /// older one is refused (EditConflict).
    int version = 1;

    /// "Jens Hansen", or the alias for anonymous clients.
    QString displayName() const;

    friend bool operator==(const Client &, const Client &) = default;
};

} // namespace mestring::core
