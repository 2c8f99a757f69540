#pragma once

#include <QString>

#include "core/domain/enums.h"

namespace mestring::ui {

// The words staff read for the closed lists of domain.md (translated; Danish by default).
// Legal bases are shown as the paragraphs staff know ("SUL § 141") and need no translation.

QString sexTitle(core::Sex sex);
QString courseKindTitle(core::CourseKind kind);
QString legalBasisTitle(core::LegalBasis basis);
QString settingTitle(core::Setting setting);
QString programTitle(core::Program program);
QString phaseTitle(core::Phase phase);
QString endReasonTitle(core::EndReason reason);
QString outcomeTitle(core::Outcome outcome);
QString substanceTitle(core::Substance substance);
QString drugTitle(core::Drug drug);
QString drugCategoryTitle(core::DrugCategory category);
QString dispensingModeTitle(core::DispensingMode mode);
QString dispensingStatusTitle(core::DispensingStatus status);

} // namespace mestring::ui
