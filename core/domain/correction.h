#pragma once

#include <QDateTime>
#include <QString>

namespace mestring::core {

/// A correction (rettelse) that annuls a dispensing registered in error. The dispensing is
/// never edited or deleted: it stays visible, struck through, and no longer counts.
struct Correction
{
    QString id;
    QString annuls; // the dispensing's id
    QString reason;
    QString staff;
    QDateTime at;

    friend bool operator==(const Correction &, const Correction &) = default;
};

} // namespace mestring::core
