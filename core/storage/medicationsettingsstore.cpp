#include "medicationsettingsstore.h"

#include "settingsrepository.h"

namespace mestring::core {

namespace {

QString limitKey(Drug drug)
{
    return QStringLiteral("medication.dose_limit_mg.") + enumCode(drug);
}

const QString concentrationKey = QStringLiteral("medication.methadone_mg_per_ml");

// Numbers are stored in the C locale ("1.5"), whatever the user's language.
QString numberText(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

MedicationSettings loadMedicationSettings(const Database &db)
{
    const SettingsRepository settings(db);
    MedicationSettings result = MedicationSettings::defaults();
    for (const Drug drug : enumValues<Drug>()) {
        const QString text = settings.value(limitKey(drug));
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (text.isNull() || !ok) continue; // never set: the default stays
        if (value > 0)
            result.doseLimitsMg[drug] = value;
        else
            result.doseLimitsMg.erase(drug); // set to "no limit"
    }
    bool ok = false;
    const double concentration = settings.value(concentrationKey).toDouble(&ok);
    if (ok && concentration >= 0) result.methadoneMgPerMl = concentration;
    return result;
}

void saveMedicationSettings(const Database &db, const MedicationSettings &settings)
{
    SettingsRepository store(db);
    for (const Drug drug : enumValues<Drug>())
        store.setValue(limitKey(drug), numberText(settings.limitFor(drug).value_or(0)));
    store.setValue(concentrationKey, numberText(settings.methadoneMgPerMl));
}

} // namespace mestring::core
