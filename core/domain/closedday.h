#pragma once

#include <QDate>
#include <QString>

namespace mestring::core {

/// A day the centre itself has added to its calendar of closed days (lukkedage), e.g.
/// Grundlovsdag, juleaftensdag or a weekend. The Danish public holidays are computed, never
/// stored (medication/closeddays.h).
struct ClosedDay
{
    QDate date;
    QString reason;

    friend bool operator==(const ClosedDay &, const ClosedDay &) = default;
};

} // namespace mestring::core
