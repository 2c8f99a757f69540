#pragma once

#include <QString>

#include "core/domain/client.h"
#include "core/services/actor.h"
#include "core/services/serviceset.h"
#include "core/storage/database.h"
#include "ui/services.h"

namespace mestring::test {

/// A fresh (in-memory) database with every migration applied, the services the GUI uses and
/// one therapist who can log in ("anne" / password()). Each instance has its own connection.
class UiTestDatabase
{
public:
    enum class Content { WithTherapist, Empty };

    explicit UiTestDatabase(Content content = Content::WithTherapist);
    /// The same in a database file at `file` (created), for pages whose workers open a
    /// connection of their own.
    explicit UiTestDatabase(const QString &file, Content content = Content::WithTherapist);
    ~UiTestDatabase();

    static QString password() { return QStringLiteral("korrekt-hest-42"); }

    /// Adds a staff member with a login; returns the actor for them.
    core::Actor addStaff(
        const QString &id, const QString &name, core::Role role, const QString &username);
    /// Adds a client through ClientService (rules and access log as in the program). The
    /// CPR number is derived from the birth date and `sequence`.
    core::Client addClient(const QString &firstName, const QString &lastName,
        const QDate &birthDate, int sequence,
        const QString &municipality = QStringLiteral("Viborg"));
    core::Client addAnonymousClient(const QString &alias);
    /// `count` clients with generated Danish names, written in one transaction straight
    /// through the repository (fast enough for thousands).
    void addGeneratedClients(int count);

    ui::Services services() { return ui::Services::of(set); }
    /// The services' clock stops at 10:00 on `day`: "today" for every service.
    void setToday(const QDate &day) { set.clock.set(QDateTime(day, QTime(10, 0))); }

    core::Database db;
    core::ServiceSet set;
    // Shorthands for the services tests use most.
    core::AccessLog &log;
    core::AuthService &auth;
    core::ClientService &clients;
    core::CourseService &courses;
    core::StaffService &staff;
    core::Actor therapist; // staff id "s1", username "anne" (unset for Content::Empty)
};

/// A CPR number for someone born on `birthDate` (1900-2036), as DDMMYY-SSSS: SSSS is
/// `sequence` when it fits the century rule (e.g. 1235 for a birth in the 1900s).
QString cprFor(const QDate &birthDate, int sequence);

} // namespace mestring::test
