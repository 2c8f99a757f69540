#pragma once

#include <QString>
#include <QUuid>

namespace mestring::core {

/// A new record id: a UUID, so records made offline on a laptop merge without collisions.
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace mestring::core
