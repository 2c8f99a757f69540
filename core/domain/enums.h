#pragma once

#include <array>
#include <optional>
#include <string_view>

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

namespace mestring::core {

// Every closed list of domain.md as an enum class with its wire code. The code is what the
// database stores and the interchange file carries; the order of `codes` follows the enum.
template<typename E>
struct EnumCodes;

#define MESTRING_ENUM_CODES(Type, ...)                                                             \
    template<>                                                                                     \
    struct EnumCodes<Type>                                                                         \
    {                                                                                              \
        static constexpr auto codes = std::to_array<std::string_view>({__VA_ARGS__});             \
    }

enum class Role { Therapist, FamilyTherapist, Nurse, Doctor, Intake, Coordinator, Manager, AdminStaff };
MESTRING_ENUM_CODES(Role, "therapist", "family_therapist", "nurse", "doctor", "intake",
                    "coordinator", "manager", "admin_staff");

enum class Sex { Female, Male, Other };
MESTRING_ENUM_CODES(Sex, "female", "male", "other");

enum class CourseKind { Alcohol, Drug };
MESTRING_ENUM_CODES(CourseKind, "alcohol", "drug");

enum class LegalBasis { Sul141, Sul142, Sel101, Sel101a, Sel107 };
MESTRING_ENUM_CODES(LegalBasis, "SUL141", "SUL142", "SEL101", "SEL101a", "SEL107");

enum class Setting { Ambulant, Day, Residential };
MESTRING_ENUM_CODES(Setting, "ambulant", "day", "residential");

enum class Program { Standard, Youth, Family, Outreach };
MESTRING_ENUM_CODES(Program, "standard", "youth", "family", "outreach");

enum class Substance { Alcohol, Cannabis, Opioids, Cocaine, Amphetamine, Benzodiazepines, Other };
MESTRING_ENUM_CODES(Substance, "alcohol", "cannabis", "opioids", "cocaine", "amphetamine",
                    "benzodiazepines", "other");

enum class Phase { Advice, Intro, Assessment, Treatment, Aftercare };
MESTRING_ENUM_CODES(Phase, "advice", "intro", "assessment", "treatment", "aftercare");

enum class EndReason { Completed, Referred, Prison, Moved, Dropout, Expelled, ClientStopped, Deceased, Other };
MESTRING_ENUM_CODES(EndReason, "completed", "referred", "prison", "moved", "dropout", "expelled",
                    "client_stopped", "deceased", "other");

enum class Outcome { Abstinent, Reduced, Stabilised, Unchanged, Worsened, Unknown };
MESTRING_ENUM_CODES(Outcome, "abstinent", "reduced", "stabilised", "unchanged", "worsened",
                    "unknown");

enum class GuaranteeExempt { Anonymous, FreeChoice };
MESTRING_ENUM_CODES(GuaranteeExempt, "anonymous", "free_choice");

enum class Theme { SelfManagement, EducationEmployment, Health, SocialLife, SubstanceUse };
MESTRING_ENUM_CODES(Theme, "self_management", "education_employment", "health", "social_life",
                    "substance_use");

enum class GoalStatus { Active, Achieved, PartlyAchieved, NotAchieved, Abandoned };
MESTRING_ENUM_CODES(GoalStatus, "active", "achieved", "partly_achieved", "not_achieved",
                    "abandoned");

enum class AssessmentType { Intake, Followup, Discharge, Post1m, Post6m };
MESTRING_ENUM_CODES(AssessmentType, "intake", "followup", "discharge", "post_1m", "post_6m");

enum class LifeArea { Alcohol, Drugs, Crime, Employment, Economy, Family, MentalHealth, PhysicalHealth };
MESTRING_ENUM_CODES(LifeArea, "alcohol", "drugs", "crime", "employment", "economy", "family",
                    "mental_health", "physical_health");

enum class AppointmentType { Individual, Family, Relatives, Doctor, Nurse, Nada, Outreach, Phone, Video };
MESTRING_ENUM_CODES(AppointmentType, "individual", "family", "relatives", "doctor", "nurse", "nada",
                    "outreach", "phone", "video");

enum class AppointmentStatus { Planned, Attended, NoShow, CancelledClient, CancelledCentre };
MESTRING_ENUM_CODES(AppointmentStatus, "planned", "attended", "no_show", "cancelled_client",
                    "cancelled_centre");

enum class AbsenceReason { Holiday, Hospital, Prison, Residential, Other };
MESTRING_ENUM_CODES(AbsenceReason, "holiday", "hospital", "prison", "residential", "other");

enum class GroupType { Psychoeducation, Motivation, Cbt, Mindfulness, ThemeMorning, LifeSkills, Relatives };
MESTRING_ENUM_CODES(GroupType, "psychoeducation", "motivation", "cbt", "mindfulness",
                    "theme_morning", "life_skills", "relatives");

enum class AttendanceStatus { Attended, NoShow, CancelledClient };
MESTRING_ENUM_CODES(AttendanceStatus, "attended", "no_show", "cancelled_client");

enum class Drug {
    Methadone, Buprenorphine, BuprenorphineNaloxone, BuprenorphineDepot, Disulfiram, Naltrexone,
    Acamprosate, Nalmefene, Chlordiazepoxide, Oxazepam, Other
};
MESTRING_ENUM_CODES(Drug, "methadone", "buprenorphine", "buprenorphine_naloxone",
                    "buprenorphine_depot", "disulfiram", "naltrexone", "acamprosate", "nalmefene",
                    "chlordiazepoxide", "oxazepam", "other");

enum class DrugCategory { Substitution, Antabus, Craving, Withdrawal, Other };
MESTRING_ENUM_CODES(DrugCategory, "substitution", "antabus", "craving", "withdrawal", "other");

enum class DispensingMode { Supervised, TakeHome, Pharmacy };
MESTRING_ENUM_CODES(DispensingMode, "supervised", "take_home", "pharmacy");

enum class DispensingStatus { Taken, HandedOut, Missed, Refused, Withheld };
MESTRING_ENUM_CODES(DispensingStatus, "taken", "handed_out", "missed", "refused", "withheld");

enum class NoteKind { Session, Phone, Followup, Medication, Supervision, Other };
MESTRING_ENUM_CODES(NoteKind, "session", "phone", "followup", "medication", "supervision", "other");

// Client feedback (FIT): the Outcome and the Session Rating Scale.
enum class FitScale { Ors, Srs };
MESTRING_ENUM_CODES(FitScale, "ors", "srs");

// The individual offers a centre may pause at peak load and keep a waiting list for.
enum class IndividualOffer { Relatives, Family, Nada, Psychologist };
MESTRING_ENUM_CODES(IndividualOffer, "relatives", "family", "nada", "psychologist");

enum class WaitingTakenOffReason { Offered, Declined, NotRelevant };
MESTRING_ENUM_CODES(WaitingTakenOffReason, "offered", "declined", "not_relevant");

// The events of a course reported to the national registers (indberetning).
enum class RegistryEvent { Request, Start, Discharge };
MESTRING_ENUM_CODES(RegistryEvent, "request", "start", "discharge");

#undef MESTRING_ENUM_CODES

template<typename E>
constexpr int enumCount()
{
    return int(EnumCodes<E>::codes.size());
}

/// The wire code of an enum value ("alcohol", "no_show", ...).
template<typename E>
QString enumCode(E value)
{
    const std::string_view code = EnumCodes<E>::codes[std::size_t(value)];
    return QLatin1StringView(code.data(), qsizetype(code.size())).toString();
}

/// Parses a wire code; nullopt when the code is not in the closed list.
template<typename E>
std::optional<E> parseEnum(QStringView code)
{
    const auto &codes = EnumCodes<E>::codes;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        if (code == QLatin1StringView(codes[i].data(), qsizetype(codes[i].size())))
            return E(i);
    }
    return std::nullopt;
}

/// Every value of an enum, in declaration order.
template<typename E>
constexpr auto enumValues()
{
    std::array<E, EnumCodes<E>::codes.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = E(i);
    return values;
}

template<typename E>
QStringList enumCodes()
{
    QStringList list;
    for (E value : enumValues<E>())
        list << enumCode(value);
    return list;
}

/// The category a drug belongs to; nullopt for `other`, which may be any category.
std::optional<DrugCategory> categoryOfDrug(Drug drug);

} // namespace mestring::core
