#include "demogenerator.h"

#include "core/demo/demoabsences.h"
#include "core/demo/demoappointments.h"
#include "core/demo/democlients.h"
#include "core/demo/democontext.h"
#include "core/demo/democourses.h"
#include "core/demo/demodispensings.h"
#include "core/demo/demofeedback.h"
#include "core/demo/demogroups.h"
#include "core/demo/demonotes.h"
#include "core/demo/demoplans.h"
#include "core/demo/demoprescriptions.h"
#include "core/demo/demostaff.h"
#include "core/demo/demotargets.h"

namespace mestring::core {

namespace {

using namespace demo;

/// One client and everything about them, drawn from the client's own random stream.
void addClientRecords(DemoContext &ctx, DemoRandom &rng, const QDate &firstRequest, bool pending)
{
    ClientMarks marks;
    marks.courses = int(ctx.data.courses.size());
    marks.appointments = int(ctx.data.appointments.size());
    marks.assessments = int(ctx.data.assessments.size());
    const int client = addClient(ctx, rng, firstRequest);
    addCourses(ctx, rng, client, firstRequest, pending);
    addAbsences(ctx, rng, client, marks.courses);
    const int courseEnd = int(ctx.data.courses.size());
    for (int c = marks.courses; c < courseEnd; ++c) {
        addGoals(ctx, rng, c);
        addAssessments(ctx, rng, c);
        addPrescriptions(ctx, rng, c);
    }
    for (int c = marks.courses; c < courseEnd; ++c)
        addAppointments(ctx, rng, c);
    for (int c = marks.courses; c < courseEnd; ++c)
        addDispensings(ctx, rng, c);
    addNotes(ctx, rng, client, marks);
}

void reserve(Dataset &data, DemoSize size)
{
    const std::size_t scale = size == DemoSize::Large ? 16 : size == DemoSize::Medium ? 2 : 0;
    if (scale == 0) return;
    data.appointments.reserve(32'000 * scale);
    data.dispensings.reserve(64'000 * scale);
    data.notes.reserve(13'000 * scale);
    data.assessments.reserve(4'000 * scale);
    data.goals.reserve(2'500 * scale);
}

} // namespace

QString demoSizeCode(DemoSize size)
{
    switch (size) {
    case DemoSize::Small:
        return QStringLiteral("small");
    case DemoSize::Medium:
        return QStringLiteral("medium");
    case DemoSize::Large:
        return QStringLiteral("large");
    }
    return QString();
}

std::optional<DemoSize> parseDemoSize(QStringView code)
{
    for (DemoSize size : {DemoSize::Small, DemoSize::Medium, DemoSize::Large}) {
        if (code.compare(demoSizeCode(size), Qt::CaseInsensitive) == 0) return size;
    }
    return std::nullopt;
}

Dataset generateDemo(DemoSize size, quint32 seed, const QDate &today)
{
    Dataset data;
    reserve(data, size);
    DemoContext ctx(size, seed, today, data);
    addStaff(ctx);
    const int clients = ctx.params.clients;
    const int span = int(ctx.spanStart.daysTo(today));
    const int pendingEvery = clients / std::max(1, ctx.params.pendingRequests);
    for (int i = 0; i < clients; ++i) {
        DemoRandom rng = ctx.root.fork(quint64(i) + 1);
        // A few clients asked 10-16 days ago and have not started: the guarantee warning.
        const bool pending
            = i % pendingEvery == pendingEvery / 2 && i / pendingEvery < ctx.params.pendingRequests;
        int offset = rng.uniform(0, span - 1);
        if (ctx.params.recentBias) offset = std::max(offset, rng.uniform(0, span - 1));
        const QDate first
            = pending ? today.addDays(-rng.uniform(10, 16)) : ctx.spanStart.addDays(offset);
        addClientRecords(ctx, rng, first, pending);
    }
    addGroups(ctx);
    addTargets(ctx);
    addFeedback(ctx);
    addWaitingLists(ctx);
    addRegistryReports(ctx);
    return data;
}

} // namespace mestring::core
