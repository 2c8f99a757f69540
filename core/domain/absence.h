#pragma once

#include <QDate>
#include <QString>

#include "enums.h"

namespace mestring::core {

/// An absence period (fravær); `to` is inclusive and null when open-ended.
struct Absence
{
    QString id;
    QString client;
    QDate from;
    QDate to;
    AbsenceReason reason = AbsenceReason::Holiday;
    QString note;

    bool covers(const QDate &d) const { return from <= d && (to.isNull() || d <= to); }

    friend bool operator==(const Absence &, const Absence &) = default;
};

} // namespace mestring::core
