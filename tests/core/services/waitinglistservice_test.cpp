#include "servicefixture.h"

#include "core/services/waitinglistservice.h"
#include "core/storage/waitinglistrepository.h"

using namespace mestring::core;
using mestring::test::ServiceFixture;

namespace {

const QDate T(2026, 3, 2);

struct WaitingFixture : ServiceFixture
{
    WaitingListService lists {db, log, clock};

    WaitingFixture() { clock.set(QDateTime(T, QTime(9, 0), Qt::OffsetFromUTC, 3600)); }

    QString add(const char *person, const QDate &asked,
        IndividualOffer offer = IndividualOffer::Relatives)
    {
        WaitingListEntry e;
        e.offer = offer;
        e.person = QString::fromUtf8(person);
        e.askedOn = asked;
        return lists.add(intake, e).id;
    }
    QStringList names(bool includeTakenOff = false)
    {
        QStringList result;
        for (const WaitingListItem &item :
            lists.list(intake, IndividualOffer::Relatives, includeTakenOff))
            result << item.name;
        return result;
    }
};

} // namespace

TEST_CASE("People wait in the order they asked, with their waiting time", "[core][services][waiting]")
{
    WaitingFixture f;
    f.add("Bo, 20 00 00 02", T.addDays(-3));
    f.add("Åse, 20 00 00 01", T.addDays(-30));
    f.add("Carl, 20 00 00 03", T.addDays(-3)); // same day: the order they were put on
    f.add("Dorte, 20 00 00 04", T.addDays(-1), IndividualOffer::Family);

    CHECK(f.names() == QStringList {QStringLiteral("Åse, 20 00 00 01"),
        QStringLiteral("Bo, 20 00 00 02"), QStringLiteral("Carl, 20 00 00 03")});
    const std::vector<WaitingListItem> items = f.lists.list(f.coordinator, IndividualOffer::Relatives);
    CHECK(items[0].position == 1);
    CHECK(items[0].waitingDays == 30);
    CHECK(items[2].position == 3);
    const std::vector<OfferState> offers = f.lists.offers(f.manager);
    CHECK(offers[0].offer == IndividualOffer::Relatives);
    CHECK(offers[0].waiting == 3);
    CHECK(offers[1].waiting == 1);
}

TEST_CASE("An existing client waits under their own name and phone", "[core][services][waiting]")
{
    WaitingFixture f;
    WaitingListEntry e;
    e.client = f.addClient(QStringLiteral("Kragh"));
    e.askedOn = T;
    f.lists.add(f.intake, e);
    const std::vector<WaitingListItem> items = f.lists.list(f.intake, IndividualOffer::Relatives);
    REQUIRE(items.size() == 1);
    CHECK(items[0].name == QStringLiteral("Jens Kragh"));
    CHECK(f.logged(QStringLiteral("read"), e.client) == 1);
}

TEST_CASE("Taking someone off keeps the entry with the day and the reason", "[core][services][waiting]")
{
    WaitingFixture f;
    const QString first = f.add("Åse, 20 00 00 01", T.addDays(-30));
    f.add("Bo, 20 00 00 02", T.addDays(-3));
    f.lists.takeOff(f.intake, first, WaitingTakenOffReason::Offered);

    CHECK(f.names() == QStringList {QStringLiteral("Bo, 20 00 00 02")});
    const std::vector<WaitingListItem> all = f.lists.list(f.intake, IndividualOffer::Relatives, true);
    REQUIRE(all.size() == 2);
    CHECK(all[0].position == 1); // Bo is next now
    CHECK(all[1].entry.takenOff == T);
    CHECK(all[1].entry.takenOffReason == WaitingTakenOffReason::Offered);
    CHECK(all[1].position == 0);
    CHECK(all[1].waitingDays == 30);
    f.refusedUnchanged(
        [&] { f.lists.takeOff(f.intake, first, WaitingTakenOffReason::Declined); });
    WaitingListEntry edited = *WaitingListRepository(f.db).byId(first);
    edited.note = QStringLiteral("changed");
    f.refusedUnchanged([&] { f.lists.update(f.intake, edited); });
}

TEST_CASE("Someone asking in the future, nobody, or an unknown client is refused",
    "[core][services][waiting]")
{
    WaitingFixture f;
    WaitingListEntry future;
    future.person = QStringLiteral("Bo");
    future.askedOn = T.addDays(1);
    f.refusedUnchanged([&] { f.lists.add(f.intake, future); });
    WaitingListEntry nobody;
    f.refusedUnchanged([&] { f.lists.add(f.intake, nobody); });
    WaitingListEntry unknown;
    unknown.client = QStringLiteral("c-none");
    f.refusedUnchanged<NotFound>([&] { f.lists.add(f.intake, unknown); });
    const QString bo = f.add("Bo", T);
    f.refusedUnchanged(
        [&] { f.lists.takeOff(f.intake, bo, WaitingTakenOffReason::Declined, T.addDays(1)); });
}

TEST_CASE("Intake staff, coordinators and managers keep the lists; therapists do not",
    "[core][services][waiting]")
{
    WaitingFixture f;
    f.add("Bo", T);
    f.lists.list(f.coordinator, IndividualOffer::Relatives);
    f.lists.list(f.manager, IndividualOffer::Relatives);
    f.refusedUnchanged<PermissionDenied>(
        [&] { f.lists.list(f.therapist, IndividualOffer::Relatives); });
    f.refusedUnchanged<PermissionDenied>([&] { f.lists.offers(f.admin); });
}

TEST_CASE("Coordinators and managers pause and open an offer; intake staff see it",
    "[core][services][waiting]")
{
    WaitingFixture f;
    f.lists.setPaused(f.coordinator, IndividualOffer::Relatives, true);
    OfferState state = f.lists.offers(f.intake).front();
    CHECK(state.paused);
    CHECK(state.pausedSince == T);
    f.refusedUnchanged<PermissionDenied>(
        [&] { f.lists.setPaused(f.intake, IndividualOffer::Relatives, false); });
    f.lists.setPaused(f.manager, IndividualOffer::Relatives, false);
    CHECK_FALSE(f.lists.offers(f.intake).front().paused);
}
