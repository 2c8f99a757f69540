// libFuzzer target: the JSON interchange importer (core/exchange) on any bytes. Reading must
// never crash; an import that is refused must leave the database exactly as it was (no
// partial write). One in-memory database (all migrations applied) serves every input.
#include <cstdint>
#include <cstdlib>

#include <QByteArray>
#include <QCoreApplication>

#include "core/domain/clock.h"
#include "core/exchange/exchangereader.h"
#include "core/exchange/importservice.h"
#include "core/services/accesslog.h"
#include "core/storage/database.h"
#include "core/storage/tablecounts.h"

using namespace mestring::core;

namespace {

struct Target
{
    Database db {QStringLiteral("fuzz-exchange")};
    Clock clock;
    AccessLog log {db, clock};
    ImportService import {db, log};

    Target() { db.openInMemory(); }
};

Target &target()
{
    static int argc = 1;
    static char name[] = "fuzz_exchange";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static Target t;
    return t;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const ExchangeReadResult read = readExchange(json);
    if (!read.ok() && read.errors.empty()) std::abort();

    Target &t = target();
    const auto records = recordCounts(t.db);
    bool stored = false;
    try {
        stored = t.import.importDocument(Actor::system(), json).ok();
    } catch (const std::exception &) {
        stored = false; // a storage error stores nothing either
    }
    if (!stored && recordCounts(t.db) != records) std::abort(); // a refused import wrote
    return 0;
}
