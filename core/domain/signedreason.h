#pragma once

#include <QDateTime>
#include <QString>

namespace mestring::core {

/// A decision a staff member signed with a reason: the annulment of a prescription entered in
/// error, a doctor's confirmation of an implausible dose or of a late registration.
struct SignedReason
{
    QString reason;
    QString staff;
    QDateTime at;

    friend bool operator==(const SignedReason &, const SignedReason &) = default;
};

} // namespace mestring::core
