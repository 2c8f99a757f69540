#include "enumtitles.h"

#include <QCoreApplication>

namespace mestring::core {

// Written out (no macro or helper) so lupdate sees every string. The shared "mestring"
// context with a disambiguation per list: "other" is "andet" as a sex but not as a substance.
// The rest of the closed lists' words are in ui/enumtitles.cpp; these are here because the
// report's spreadsheets, made without the GUI, name their groups with them.

QString sexTitle(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return QCoreApplication::translate("mestring", "female", "sex");
    case Sex::Male:
        return QCoreApplication::translate("mestring", "male", "sex");
    case Sex::Other:
        return QCoreApplication::translate("mestring", "other", "sex");
    }
    return QString();
}

QString courseKindTitle(CourseKind kind)
{
    switch (kind) {
    case CourseKind::Alcohol:
        return QCoreApplication::translate("mestring", "Alcohol", "course kind");
    case CourseKind::Drug:
        return QCoreApplication::translate("mestring", "Drugs", "course kind");
    }
    return QString();
}

QString legalBasisTitle(LegalBasis basis)
{
    switch (basis) {
    case LegalBasis::Sul141:
        return QStringLiteral("SUL § 141");
    case LegalBasis::Sul142:
        return QStringLiteral("SUL § 142");
    case LegalBasis::Sel101:
        return QStringLiteral("SEL § 101");
    case LegalBasis::Sel101a:
        return QStringLiteral("SEL § 101 a");
    case LegalBasis::Sel107:
        return QStringLiteral("SEL § 107");
    }
    return QString();
}

QString programTitle(Program program)
{
    switch (program) {
    case Program::Standard:
        return QCoreApplication::translate("mestring", "Standard", "program");
    case Program::Youth:
        return QCoreApplication::translate("mestring", "Youth", "program");
    case Program::Family:
        return QCoreApplication::translate("mestring", "Family", "program");
    case Program::Outreach:
        return QCoreApplication::translate("mestring", "Outreach", "program");
    }
    return QString();
}

} // namespace mestring::core
