#include "democlients.h"

#include "core/demo/demonames.h"

namespace mestring::core::demo {

namespace {

QDate birthDate(DemoRandom &rng, const QDate &firstRequest, bool youth)
{
    int age = 0;
    if (youth) {
        age = rng.uniform(15, 24);
    } else {
        static const int bands[][2] = {{25, 34}, {35, 44}, {45, 54}, {55, 64}, {65, 75}};
        const auto &band = bands[rng.weighted({30, 28, 24, 13, 5})];
        age = rng.uniform(band[0], band[1]);
    }
    return firstRequest.addYears(-age - 1).addDays(rng.uniform(1, 364));
}

QString uniqueNumber(
    DemoContext &ctx, DemoRandom &rng, const Client &client, bool ecpr, bool passMod11)
{
    for (;;) {
        const QString number = ecpr ? makeEcpr(rng, client.birthDate, *client.sex)
                                    : makeCpr(rng, client.birthDate, *client.sex, passMod11);
        if (!ctx.usedCprs.contains(number)) {
            ctx.usedCprs.insert(number);
            return number;
        }
    }
}

void fillIdentity(DemoContext &ctx, DemoRandom &rng, Client &client)
{
    const bool ecpr = ctx.decide(Feature::Ecpr, 25, rng);
    const bool passMod11 = ecpr || !ctx.decide(Feature::Mod11Failure, 40, rng);
    client.cpr = uniqueNumber(ctx, rng, client, ecpr, passMod11);
    client.firstName = rng.pick(*client.sex == Sex::Female ? femaleFirstNames() : maleFirstNames());
    client.lastName = rng.pick(lastNames());
    if (rng.chance(60))
        client.lastName = rng.pick(lastNames()) + QLatin1Char(' ') + client.lastName;
}

void fillContact(DemoContext &ctx, DemoRandom &rng, Client &client, const QDate &firstRequest)
{
    const Municipality &m = randomMunicipality(rng);
    client.municipality = m.name;
    if (rng.chance(900)) {
        client.address = rng.pick(streetNames()) + QLatin1Char(' ')
            + QString::number(rng.uniform(1, 140)) + QStringLiteral(", ") + m.postcode
            + QLatin1Char(' ') + m.town;
    }
    if (rng.chance(850)) client.phone = makePhone(rng);
    if (rng.chance(600)) {
        static const std::vector<QString> consents = {
            QStringLiteral("Egen læge"),
            QStringLiteral("Egen læge og jobcenter"),
            QStringLiteral("Jobcenter og sagsbehandler i socialforvaltningen"),
            QStringLiteral("Kriminalforsorgen"),
            QStringLiteral("Psykiatrien og egen læge"),
            QStringLiteral("Forældre"),
        };
        client.consentText = rng.pick(consents);
        client.consentDate = minDate(firstRequest.addDays(rng.uniform(0, 14)), ctx.today);
    }
}

} // namespace

int addClient(DemoContext &ctx, DemoRandom &rng, const QDate &firstRequest)
{
    Client client;
    client.id = ctx.nextId(IdKind::Client);
    client.anonymous = ctx.decide(Feature::Anonymous, 60, rng);
    ClientInfo info;
    info.youth = !client.anonymous && ctx.decide(Feature::Youth, 120, rng);
    info.children = !info.youth && !client.anonymous && ctx.decide(Feature::Children, 300, rng);
    // `other` only for anonymous clients: with a CPR number the sex follows from the number.
    const bool otherFirst = client.anonymous && !ctx.covers.sex.seen(Sex::Other);
    client.sex = ctx.covers.sex.pick(rng,
        otherFirst             ? Cover<Sex>::Weights {0, 0, 1}
            : client.anonymous ? Cover<Sex>::Weights {30, 55, 15}
                               : Cover<Sex>::Weights {35, 65, 0});
    if (client.anonymous) {
        client.alias = QStringLiteral("Anonym ") + QString::number(client.id.mid(1).toInt());
        client.municipality = randomMunicipality(rng).name;
    } else {
        client.birthDate = birthDate(rng, firstRequest, info.youth);
        fillIdentity(ctx, rng, client);
        fillContact(ctx, rng, client, firstRequest);
    }
    ctx.data.clients.push_back(std::move(client));
    ctx.clients.push_back(std::move(info));
    return int(ctx.data.clients.size()) - 1;
}

} // namespace mestring::core::demo
