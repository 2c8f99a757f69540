#pragma once

#include <optional>

#include <QDateTime>
#include <QString>
#include <QTime>
#include <QVariant>

#include "core/domain/enums.h"
#include "core/domain/signedreason.h"

// Conversions shared by the repositories on top of sqlquery.h: enum codes, client names, times
// of day.
namespace mestring::core {

class SqlQuery;

/// Reads an enum column; `fallback` only for a code this program does not know (a newer file
/// cannot reach here: Database refuses it), so rows always load.
template <typename E> E enumFrom(const QVariant &value, E fallback)
{
    return parseEnum<E>(value.toString()).value_or(fallback);
}

template <typename E> std::optional<E> optionalEnumFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : parseEnum<E>(value.toString());
}

template <typename E> QVariant enumValue(const std::optional<E> &value)
{
    return value ? QVariant(enumCode(*value)) : QVariant();
}

/// Client::displayName() from four columns in the order first_name, last_name, alias,
/// anonymous, starting at `firstColumn` of the current row.
QString clientNameFrom(const SqlQuery &q, int firstColumn);

/// A signed decision from three columns (reason, staff, at) starting at `firstColumn`;
/// nullopt when the time column is null.
std::optional<SignedReason> signedReasonFrom(const SqlQuery &q, int firstColumn);
/// Binds reason, staff and at (nulls for nullopt), in that order.
void bindSignedReason(SqlQuery &q, const std::optional<SignedReason> &signedReason);

/// A time of day as "09:30" (seconds only when not zero); null for an invalid time.
QVariant timeValue(const QTime &time);
QTime timeFrom(const QVariant &value);

} // namespace mestring::core
