#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include "core/domain/dataset.h"
#include "core/exchange/exchangereader.h"

namespace mestring::core::test {

/// A file under tests/data/exchange/.
QByteArray exchangeTestFile(const QString &name);
/// The example document of domain.md section 5.
QByteArray domainExample();

/// `json` with the value at `path` ("courses[0].phases[0].date") replaced by `value`; a key that
/// does not exist is added, and an undefined value removes the key.
QByteArray withValueAt(const QByteArray &json, const QString &path, const QJsonValue &value);

QStringList errorPaths(const ExchangeReadResult &result);

/// Several records of each type, together using every field (none left unset) and every value
/// of every enum of enums.h.
Dataset fullExchangeDataset();
/// One record of each type with only the required fields set.
Dataset minimalExchangeDataset();

} // namespace mestring::core::test
