// libFuzzer target: the CPR parser (core/domain/cpr.h) on any text. It must never crash, and
// what it accepts must be a CPR number it can stand by.
#include <cstdint>
#include <cstdlib>

#include <QDate>
#include <QString>

#include "core/domain/cpr.h"

using namespace mestring::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Cpr cpr = parseCpr(text, QDate(2025, 6, 1));
    if (cpr.valid) {
        // Ten characters, a real birth date, no error, and parsing its own form agrees.
        if (cpr.normalized.size() != 10 || !cpr.birthDate.isValid() || !cpr.error.isEmpty())
            std::abort();
        const Cpr again = parseCpr(cpr.normalized, QDate(2025, 6, 1));
        if (!again.valid || again.normalized != cpr.normalized || again.birthDate != cpr.birthDate)
            std::abort();
    } else if (cpr.error.isEmpty()) {
        std::abort(); // a refusal always says why
    }
    (void)normalizedCpr(text);
    (void)cprModulus11Ok(text);
    return 0;
}
