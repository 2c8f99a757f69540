#pragma once

#include <optional>

#include <QDate>
#include <QString>
#include <QStringView>

#include "clock.h"
#include "enums.h"

namespace mestring::core {

/// A parsed Danish CPR number (personnummer) or replacement number (erstatnings-CPR).
struct Cpr
{
    bool valid = false;
    /// Ten characters without the dash, letters in upper case ("0101801235", "010180X1AB..").
    QString normalized;
    QDate birthDate;
    std::optional<Sex> sex; // last digit odd = male, even = female
    bool isReplacement = false;
    /// The modulus-11 check passes. Always true for replacement numbers, where the check does
    /// not apply. A failure is only a warning: numbers issued since 2007 may fail it.
    bool modulus11Ok = false;
    /// Why the number is invalid, for the user (translated); empty when valid.
    QString error;
};

/// Parses `DDMMYY-SSSS` or `DDMMYYSSSS`, or a replacement number `DDMMYY[-]xLLd` (x one of
/// 0 1 5 6 7, LL two letters). Surrounding spaces are ignored; letters may be lower case.
/// `today` only matters for replacement numbers, whose century is not encoded (see
/// docs/decisions.md): they get the 2000s unless that puts the birth date after today.
Cpr parseCpr(QStringView text, const QDate &today = Clock().today());

/// The modulus-11 check (weights 4 3 2 7 6 5 4 3 2 1) on ten digits; false for anything else.
bool cprModulus11Ok(QStringView tenDigits);

/// The normalized form of a CPR number, or the trimmed text unchanged when it does not parse.
/// Uniqueness among clients is decided on this form.
QString normalizedCpr(QStringView text);

} // namespace mestring::core
