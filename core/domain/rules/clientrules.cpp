#include "clientrules.h"

#include <QCoreApplication>

#include "textlimits.h"
#include "core/domain/cpr.h"
#include "issuehelpers.h"

namespace mestring::core {

namespace {

void checkAnonymous(const Client &client, RuleIssues &issues)
{
    if (client.alias.trimmed().isEmpty()) {
        issues.push_back(dataError(QStringLiteral("alias"),
            QCoreApplication::translate("mestring",
                "An anonymous client needs an alias. Enter the name "
                "the client wants to be called by.")));
    }
    if (!client.cpr.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("cpr"),
            QCoreApplication::translate("mestring",
                "An anonymous client cannot have a CPR number. Remove "
                "the number, or register the client as not anonymous.")));
    }
    const QString nameMessage = QCoreApplication::translate("mestring",
        "An anonymous client cannot have a name. Remove the name, or register the client as "
        "not anonymous.");
    if (!client.firstName.isEmpty())
        issues.push_back(dataError(QStringLiteral("first_name"), nameMessage));
    if (!client.lastName.isEmpty())
        issues.push_back(dataError(QStringLiteral("last_name"), nameMessage));
}

void checkCpr(const Client &client, RuleIssues &issues)
{
    if (client.cpr.isEmpty()) return;
    const Cpr cpr = parseCpr(client.cpr);
    if (!cpr.valid) {
        issues.push_back(dataError(QStringLiteral("cpr"), cpr.error));
    } else if (!cpr.modulus11Ok) {
        issues.push_back(workflowWarning(QStringLiteral("cpr"),
            QCoreApplication::translate("mestring",
                "The CPR number fails the modulus-11 check. Numbers "
                "issued since 2007 may do so; check it against the "
                "health insurance card.")));
    }
}

void checkTextLengths(const Client &client, RuleIssues &issues)
{
    checkTextLength(issues, QStringLiteral("first_name"), client.firstName, textlimit::personName);
    checkTextLength(issues, QStringLiteral("last_name"), client.lastName, textlimit::personName);
    checkTextLength(issues, QStringLiteral("alias"), client.alias, textlimit::alias);
    checkTextLength(
        issues, QStringLiteral("municipality"), client.municipality, textlimit::municipality);
    checkTextLength(issues, QStringLiteral("phone"), client.phone, textlimit::phone);
    checkTextLength(issues, QStringLiteral("address"), client.address, textlimit::address);
    checkTextLength(issues, QStringLiteral("consent_text"), client.consentText, textlimit::reason);
}

} // namespace

RuleIssues checkClient(const Client &client)
{
    RuleIssues issues;
    if (client.id.isEmpty()) {
        issues.push_back(dataError(QStringLiteral("id"),
            QCoreApplication::translate("mestring", "The client has no id.")));
    }
    checkTextLengths(client, issues);
    if (client.anonymous) {
        checkAnonymous(client, issues);
        return issues;
    }
    if (client.firstName.trimmed().isEmpty() && client.lastName.trimmed().isEmpty()) {
        issues.push_back(dataError(QStringLiteral("first_name"),
            QCoreApplication::translate("mestring",
                "The client has no name. Enter a first or last name, "
                "or register the client as anonymous.")));
    }
    checkCpr(client, issues);
    return issues;
}

RuleIssues checkCprUnique(const Client &client, std::span<const Client> otherClients)
{
    if (client.cpr.isEmpty()) return {};
    const QString cpr = normalizedCpr(client.cpr);
    for (const Client &other : otherClients) {
        if (other.id == client.id || other.cpr.isEmpty() || normalizedCpr(other.cpr) != cpr)
            continue;
        // The name, not the internal id: staff know the person, and can open them instead.
        const QString name = other.displayName().isEmpty() ? other.id : other.displayName();
        return {dataError(QStringLiteral("cpr"),
            QCoreApplication::translate("mestring",
                "%1 is already registered with this CPR number. Open that client instead of "
                "creating a new one.")
                .arg(name))};
    }
    return {};
}

} // namespace mestring::core
