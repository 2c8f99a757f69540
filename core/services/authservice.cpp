#include "authservice.h"

#include <sodium.h>

#include <QCoreApplication>
#include <QDateTime>

#include "core/domain/clock.h"
#include "accesslog.h"
#include "core/storage/database.h"
#include "core/storage/staffrepository.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "permissions.h"
#include "serviceerrors.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

void ensureSodium()
{
    if (sodium_init() < 0) throw StorageError(tr("The password library could not start."));
}

} // namespace

AuthService::AuthService(const Database &db, AccessLog &log, const Clock &clock)
    : m_db(db)
    , m_log(log)
    , m_clock(clock)
{
    ensureSodium();
}

QString AuthService::hashPassword(const QString &password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        throw StorageError(tr("There was not enough memory to protect the password. Close other "
                              "programs and try again."));
    }
    return QString::fromLatin1(out);
}

bool AuthService::passwordMatches(const QString &encodedHash, const QString &password)
{
    if (encodedHash.isEmpty()) return false;
    ensureSodium();
    const QByteArray stored = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size()))
        == 0;
}

AuthService::LoginResult AuthService::login(const QString &username, const QString &password)
{
    StaffRepository staff(m_db);
    const std::optional<StaffMember> member = staff.byUsername(username.trimmed());
    if (!member) return refuse(QString(), username);
    const Credentials credentials = staff.credentials(member->id);
    const QDateTime now = m_clock.now();
    if (credentials.lockedUntil.isValid() && credentials.lockedUntil > now) {
        // Tries while locked are logged too: a run of them is what an attack looks like.
        Actor someone {member->id, username, member->role, false};
        m_log.record(someone, AccessKind::LoginFailed, QString(),
            QStringLiteral("account locked until ")
                + credentials.lockedUntil.toString(Qt::ISODate));
        return {LoginStatus::Locked, std::nullopt,
            tr("The account is locked after too many wrong passwords. Try again after %1, "
               "or ask your manager to set a new password.")
                .arg(Clock::centreTime(credentials.lockedUntil).toString(QStringLiteral("HH:mm")))};
    }
    if (!passwordMatches(credentials.passwordHash, password)) return refuse(member->id, username);
    if (!member->active) {
        return {LoginStatus::Inactive, std::nullopt,
            tr("This account is no longer active. Ask your manager.")};
    }
    const Actor actor = Actor::fromStaff(*member);
    Transaction transaction(m_db);
    staff.setLoginState(member->id, 0, QDateTime());
    m_log.appendInTransaction(actor, AccessKind::Login, QString(), QString(), QString());
    transaction.commit();
    return {LoginStatus::Ok, actor, QString()};
}

AuthService::LoginResult AuthService::refuse(const QString &staffId, const QString &username)
{
    const QString wrong = tr("The username or password is wrong. Check them (is Caps Lock on?) "
                             "and try again.");
    Actor someone {
        staffId.isEmpty() ? QStringLiteral("unknown") : staffId, username, Role::Therapist, false};
    Transaction transaction(m_db);
    m_log.appendInTransaction(someone, AccessKind::LoginFailed, QString(), username, QString());
    LoginResult result {LoginStatus::WrongCredentials, std::nullopt, wrong};
    if (!staffId.isEmpty()) {
        StaffRepository staff(m_db);
        const int failed = staff.credentials(staffId).failedLogins + 1;
        QDateTime lockedUntil;
        if (failed >= maxFailedLogins) {
            lockedUntil = m_clock.now().addSecs(lockMinutes * 60);
            m_log.appendInTransaction(
                someone, AccessKind::AccountLocked, QString(), QString(), QString());
            result = {LoginStatus::Locked, std::nullopt,
                tr("The password was wrong %1 times. The account is locked for %2 "
                   "minutes; your manager can set a new password.")
                    .arg(failed)
                    .arg(lockMinutes)};
        }
        staff.setLoginState(staffId, failed >= maxFailedLogins ? 0 : failed, lockedUntil);
    }
    transaction.commit();
    return result;
}

bool AuthService::verify(const Actor &actor, const QString &password)
{
    StaffRepository staff(m_db);
    return passwordMatches(staff.credentials(actor.staffId).passwordHash, password);
}

AuthService::LoginResult AuthService::unlock(const Actor &actor, const QString &password)
{
    const std::optional<StaffMember> member = StaffRepository(m_db).byId(actor.staffId);
    if (!member || member->username.isEmpty()) return refuse(actor.staffId, QString());
    return login(member->username, password);
}

void AuthService::setPassword(const Actor &actor, const QString &staffId, const QString &password)
{
    if (actor.staffId != staffId) requirePermission(actor, Permission::ManageStaff);
    if (password.size() < minPasswordLength) {
        throw RuleViolation({{RuleIssue::Severity::Error, QStringLiteral("password"),
            tr("The password must have at least %1 characters.").arg(minPasswordLength)}});
    }
    StaffRepository staff(m_db);
    if (!staff.byId(staffId))
        throw NotFound(tr("There is no staff member with id %1.").arg(staffId));
    const QString hash = hashPassword(password);
    Transaction transaction(m_db);
    staff.setPasswordHash(staffId, hash);
    m_log.appendInTransaction(actor, AccessKind::Change, QString(), QString(),
        QStringLiteral("password of staff %1").arg(staffId));
    transaction.commit();
}

} // namespace mestring::core
