#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/domain/enums.h"
#include "core/domain/medication/medicationsettings.h"

namespace mestring::ui {

/// Doses as the clinic measures them: mg, and for methadone oral solution the volume in ml
/// beside it at the centre's concentration ("60 mg (60 ml)").
class DoseText
{
    Q_DECLARE_TR_FUNCTIONS(DoseText)

public:
    /// "60 mg", with the decimal comma of the user's language.
    static QString mg(double doseMg);
    /// "60 mg (60 ml)" for methadone oral solution; "16 mg" otherwise.
    static QString of(core::Drug drug, double doseMg, const core::MedicationSettings &settings);
    /// The total of a take-home supply: "3 × 60 mg = 180 mg (180 ml)"; the dose alone for one.
    static QString supply(core::Drug drug, double doseMg, int doses,
        const core::MedicationSettings &settings);
};

/// Shorthand for DoseText::of.
inline QString doseText(core::Drug drug, double doseMg, const core::MedicationSettings &settings)
{
    return DoseText::of(drug, doseMg, settings);
}

} // namespace mestring::ui
