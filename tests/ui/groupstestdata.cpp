#include "groupstestdata.h"

#include "core/services/serviceset.h"

namespace mestring::test {

QString GroupTestData::clientCourse(const QString &first, const QString &last, int sequence)
{
    const core::Client client
        = data.addClient(first, last, QDate(1980, 1, 1 + sequence % 28), 1235 + sequence * 11);
    return addCourse(data, client.id, QDate(2025, 1, 6)).id;
}

QString GroupTestData::group(int capacity, int sessions, int firstOffset, const QString &name)
{
    core::GroupCourse g;
    g.name = name;
    g.type = core::GroupType::Psychoeducation;
    g.leaders = {data.therapist.staffId, leader.staffId};
    g.capacity = capacity;
    g.rolling = true;
    for (int i = 0; i < sessions; ++i) {
        g.sessions.push_back({QString(), today.addDays(firstOffset + 7 * i), QTime(10, 0),
            QStringLiteral("Emne %1").arg(i + 1)});
    }
    return groups().create(data.therapist, g).id;
}

} // namespace mestring::test
