#pragma once

#include <map>
#include <vector>

#include <QDate>
#include <QString>

#include "core/demo/demogenerator.h"

namespace mestring::test::demo {

/// The day the shared demo datasets are generated for: a Wednesday.
inline QDate demoToday()
{
    return QDate(2025, 6, 11);
}

/// Generated once per test run and shared by the tests (generation is pure and deterministic).
const core::Dataset &smallDemo();
const core::Dataset &mediumDemo();

/// Indices of records per owner id (client or course), in dataset order.
template <typename Record, typename Key>
std::map<QString, std::vector<const Record *>> groupBy(const std::vector<Record> &records, Key key)
{
    std::map<QString, std::vector<const Record *>> out;
    for (const Record &r : records)
        out[key(r)].push_back(&r);
    return out;
}

} // namespace mestring::test::demo
