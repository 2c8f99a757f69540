#include "intaketitles.h"

#include <QCoreApplication>

namespace mestring::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

} // namespace

QString offerTitle(core::IndividualOffer offer)
{
    switch (offer) {
    case core::IndividualOffer::Relatives:
        return tr("Conversations for relatives");
    case core::IndividualOffer::Family:
        return tr("Family therapy");
    case core::IndividualOffer::Nada:
        return tr("NADA ear acupuncture");
    case core::IndividualOffer::Psychologist:
        return tr("Psychologist");
    }
    return {};
}

QString takenOffReasonTitle(core::WaitingTakenOffReason reason)
{
    switch (reason) {
    case core::WaitingTakenOffReason::Offered:
        return tr("offered a time");
    case core::WaitingTakenOffReason::Declined:
        return tr("declined");
    case core::WaitingTakenOffReason::NotRelevant:
        return tr("no longer relevant");
    }
    return {};
}

QString registerTitle(core::Register reg)
{
    return reg == core::Register::Nab ? tr("NAB (alcohol)") : tr("SMDB (drugs)");
}

QString registryEventTitle(core::RegistryEvent event)
{
    switch (event) {
    case core::RegistryEvent::Request:
        return tr("Request");
    case core::RegistryEvent::Start:
        return tr("Start of treatment");
    case core::RegistryEvent::Discharge:
        return tr("Discharge");
    }
    return {};
}

QString registryStateTitle(core::RegistryState state)
{
    switch (state) {
    case core::RegistryState::Overdue:
        return tr("Overdue");
    case core::RegistryState::DueThisWeek:
        return tr("Due this week");
    case core::RegistryState::Later:
        return tr("Due later");
    case core::RegistryState::NotDueYet:
        return tr("When treatment starts");
    case core::RegistryState::Reported:
        return tr("Reported");
    }
    return {};
}

} // namespace mestring::ui
