#pragma once

#include <QString>

#include "enums.h"

namespace mestring::core {

// The words staff read for some closed lists of domain.md (translated; Danish by default).
// Legal bases are shown as the paragraphs staff know ("SUL § 141") and need no translation.

QString sexTitle(Sex sex);
QString courseKindTitle(CourseKind kind);
QString legalBasisTitle(LegalBasis basis);
QString programTitle(Program program);

} // namespace mestring::core
