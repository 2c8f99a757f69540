// mestring-cli staff list|add|passwd|unlock|deactivate|reactivate|change --db PATH ...
// Staff accounts from scripts: the same StaffService (rules, access log) as Administration.
#include "command.h"
#include "commandline.h"
#include "core/domain/clock.h"
#include "core/services/accesslog.h"
#include "core/services/servercredentialstore.h"
#include "core/services/permissions.h"
#include "core/services/serviceerrors.h"
#include "core/services/staffservice.h"
#include "issueprinting.h"

namespace mestring::cli {

namespace {

struct StaffContext
{
    explicit StaffContext(const QString &command, const QString &path)
        : db(openDatabase(command, path, core::Database::OpenMode::MustExist))
        , log(*db, clock)
        , credentials(core::credentialStoreFor(*db))
        , staff(*db, log, *credentials, clock)
    {
    }

    std::unique_ptr<core::Database> db;
    const core::Clock clock;
    core::AccessLog log;
    std::unique_ptr<core::CredentialStore> credentials; // on a server: its logins
    core::StaffService staff;
    const core::Actor actor = core::Actor::system();
};

QString statusWords(const core::StaffAccount &account, const QDateTime &now)
{
    QStringList words {account.member.active ? QStringLiteral("active")
                                             : QStringLiteral("inactive")};
    const core::AccountStatus &s = account.status;
    if (!s.hasPassword) words << QStringLiteral("no-password");
    if (s.mustChange) words << QStringLiteral("must-change-password");
    if (s.isLockedAt(now)) {
        words << QStringLiteral("locked-until-")
                + core::Clock::centreTime(s.lockedUntil).toString(QStringLiteral("HH:mm"));
    }
    return words.join(QLatin1Char(','));
}

// The staff member named on the command line, by username (any case) or by id.
core::StaffMember find(StaffContext &ctx, const CommandLine &cl)
{
    const QString who = cl.required(QStringLiteral("user")).trimmed();
    for (const core::StaffMember &m : ctx.staff.list(ctx.actor, true)) {
        if (m.username.compare(who, Qt::CaseInsensitive) == 0 || m.id == who) return m;
    }
    throw CliError {QStringLiteral("mestring-cli: staff: ")
        + tr("there is no staff member with the username or id '%1'. 'mestring-cli staff list' "
             "shows them.")
              .arg(who)};
}

core::Role roleOption(const CommandLine &cl)
{
    const QString code = cl.required(QStringLiteral("role"));
    if (const auto role = core::parseEnum<core::Role>(code)) return *role;
    throw cl.usageError(tr("--role must be one of %1, not '%2'.")
                            .arg(core::enumCodes<core::Role>().join(QStringLiteral(", ")), code));
}

const char *const roleHelp = "The role: therapist, family_therapist, nurse, doctor, intake, "
                             "coordinator, manager or admin_staff.";

int list(StaffContext &ctx, const CommandLine &)
{
    QString text = QStringLiteral("username\tname\trole\tteam\tstatus\n");
    for (const core::StaffAccount &a : ctx.staff.accounts(ctx.actor)) {
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                    .arg(a.member.username, a.member.name, core::enumCode(a.member.role),
                        a.member.team, statusWords(a, ctx.clock.now()));
    }
    printOut(text);
    return ExitOk;
}

int add(StaffContext &ctx, const CommandLine &cl)
{
    core::StaffMember member;
    member.username = cl.required(QStringLiteral("username"));
    member.name = cl.required(QStringLiteral("name"));
    member.role = roleOption(cl);
    member.team = cl.value(QStringLiteral("team"));
    const QString password = cl.hasPassword() ? cl.password() : QString();
    ctx.staff.create(ctx.actor, member, password);
    printOut(password.isEmpty()
            ? tr("Created the account '%1'. It has no password yet: set one with 'mestring-cli "
                 "staff passwd'.\n")
                  .arg(member.username)
            : tr("Created the account '%1'. At the first login the password must be changed.\n")
                  .arg(member.username));
    return ExitOk;
}

int passwd(StaffContext &ctx, const CommandLine &cl)
{
    const core::StaffMember member = find(ctx, cl);
    ctx.staff.resetPassword(ctx.actor, member.id, cl.password());
    printOut(tr("Set a temporary password for '%1'; it must be changed at the next login.\n")
                 .arg(member.username));
    return ExitOk;
}

int unlock(StaffContext &ctx, const CommandLine &cl)
{
    const core::StaffMember member = find(ctx, cl);
    printOut(ctx.staff.unlock(ctx.actor, member.id)
            ? tr("Unlocked the account '%1'.\n").arg(member.username)
            : tr("The account '%1' was not locked; nothing was changed.\n").arg(member.username));
    return ExitOk;
}

int setActive(StaffContext &ctx, const CommandLine &cl, bool active)
{
    const core::StaffMember member = find(ctx, cl);
    ctx.staff.setActive(ctx.actor, member.id, active);
    printOut((active ? tr("Reactivated '%1'.\n") : tr("Deactivated '%1': they can no longer log "
                                                      "in; their records keep their name.\n"))
                 .arg(member.name));
    return ExitOk;
}

int change(StaffContext &ctx, const CommandLine &cl)
{
    core::StaffMember member = find(ctx, cl);
    if (cl.isSet(QStringLiteral("role"))) member.role = roleOption(cl);
    if (cl.isSet(QStringLiteral("team"))) member.team = cl.value(QStringLiteral("team"));
    if (cl.isSet(QStringLiteral("name"))) member.name = cl.value(QStringLiteral("name"));
    ctx.staff.update(ctx.actor, member);
    printOut(tr("Changed '%1'.\n").arg(member.name));
    return ExitOk;
}

struct Subcommand
{
    const char *name;
    const char *usage;
    const char *description;
    int (*run)(StaffContext &, const CommandLine &);
    void (*options)(CommandLine &);
};

void userOption(CommandLine &cl)
{
    cl.addValueOption(QStringLiteral("user"), QStringLiteral("WHO"),
        "The staff member's username (or id, for one without a username).");
}

const Subcommand subcommands[] = {
    {"list", "--db PATH",
        "Lists every staff member, former ones too, tab-separated: username, name, role, team "
        "and status (active or inactive, no-password, must-change-password, locked-until-HH:MM).",
        &list, [](CommandLine &) {}},
    {"add", "--db PATH --username NAME --name \"FULL NAME\" --role ROLE [--team TEAM] "
            "[--password-stdin | --password-file FILE]",
        "Creates a staff account. With a password (a temporary one) the new staff member logs "
        "in with it once and must then choose their own; without, they cannot log in until "
        "'staff passwd' sets one.",
        &add,
        [](CommandLine &cl) {
            cl.addValueOption(QStringLiteral("username"), QStringLiteral("NAME"),
                "The username to log in with (letters, digits, '.', '-', '_').");
            cl.addValueOption(QStringLiteral("name"), QStringLiteral("FULL NAME"),
                "The staff member's full name.");
            cl.addValueOption(QStringLiteral("role"), QStringLiteral("ROLE"), roleHelp);
            cl.addValueOption(
                QStringLiteral("team"), QStringLiteral("TEAM"), "The team, e.g. Alkoholteam.");
            cl.addPasswordOptions();
        }},
    {"passwd", "--db PATH --user WHO (--password-stdin | --password-file FILE)",
        "Sets a temporary password that the staff member must change at the next login, and "
        "lifts a lock. For imported staff, who have no password, this is the first one.",
        &passwd,
        [](CommandLine &cl) {
            userOption(cl);
            cl.addPasswordOptions();
        }},
    {"unlock", "--db PATH --user WHO",
        "Unlocks an account locked after too many wrong passwords; the password stays.", &unlock,
        &userOption},
    {"deactivate", "--db PATH --user WHO",
        "Deactivates an account: the staff member can no longer log in. Nothing about them is "
        "deleted; records keep naming them.",
        [](StaffContext &ctx, const CommandLine &cl) { return setActive(ctx, cl, false); },
        &userOption},
    {"reactivate", "--db PATH --user WHO", "Lets a deactivated staff member log in again.",
        [](StaffContext &ctx, const CommandLine &cl) { return setActive(ctx, cl, true); },
        &userOption},
    {"change", "--db PATH --user WHO [--role ROLE] [--team TEAM] [--name \"FULL NAME\"]",
        "Changes a staff member's role, team or name. --team \"\" takes them out of their team.",
        &change,
        [](CommandLine &cl) {
            userOption(cl);
            cl.addValueOption(QStringLiteral("role"), QStringLiteral("ROLE"), roleHelp);
            cl.addValueOption(QStringLiteral("team"), QStringLiteral("TEAM"), "The new team.");
            cl.addValueOption(
                QStringLiteral("name"), QStringLiteral("FULL NAME"), "The corrected name.");
        }},
};

void printStaffHelp()
{
    QString text = tr("Usage: mestring-cli staff SUBCOMMAND --db PATH [options]\n\n"
                      "Staff accounts, as a manager manages them in Administration; every "
                      "change is in the access log (as 'system'). Passwords are read from "
                      "standard input or a file, never from the command line.\n\n"
                      "Subcommands:\n");
    for (const Subcommand &s : subcommands)
        text += QStringLiteral("  %1  %2\n").arg(QLatin1StringView(s.name), -10)
                    .arg(QLatin1StringView(s.usage));
    text += tr("\nRun 'mestring-cli staff SUBCOMMAND --help' for the options of one.\n"
               "Exit codes: 0 done, 1 refused (the message says why), 2 wrong arguments.\n");
    printOut(text);
}

int runStaff(const QStringList &arguments)
{
    const QString name = arguments.value(0);
    if (name.isEmpty()) {
        throw CliError {tr("mestring-cli: staff: no subcommand given. Run 'mestring-cli staff "
                           "--help' for the subcommands."),
            ExitUsage};
    }
    if (name == QLatin1StringView("--help") || name == QLatin1StringView("-h")) {
        printStaffHelp();
        return ExitOk;
    }
    for (const Subcommand &s : subcommands) {
        if (name != QLatin1StringView(s.name)) continue;
        const QByteArray command = QByteArray("staff ") + s.name;
        CommandLine cl(command.constData(), s.usage, s.description);
        cl.addValueOption(QStringLiteral("db"), QStringLiteral("PATH"), "The database file.");
        s.options(cl);
        if (!cl.parse(arguments.mid(1), 0)) return ExitOk;
        const QString what = QString::fromLatin1(command);
        StaffContext ctx(what, cl.required(QStringLiteral("db")));
        try {
            return s.run(ctx, cl);
        } catch (const core::RuleViolation &e) {
            throw CliError {refusal(what, e.issues()) + QLatin1Char(' ') + tr("Nothing was changed.")};
        } catch (const core::ServiceError &e) {
            throw CliError {QStringLiteral("mestring-cli: ") + what + QStringLiteral(": ")
                + e.message()};
        } catch (const CliError &) {
            throw;
        } catch (const std::exception &e) {
            throw CliError {storageFailure(what, e)};
        }
    }
    throw CliError {tr("mestring-cli: staff: unknown subcommand '%1'. Run 'mestring-cli staff "
                       "--help' for the subcommands.")
                        .arg(name),
        ExitUsage};
}

const CommandRegistration registration {{"staff",
    QT_TRANSLATE_NOOP("mestring",
        "Staff accounts: list, add, passwd, unlock, deactivate, reactivate, change."),
    runStaff}};

} // namespace

} // namespace mestring::cli
