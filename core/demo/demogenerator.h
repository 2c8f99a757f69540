#pragma once

#include <optional>

#include <QDate>
#include <QString>
#include <QStringList>

#include "core/domain/dataset.h"

namespace mestring::core {

/// How big a centre the demo data describes.
/// Small: about 60 clients over 2 years (the GUI demo: every screen has data).
/// Medium: about 1,000 clients over 3 years. Large: a big centre over 10 years (about 8,000
/// clients, 15,000 courses, 500,000 appointments, 1,000,000 dispensings).
enum class DemoSize { Small, Medium, Large };

/// "small", "medium" or "large".
QString demoSizeCode(DemoSize size);
/// Parses "small", "medium" or "large" (case-insensitive); nullopt otherwise.
std::optional<DemoSize> parseDemoSize(QStringView code);

/// Generates a complete, rule-abiding demo centre. Pure and deterministic: the same size, seed
/// and day give an identical Dataset on every machine. Records are dated relative to `today`
/// (appointments today and this week, today's dispensing list, flags that are due now).
Dataset generateDemo(DemoSize size, quint32 seed, const QDate &today);

/// The usernames of the fixed demo login accounts (anne, peter, lise, ...), in staff order.
/// generateDemo() always creates these accounts; their password is set by whoever stores them.
QStringList demoUsernames();

} // namespace mestring::core
