#include "columnvalues.h"

#include "core/domain/client.h"
#include "sqlquery.h"

namespace mestring::core {

QString clientNameFrom(const SqlQuery &q, int firstColumn)
{
    Client client;
    client.firstName = textFrom(q.value(firstColumn));
    client.lastName = textFrom(q.value(firstColumn + 1));
    client.alias = textFrom(q.value(firstColumn + 2));
    client.anonymous = q.value(firstColumn + 3).toBool();
    return client.displayName();
}

QVariant timeValue(const QTime &time)
{
    if (!time.isValid()) return {};
    if (time.msec() != 0) return time.toString(Qt::ISODateWithMs);
    return time.toString(time.second() == 0 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
}

QTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), Qt::ISODateWithMs);
}

std::optional<SignedReason> signedReasonFrom(const SqlQuery &q, int firstColumn)
{
    if (q.value(firstColumn + 2).isNull()) return std::nullopt;
    return SignedReason {textFrom(q.value(firstColumn)), textFrom(q.value(firstColumn + 1)),
        dateTimeFrom(q.value(firstColumn + 2))};
}

void bindSignedReason(SqlQuery &q, const std::optional<SignedReason> &s)
{
    q.bind(s ? textValue(s->reason) : QVariant())
        .bind(s ? textValue(s->staff) : QVariant())
        .bind(s ? dateTimeValue(s->at) : QVariant());
}

} // namespace mestring::core
