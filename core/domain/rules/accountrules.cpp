#include "accountrules.h"

#include <QCoreApplication>

#include "issuehelpers.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

// The first passwords tried against any account (lists of leaked passwords, in Danish and
// English) and the demo databases' published one. Compared without regard to case.
bool isCommonPassword(const QString &password)
{
    static const char *const common[] = {"12345678", "123456789", "1234567890", "87654321",
        "password", "password1", "passw0rd", "qwertyui", "qwerty123", "abcd1234", "11111111",
        "00000000", "iloveyou", "adgangskode", "kodeord1", "velkommen", "velkommen1",
        "sommer2024", "sommer2025", "vinter2024", "vinter2025", "mestring", "mestring1",
        "mestring123"};
    const QString lower = password.toLower();
    for (const char *word : common) {
        if (lower == QLatin1StringView(word)) return true;
    }
    return false;
}

} // namespace

RuleIssues checkNewPassword(
    const QString &password, const StaffMember &member, const QString &current)
{
    const QString path = QStringLiteral("password");
    if (password.size() < minPasswordLength) {
        return {dataError(path,
            tr("The password must have at least %1 characters. A short sentence is easy to "
               "remember and hard to guess.")
                .arg(minPasswordLength))};
    }
    if (password.size() > maxPasswordLength) {
        return {dataError(
            path, tr("The password may have at most %1 characters.").arg(maxPasswordLength))};
    }
    if (password.trimmed().isEmpty()) {
        return {dataError(path, tr("The password must not be only spaces."))};
    }
    const QString username = member.username.trimmed();
    if (!username.isEmpty() && password.contains(username, Qt::CaseInsensitive)) {
        return {dataError(path,
            tr("The password must not contain the username. Choose something others cannot "
               "guess."))};
    }
    if (isCommonPassword(password)) {
        return {dataError(path,
            tr("This password is among the first ones anybody tries. Choose another one."))};
    }
    if (!current.isEmpty() && password == current) {
        return {dataError(path,
            tr("The new password must differ from the one it replaces."))};
    }
    return {};
}

RuleIssues checkUsernameFormat(const QString &username)
{
    const QString path = QStringLiteral("username");
    if (username.size() < 2) {
        return {dataError(
            path, tr("The username must have at least 2 characters, e.g. the first name."))};
    }
    for (const QChar c : username) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-')
            && c != QLatin1Char('_')) {
            return {dataError(path,
                tr("The username may hold only letters, digits, '.', '-' and '_' (no spaces), "
                   "e.g. \"anne\" or \"anne.holm\"."))};
        }
    }
    return {};
}

} // namespace mestring::core
