#pragma once

#include <QString>

namespace mestring::core {

/// How citizens reach the centre: printed on what the centre hands them (Borgerens plan).
struct CentreInfo
{
    QString name;
    QString address;
    QString phone;
    QString hours; // when the phone is answered, e.g. "Man-fre 9-15"
    QString email;

    friend bool operator==(const CentreInfo &, const CentreInfo &) = default;
};

} // namespace mestring::core
