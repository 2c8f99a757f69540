#pragma once

#include <vector>

#include <QByteArray>
#include <QString>

namespace mestring::core::exchange {

/// The JSON paths of keys that occur twice in one object ("courses[3].end_date"). QJsonDocument
/// silently keeps the last of them, which would import one of two conflicting values, so the
/// reader refuses them. `json` must already have parsed without error.
std::vector<QString> findDuplicateKeys(const QByteArray &json);

} // namespace mestring::core::exchange
