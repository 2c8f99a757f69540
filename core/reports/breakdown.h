#pragma once

#include <array>
#include <optional>
#include <string_view>

#include <QDate>
#include <QString>
#include <QStringList>

#include "core/domain/enums.h"

namespace mestring::core {

/// What a report can be broken down by (domain.md section 7, `by`). Course-based indicators
/// split by the group of the course, client-based ones only by the client dimensions
/// (municipality, sex, age band).
enum class ReportDimension { Responsible, Municipality, LegalBasis, Program, Sex, AgeBand };

template<>
struct EnumCodes<ReportDimension>
{
    static constexpr auto codes = std::to_array<std::string_view>(
        {"responsible", "municipality", "legal_basis", "program", "sex", "age_band"});
};

/// Whether client-based indicators split by `dimension` too (municipality, sex, age band);
/// under the other dimensions they are left out of the groups.
bool splitsClients(ReportDimension dimension);

/// The age bands of `age_band`, youngest first, then `unknown`.
inline constexpr std::array<std::string_view, 8> ageBands
    = {"under 18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "unknown"};

/// The age band of someone born on `birth` on day `on`; `unknown` without a birth date or day.
QString ageBand(const QDate &birth, const QDate &on);

/// Whether group key `a` comes before `b` under `dimension`: age bands youngest first, codes of
/// a closed list in its order, other keys alphabetically; the empty key ("no team") last.
bool groupComesBefore(ReportDimension dimension, const QString &a, const QString &b);

/// The dimensions in `codes` ("municipality,team"), each once, in the order given; nullopt
/// when one is not a dimension.
std::optional<std::vector<ReportDimension>> parseDimensions(const QStringList &codes);

} // namespace mestring::core
