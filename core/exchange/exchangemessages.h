#pragma once

#include <QString>
#include <QStringList>

// Every message the interchange reader produces, in one place so the wording stays consistent
// and lupdate finds each source string in a literal translate() call.
namespace mestring::core::exchange {

QString msgEmptyDocument();
QString msgInvalidJson(const QString &reason, qsizetype line, qsizetype column, qsizetype offset);
QString msgNotAnObjectDocument();
QString msgWrongFormat(const QString &expected);
QString msgWrongVersion(int expected);
QString msgDuplicateField();
QString msgUnknownField();
QString msgRequired();
QString msgEmptyText();
QString msgExpectedString();
QString msgExpectedBool();
QString msgExpectedNumber();
QString msgExpectedWholeNumber();
QString msgNumberOutOfRange();
QString msgExpectedArray();
QString msgExpectedObject();
QString msgUnknownCode(const QString &given, const QStringList &allowed);
QString msgBadDate();
QString msgImpossibleDate();
QString msgBadDateTime();
QString msgImpossibleDateTime();
QString msgBadTime();
QString msgScheduleOneKey();
QString msgDailyMustBeTrue();
QString msgWeekdaysEmpty();
QString msgWeekdayTwice();
QString msgEveryDaysPositive();
QString msgTakeHomeDaysRequired();
QString msgTakeHomeDaysOnlyForTakeHome();
QString msgDoseRequiredForStatus();
QString msgOneDecimal();
QString msgFourItems();
QString msgTooManyErrors(int shown);

} // namespace mestring::core::exchange
