#pragma once

#include <QString>

#include "core/domain/enums.h"
#include "core/domain/enumtitles.h"

namespace mestring::ui {

// The words staff read for the closed lists of domain.md (translated; Danish by default).
// Legal bases are shown as the paragraphs staff know ("SUL § 141") and need no translation.

// Sex, course kind, legal basis and programme are in core (the report's spreadsheets use them).
using core::courseKindTitle;
using core::legalBasisTitle;
using core::programTitle;
using core::sexTitle;

QString settingTitle(core::Setting setting);
QString phaseTitle(core::Phase phase);
QString endReasonTitle(core::EndReason reason);
QString outcomeTitle(core::Outcome outcome);
QString substanceTitle(core::Substance substance);
QString drugTitle(core::Drug drug);
QString drugCategoryTitle(core::DrugCategory category);
QString dispensingModeTitle(core::DispensingMode mode);
QString dispensingStatusTitle(core::DispensingStatus status);

} // namespace mestring::ui
