#pragma once

#include <vector>

#include "core/domain/clock.h"
#include "core/services/groupservice.h"
#include "recordtestdata.h"
#include "uitestdatabase.h"

namespace mestring::test {

/// A centre with a therapist (anne, s1), a second leader and clients with open courses, for
/// the group screens' tests.
struct GroupTestData
{
    UiTestDatabase data;
    core::Actor leader = data.addStaff(QStringLiteral("s2"), QStringLiteral("Bo Lind"),
        core::Role::Therapist, QStringLiteral("bo"));
    QDate today = core::Clock().today();

    /// A client "first last" with an open course started long ago; returns the course id.
    QString clientCourse(const QString &first, const QString &last, int sequence);
    /// A group with `capacity` places and weekly sessions at 10:00, the first `firstOffset`
    /// days from today.
    QString group(int capacity, int sessions, int firstOffset,
        const QString &name = QStringLiteral("BASIS forår"));
    core::GroupService &groups() { return data.set.groups; }
};

} // namespace mestring::test
