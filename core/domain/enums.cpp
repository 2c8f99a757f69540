#include "enums.h"

namespace mestring::core {

std::optional<DrugCategory> categoryOfDrug(Drug drug)
{
    switch (drug) {
    case Drug::Methadone:
    case Drug::Buprenorphine:
    case Drug::BuprenorphineNaloxone:
    case Drug::BuprenorphineDepot:
        return DrugCategory::Substitution;
    case Drug::Disulfiram:
        return DrugCategory::Antabus;
    case Drug::Naltrexone:
    case Drug::Acamprosate:
    case Drug::Nalmefene:
        return DrugCategory::Craving;
    case Drug::Chlordiazepoxide:
    case Drug::Oxazepam:
        return DrugCategory::Withdrawal;
    case Drug::Other:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace mestring::core
