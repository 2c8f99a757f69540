#pragma once

#include <QStringView>

namespace mestring::core {

/// Danish alphabetical order for names and other words people look up in a list (… X, Y, Z,
/// Æ, Ø, Å; "Aa" as Å, as in Aabenraa), the same whatever the PC's language. The one
/// definition for the whole program: lists sorted in memory use compareNames(), SQL orders by
/// the same function through the collation in core/storage/nameorder.h.
int compareNames(QStringView a, QStringView b);

/// For std::sort and friends: true when `a` comes before `b` in Danish order.
inline bool nameLess(QStringView a, QStringView b)
{
    return compareNames(a, b) < 0;
}

} // namespace mestring::core
