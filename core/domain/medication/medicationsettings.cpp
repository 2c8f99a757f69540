#include "medicationsettings.h"

namespace mestring::core {

MedicationSettings MedicationSettings::defaults()
{
    MedicationSettings settings;
    settings.doseLimitsMg = {
        {Drug::Methadone, 150.0},
        {Drug::Buprenorphine, 24.0},
        {Drug::BuprenorphineNaloxone, 24.0},
    };
    return settings;
}

std::optional<double> MedicationSettings::limitFor(Drug drug) const
{
    const auto it = doseLimitsMg.find(drug);
    if (it == doseLimitsMg.end() || !(it->second > 0)) return std::nullopt;
    return it->second;
}

std::optional<double> MedicationSettings::millilitres(Drug drug, double doseMg) const
{
    if (drug != Drug::Methadone || !(methadoneMgPerMl > 0)) return std::nullopt;
    return doseMg / methadoneMgPerMl;
}

} // namespace mestring::core
