#include "recordtitles.h"

#include <QCoreApplication>

namespace mestring::ui {

// Written out so lupdate sees every string; the shared "mestring" context with a
// disambiguation per list, as in enumtitles.cpp.

QString themeTitle(core::Theme theme)
{
    switch (theme) {
    case core::Theme::SelfManagement:
        return QCoreApplication::translate("mestring", "Self-management", "goal theme");
    case core::Theme::EducationEmployment:
        return QCoreApplication::translate("mestring", "Education and employment", "goal theme");
    case core::Theme::Health:
        return QCoreApplication::translate("mestring", "Health", "goal theme");
    case core::Theme::SocialLife:
        return QCoreApplication::translate("mestring", "Social life", "goal theme");
    case core::Theme::SubstanceUse:
        return QCoreApplication::translate("mestring", "Substance use", "goal theme");
    }
    return QString();
}

QString goalStatusTitle(core::GoalStatus status)
{
    switch (status) {
    case core::GoalStatus::Active:
        return QCoreApplication::translate("mestring", "Active", "goal status");
    case core::GoalStatus::Achieved:
        return QCoreApplication::translate("mestring", "Achieved", "goal status");
    case core::GoalStatus::PartlyAchieved:
        return QCoreApplication::translate("mestring", "Partly achieved", "goal status");
    case core::GoalStatus::NotAchieved:
        return QCoreApplication::translate("mestring", "Not achieved", "goal status");
    case core::GoalStatus::Abandoned:
        return QCoreApplication::translate("mestring", "Abandoned", "goal status");
    }
    return QString();
}

QString assessmentTypeTitle(core::AssessmentType type)
{
    switch (type) {
    case core::AssessmentType::Intake:
        return QCoreApplication::translate("mestring", "Intake", "assessment type");
    case core::AssessmentType::Followup:
        return QCoreApplication::translate("mestring", "Follow-up", "assessment type");
    case core::AssessmentType::Discharge:
        return QCoreApplication::translate("mestring", "Discharge", "assessment type");
    case core::AssessmentType::Post1m:
        return QCoreApplication::translate("mestring", "After 1 month", "assessment type");
    case core::AssessmentType::Post6m:
        return QCoreApplication::translate("mestring", "After 6 months", "assessment type");
    }
    return QString();
}

QString lifeAreaTitle(core::LifeArea area)
{
    switch (area) {
    case core::LifeArea::Alcohol:
        return QCoreApplication::translate("mestring", "Alcohol", "life area");
    case core::LifeArea::Drugs:
        return QCoreApplication::translate("mestring", "Drugs", "life area");
    case core::LifeArea::Crime:
        return QCoreApplication::translate("mestring", "Crime", "life area");
    case core::LifeArea::Employment:
        return QCoreApplication::translate("mestring", "Employment", "life area");
    case core::LifeArea::Economy:
        return QCoreApplication::translate("mestring", "Economy", "life area");
    case core::LifeArea::Family:
        return QCoreApplication::translate("mestring", "Family", "life area");
    case core::LifeArea::MentalHealth:
        return QCoreApplication::translate("mestring", "Mental health", "life area");
    case core::LifeArea::PhysicalHealth:
        return QCoreApplication::translate("mestring", "Physical health", "life area");
    }
    return QString();
}

QString noteKindTitle(core::NoteKind kind)
{
    switch (kind) {
    case core::NoteKind::Session:
        return QCoreApplication::translate("mestring", "Session", "note kind");
    case core::NoteKind::Phone:
        return QCoreApplication::translate("mestring", "Phone call", "note kind");
    case core::NoteKind::Followup:
        return QCoreApplication::translate("mestring", "Follow-up", "note kind");
    case core::NoteKind::Medication:
        return QCoreApplication::translate("mestring", "Medication", "note kind");
    case core::NoteKind::Supervision:
        return QCoreApplication::translate("mestring", "Supervision", "note kind");
    case core::NoteKind::Other:
        return QCoreApplication::translate("mestring", "Other", "note kind");
    }
    return QString();
}

QString absenceReasonTitle(core::AbsenceReason reason)
{
    switch (reason) {
    case core::AbsenceReason::Holiday:
        return QCoreApplication::translate("mestring", "Holiday", "absence reason");
    case core::AbsenceReason::Hospital:
        return QCoreApplication::translate("mestring", "Hospital stay", "absence reason");
    case core::AbsenceReason::Prison:
        return QCoreApplication::translate("mestring", "Prison sentence", "absence reason");
    case core::AbsenceReason::Residential:
        return QCoreApplication::translate(
            "mestring", "Residential stay elsewhere", "absence reason");
    case core::AbsenceReason::Other:
        return QCoreApplication::translate("mestring", "Other", "absence reason");
    }
    return QString();
}

QString appointmentTypeTitle(core::AppointmentType type)
{
    switch (type) {
    case core::AppointmentType::Individual:
        return QCoreApplication::translate("mestring", "Individual session", "appointment type");
    case core::AppointmentType::Family:
        return QCoreApplication::translate("mestring", "Family session", "appointment type");
    case core::AppointmentType::Relatives:
        return QCoreApplication::translate("mestring", "Relatives", "appointment type");
    case core::AppointmentType::Doctor:
        return QCoreApplication::translate("mestring", "Doctor", "appointment type");
    case core::AppointmentType::Nurse:
        return QCoreApplication::translate("mestring", "Nurse", "appointment type");
    case core::AppointmentType::Nada:
        return QCoreApplication::translate("mestring", "NADA", "appointment type");
    case core::AppointmentType::Outreach:
        return QCoreApplication::translate("mestring", "Outreach", "appointment type");
    case core::AppointmentType::Phone:
        return QCoreApplication::translate("mestring", "Phone", "appointment type");
    case core::AppointmentType::Video:
        return QCoreApplication::translate("mestring", "Video", "appointment type");
    }
    return QString();
}

QString appointmentStatusTitle(core::AppointmentStatus status)
{
    switch (status) {
    case core::AppointmentStatus::Planned:
        return QCoreApplication::translate("mestring", "Planned", "appointment status");
    case core::AppointmentStatus::Attended:
        return QCoreApplication::translate("mestring", "Attended", "appointment status");
    case core::AppointmentStatus::NoShow:
        return QCoreApplication::translate("mestring", "No-show", "appointment status");
    case core::AppointmentStatus::CancelledClient:
        return QCoreApplication::translate(
            "mestring", "Cancelled by client", "appointment status");
    case core::AppointmentStatus::CancelledCentre:
        return QCoreApplication::translate(
            "mestring", "Cancelled by centre", "appointment status");
    }
    return QString();
}

QString vumWord(int score)
{
    switch (score) {
    case 0:
        return QCoreApplication::translate("mestring", "none", "VUM support need");
    case 1:
        return QCoreApplication::translate("mestring", "light", "VUM support need");
    case 2:
        return QCoreApplication::translate("mestring", "moderate", "VUM support need");
    case 3:
        return QCoreApplication::translate("mestring", "severe", "VUM support need");
    case 4:
        return QCoreApplication::translate("mestring", "complete", "VUM support need");
    }
    return QString();
}

QString vumTitle(std::optional<int> score)
{
    if (!score) return QString();
    return QCoreApplication::translate("mestring", "%1 %2 support need", "VUM score")
        .arg(*score)
        .arg(vumWord(*score));
}

QString severityTitle(std::optional<int> score)
{
    if (!score) return QCoreApplication::translate("mestring", "not asked", "life area severity");
    switch (*score) {
    case 0:
        return QCoreApplication::translate("mestring", "0 none", "life area severity");
    case 1:
        return QCoreApplication::translate("mestring", "1 slight", "life area severity");
    case 2:
        return QCoreApplication::translate("mestring", "2 moderate", "life area severity");
    case 3:
        return QCoreApplication::translate("mestring", "3 considerable", "life area severity");
    case 4:
        return QCoreApplication::translate("mestring", "4 extreme", "life area severity");
    }
    return QString::number(*score);
}

} // namespace mestring::ui
