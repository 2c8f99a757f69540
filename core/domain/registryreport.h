#pragma once

#include <QDate>
#include <QString>

#include "enums.h"

namespace mestring::core {

/// A course event marked as reported to its national register: when and by whom.
struct RegistryReport
{
    QString course;
    RegistryEvent event = RegistryEvent::Request;
    QDate reportedOn;
    QString staff;

    friend bool operator==(const RegistryReport &, const RegistryReport &) = default;
};

} // namespace mestring::core
