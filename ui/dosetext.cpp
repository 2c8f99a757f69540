#include "dosetext.h"

#include <cmath>

#include <QLocale>

namespace mestring::ui {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString withVolume(
    const QString &text, core::Drug drug, double doseMg, const core::MedicationSettings &settings)
{
    const std::optional<double> ml = settings.millilitres(drug, doseMg);
    if (!ml) return text;
    // Rounded to a tenth of a ml, what a dispensing pump measures.
    return DoseText::tr("%1 (%2 ml)").arg(text, number(std::round(*ml * 10) / 10));
}

} // namespace

QString DoseText::mg(double doseMg)
{
    return tr("%1 mg").arg(number(doseMg));
}

QString DoseText::of(core::Drug drug, double doseMg, const core::MedicationSettings &settings)
{
    return withVolume(mg(doseMg), drug, doseMg, settings);
}

QString DoseText::supply(
    core::Drug drug, double doseMg, int doses, const core::MedicationSettings &settings)
{
    if (doses <= 1) return of(drug, doseMg, settings);
    const double total = doseMg * doses;
    return withVolume(
        tr("%1 × %2 = %3").arg(QString::number(doses), mg(doseMg), mg(total)), drug, total,
        settings);
}

} // namespace mestring::ui
