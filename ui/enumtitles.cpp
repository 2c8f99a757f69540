#include "enumtitles.h"

#include <QCoreApplication>

namespace mestring::ui {

// Written out (no macro or helper) so lupdate sees every string. The shared "mestring"
// context with a disambiguation per list: "other" is "andet" as a sex but not as a substance.

QString settingTitle(core::Setting setting)
{
    switch (setting) {
    case core::Setting::Ambulant:
        return QCoreApplication::translate("mestring", "Outpatient", "setting");
    case core::Setting::Day:
        return QCoreApplication::translate("mestring", "Day treatment", "setting");
    case core::Setting::Residential:
        return QCoreApplication::translate("mestring", "Residential", "setting");
    }
    return QString();
}

QString phaseTitle(core::Phase phase)
{
    switch (phase) {
    case core::Phase::Advice:
        return QCoreApplication::translate("mestring", "Advice and guidance", "phase");
    case core::Phase::Intro:
        return QCoreApplication::translate("mestring", "Introduction", "phase");
    case core::Phase::Assessment:
        return QCoreApplication::translate("mestring", "Assessment", "phase");
    case core::Phase::Treatment:
        return QCoreApplication::translate("mestring", "Treatment", "phase");
    case core::Phase::Aftercare:
        return QCoreApplication::translate("mestring", "Aftercare", "phase");
    }
    return QString();
}

QString endReasonTitle(core::EndReason reason)
{
    switch (reason) {
    case core::EndReason::Completed:
        return QCoreApplication::translate("mestring", "Completed", "end reason");
    case core::EndReason::Referred:
        return QCoreApplication::translate(
            "mestring", "Referred to another service or hospital", "end reason");
    case core::EndReason::Prison:
        return QCoreApplication::translate(
            "mestring", "Transferred to the Prison and Probation Service", "end reason");
    case core::EndReason::Moved:
        return QCoreApplication::translate(
            "mestring", "Moved to another municipality", "end reason");
    case core::EndReason::Dropout:
        return QCoreApplication::translate("mestring", "Dropped out", "end reason");
    case core::EndReason::Expelled:
        return QCoreApplication::translate("mestring", "Expelled", "end reason");
    case core::EndReason::ClientStopped:
        return QCoreApplication::translate(
            "mestring", "Chose to stop before completion", "end reason");
    case core::EndReason::Deceased:
        return QCoreApplication::translate("mestring", "Deceased", "end reason");
    case core::EndReason::Other:
        return QCoreApplication::translate("mestring", "Other reason", "end reason");
    }
    return QString();
}

QString outcomeTitle(core::Outcome outcome)
{
    switch (outcome) {
    case core::Outcome::Abstinent:
        return QCoreApplication::translate("mestring", "Abstinent", "outcome");
    case core::Outcome::Reduced:
        return QCoreApplication::translate("mestring", "Reduced use", "outcome");
    case core::Outcome::Stabilised:
        return QCoreApplication::translate("mestring", "Stabilised", "outcome");
    case core::Outcome::Unchanged:
        return QCoreApplication::translate("mestring", "Unchanged", "outcome");
    case core::Outcome::Worsened:
        return QCoreApplication::translate("mestring", "Worsened", "outcome");
    case core::Outcome::Unknown:
        return QCoreApplication::translate("mestring", "Unknown", "outcome");
    }
    return QString();
}

QString substanceTitle(core::Substance substance)
{
    switch (substance) {
    case core::Substance::Alcohol:
        return QCoreApplication::translate("mestring", "alcohol", "substance");
    case core::Substance::Cannabis:
        return QCoreApplication::translate("mestring", "cannabis", "substance");
    case core::Substance::Opioids:
        return QCoreApplication::translate("mestring", "opioids", "substance");
    case core::Substance::Cocaine:
        return QCoreApplication::translate("mestring", "cocaine", "substance");
    case core::Substance::Amphetamine:
        return QCoreApplication::translate("mestring", "amphetamine", "substance");
    case core::Substance::Benzodiazepines:
        return QCoreApplication::translate("mestring", "benzodiazepines", "substance");
    case core::Substance::Other:
        return QCoreApplication::translate("mestring", "other substance", "substance");
    }
    return QString();
}

QString drugTitle(core::Drug drug)
{
    switch (drug) {
    case core::Drug::Methadone:
        return QCoreApplication::translate("mestring", "Methadone", "drug");
    case core::Drug::Buprenorphine:
        return QCoreApplication::translate("mestring", "Buprenorphine", "drug");
    case core::Drug::BuprenorphineNaloxone:
        return QCoreApplication::translate("mestring", "Buprenorphine/naloxone", "drug");
    case core::Drug::BuprenorphineDepot:
        return QCoreApplication::translate("mestring", "Buprenorphine depot", "drug");
    case core::Drug::Disulfiram:
        return QCoreApplication::translate("mestring", "Disulfiram (Antabus)", "drug");
    case core::Drug::Naltrexone:
        return QCoreApplication::translate("mestring", "Naltrexone", "drug");
    case core::Drug::Acamprosate:
        return QCoreApplication::translate("mestring", "Acamprosate", "drug");
    case core::Drug::Nalmefene:
        return QCoreApplication::translate("mestring", "Nalmefene", "drug");
    case core::Drug::Chlordiazepoxide:
        return QCoreApplication::translate("mestring", "Chlordiazepoxide", "drug");
    case core::Drug::Oxazepam:
        return QCoreApplication::translate("mestring", "Oxazepam", "drug");
    case core::Drug::Other:
        return QCoreApplication::translate("mestring", "Other drug", "drug");
    }
    return QString();
}

QString drugCategoryTitle(core::DrugCategory category)
{
    switch (category) {
    case core::DrugCategory::Substitution:
        return QCoreApplication::translate("mestring", "Substitution", "drug category");
    case core::DrugCategory::Antabus:
        return QCoreApplication::translate("mestring", "Antabus", "drug category");
    case core::DrugCategory::Craving:
        return QCoreApplication::translate("mestring", "Anti-craving", "drug category");
    case core::DrugCategory::Withdrawal:
        return QCoreApplication::translate("mestring", "Withdrawal", "drug category");
    case core::DrugCategory::Other:
        return QCoreApplication::translate("mestring", "Other", "drug category");
    }
    return QString();
}

QString dispensingModeTitle(core::DispensingMode mode)
{
    switch (mode) {
    case core::DispensingMode::Supervised:
        return QCoreApplication::translate("mestring", "Supervised intake", "dispensing mode");
    case core::DispensingMode::TakeHome:
        return QCoreApplication::translate("mestring", "Take-home", "dispensing mode");
    case core::DispensingMode::Pharmacy:
        return QCoreApplication::translate("mestring", "Pharmacy", "dispensing mode");
    }
    return QString();
}

QString dispensingStatusTitle(core::DispensingStatus status)
{
    switch (status) {
    case core::DispensingStatus::Taken:
        return QCoreApplication::translate("mestring", "Taken", "dispensing status");
    case core::DispensingStatus::HandedOut:
        return QCoreApplication::translate("mestring", "Handed out", "dispensing status");
    case core::DispensingStatus::Missed:
        return QCoreApplication::translate("mestring", "Missed", "dispensing status");
    case core::DispensingStatus::Refused:
        return QCoreApplication::translate("mestring", "Refused", "dispensing status");
    case core::DispensingStatus::Withheld:
        return QCoreApplication::translate("mestring", "Withheld", "dispensing status");
    }
    return QString();
}

} // namespace mestring::ui
