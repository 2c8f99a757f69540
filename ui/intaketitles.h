#pragma once

#include <QString>

#include "core/domain/enums.h"
#include "core/domain/registry.h"
#include "core/services/registryworklist.h"

// Danish names of the intake desk's closed lists: individual offers, why someone left a
// waiting list, registers, registry events and where an event stands.
namespace mestring::ui {

QString offerTitle(core::IndividualOffer offer);
QString takenOffReasonTitle(core::WaitingTakenOffReason reason);
QString registerTitle(core::Register reg);
QString registryEventTitle(core::RegistryEvent event);
QString registryStateTitle(core::RegistryState state);

} // namespace mestring::ui
