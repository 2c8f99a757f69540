#include "demonames.h"

namespace mestring::core::demo {

namespace {

std::vector<QString> toStrings(std::initializer_list<const char16_t *> words)
{
    std::vector<QString> out;
    out.reserve(words.size());
    for (const char16_t *w : words)
        out.push_back(QString::fromUtf16(w));
    return out;
}

constexpr std::array<int, 10> mod11Weights {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};

int weightedSum(const std::array<int, 10> &digits, int upTo)
{
    int sum = 0;
    for (int i = 0; i < upTo; ++i)
        sum += digits[std::size_t(i)] * mod11Weights[std::size_t(i)];
    return sum;
}

/// The 7th digits that, with this two-digit year, give the birth year's century.
std::vector<int> seventhDigits(int year)
{
    const int yy = year % 100;
    if (year < 1900) return yy > 57 ? std::vector<int> {5, 6, 7, 8} : std::vector<int> {};
    if (year < 2000)
        return yy > 36 ? std::vector<int> {0, 1, 2, 3, 4, 9} : std::vector<int> {0, 1, 2, 3};
    std::vector<int> digits;
    if (yy <= 36) digits = {4, 9};
    if (yy <= 57) digits.insert(digits.end(), {5, 6, 7, 8});
    return digits;
}

QString digitsToString(const std::array<int, 10> &digits)
{
    QString s(10, Qt::Uninitialized);
    for (int i = 0; i < 10; ++i)
        s[i] = QLatin1Char(char('0' + digits[std::size_t(i)]));
    return s;
}

} // namespace

const std::vector<QString> &femaleFirstNames()
{
    static const std::vector<QString> names
        = toStrings({u"Anne", u"Kirsten", u"Hanne", u"Mette", u"Anna", u"Helle", u"Susanne",
            u"Lene", u"Maria", u"Marianne", u"Lone", u"Camilla", u"Pia", u"Louise", u"Charlotte",
            u"Inge", u"Bente", u"Tina", u"Gitte", u"Karen", u"Ida", u"Emma", u"Julie", u"Sofie",
            u"Laura", u"Mathilde", u"Freja", u"Caroline", u"Maja", u"Line", u"Birgitte", u"Jette",
            u"Rikke", u"Dorthe", u"Trine", u"Malene", u"Signe", u"Katrine", u"Ulla", u"Lise",
            u"Stine", u"Cecilie", u"Sanne", u"Nanna", u"Josefine", u"Astrid", u"Birthe", u"Jytte",
            u"Tove", u"Grethe", u"Else", u"Åse", u"Søs", u"Bodil", u"Kæthe", u"Mie", u"Sørine"});
    return names;
}

const std::vector<QString> &maleFirstNames()
{
    static const std::vector<QString> names = toStrings({u"Peter", u"Jens", u"Lars", u"Michael",
        u"Henrik", u"Søren", u"Thomas", u"Jan", u"Niels", u"Christian", u"Martin", u"Jørgen",
        u"Hans", u"Anders", u"Morten", u"Jesper", u"Ole", u"Rasmus", u"Per", u"Kim", u"Mads",
        u"Erik", u"Klaus", u"Poul", u"Frederik", u"Mikkel", u"Bo", u"Torben", u"Kasper", u"Steen",
        u"Jakob", u"Brian", u"Allan", u"Kenneth", u"Nikolaj", u"Simon", u"Bjarne", u"Carsten",
        u"Tobias", u"Mathias", u"Emil", u"Jonas", u"Oliver", u"William", u"Lucas", u"Magnus",
        u"Flemming", u"Kristian", u"Bent", u"Preben", u"Jørn", u"Svend", u"Knud", u"Rune", u"René",
        u"Dennis", u"Johnny", u"Bjørn", u"Carl", u"Åge"});
    return names;
}

const std::vector<QString> &lastNames()
{
    static const std::vector<QString> names = toStrings(
        {u"Nielsen", u"Jensen", u"Hansen", u"Pedersen", u"Andersen", u"Christensen", u"Larsen",
            u"Sørensen", u"Rasmussen", u"Jørgensen", u"Petersen", u"Madsen", u"Kristensen",
            u"Olsen", u"Thomsen", u"Christiansen", u"Poulsen", u"Johansen", u"Møller", u"Mortensen",
            u"Knudsen", u"Jakobsen", u"Mikkelsen", u"Olesen", u"Frederiksen", u"Laursen",
            u"Henriksen", u"Lund", u"Schmidt", u"Holm", u"Eriksen", u"Kristiansen", u"Nissen",
            u"Clausen", u"Simonsen", u"Svendsen", u"Andreasen", u"Iversen", u"Jeppesen",
            u"Mogensen", u"Jespersen", u"Nørgaard", u"Vestergaard", u"Lauridsen", u"Kjær", u"Bach",
            u"Dahl", u"Berg", u"Bisgaard", u"Søndergaard", u"Østergaard", u"Dam", u"Toft", u"Friis",
            u"Bruun", u"Krogh", u"Vinther", u"Høj", u"Kjeldsen", u"Damgaard", u"Thygesen",
            u"Lindholm", u"Juhl", u"Skov", u"Brandt", u"Mølgaard", u"Højgaard", u"Bækgaard"});
    return names;
}

const std::vector<QString> &streetNames()
{
    static const std::vector<QString> names = toStrings(
        {u"Søndergade", u"Nørregade", u"Vestergade", u"Østergade", u"Skolevej", u"Kirkevej",
            u"Stationsvej", u"Møllevej", u"Bakkevej", u"Engvej", u"Ringvejen", u"Parkvej",
            u"Skovvej", u"Vibevej", u"Lærkevej", u"Fasanvej", u"Birkevej", u"Åboulevarden",
            u"Sankt Mogens Gade", u"Gl. Skivevej", u"Rughavevej", u"Tværgade", u"Ågade"});
    return names;
}

const std::vector<Municipality> &municipalities()
{
    static const std::vector<Municipality> list = [] {
        struct Row
        {
            const char16_t *name, *town, *postcode;
            int weight;
        };
        const Row rows[] = {
            {u"Viborg", u"Viborg", u"8800", 40},
            {u"Viborg", u"Bjerringbro", u"8850", 6},
            {u"Viborg", u"Karup J", u"7470", 3},
            {u"Skive", u"Skive", u"7800", 10},
            {u"Silkeborg", u"Silkeborg", u"8600", 8},
            {u"Herning", u"Herning", u"7400", 6},
            {u"Holstebro", u"Holstebro", u"7500", 5},
            {u"Aarhus", u"Aarhus C", u"8000", 4},
            {u"Randers", u"Randers C", u"8900", 5},
            {u"Favrskov", u"Hinnerup", u"8382", 2},
            {u"Struer", u"Struer", u"7600", 2},
            {u"Lemvig", u"Lemvig", u"7620", 1},
            {u"Ikast-Brande", u"Ikast", u"7430", 2},
            {u"Mariagerfjord", u"Hobro", u"9500", 2},
            {u"Ringkøbing-Skjern", u"Ringkøbing", u"6950", 1},
            {u"Norddjurs", u"Grenå", u"8500", 1},
            {u"Syddjurs", u"Ebeltoft", u"8400", 1},
            {u"Vesthimmerlands", u"Aars", u"9600", 1},
            {u"Skanderborg", u"Skanderborg", u"8660", 1},
        };
        std::vector<Municipality> out;
        for (const Row &r : rows)
            out.push_back({QString::fromUtf16(r.name), QString::fromUtf16(r.town),
                QString::fromUtf16(r.postcode), r.weight});
        return out;
    }();
    return list;
}

const Municipality &randomMunicipality(DemoRandom &rng)
{
    const auto &list = municipalities();
    std::vector<int> weights;
    weights.reserve(list.size());
    for (const Municipality &m : list)
        weights.push_back(m.weight);
    return list[std::size_t(rng.weighted(weights.data(), weights.size()))];
}

QString makeCpr(DemoRandom &rng, const QDate &birth, Sex sex, bool passMod11)
{
    const std::vector<int> sevenths = seventhDigits(birth.year());
    std::array<int, 10> d {};
    d[0] = birth.day() / 10;
    d[1] = birth.day() % 10;
    d[2] = birth.month() / 10;
    d[3] = birth.month() % 10;
    d[4] = (birth.year() % 100) / 10;
    d[5] = birth.year() % 10;
    const int parity = sex == Sex::Male ? 1 : 0;
    for (;;) {
        d[6] = sevenths[std::size_t(rng.uniform(0, int(sevenths.size()) - 1))];
        d[7] = rng.uniform(0, 9);
        d[8] = rng.uniform(0, 9);
        const int rest = weightedSum(d, 9) % 11;
        if (passMod11) {
            const int last = (11 - rest) % 11; // makes the weighted sum divisible by 11
            if (last < 10 && last % 2 == parity) {
                d[9] = last;
                return digitsToString(d);
            }
        } else {
            d[9] = rng.uniform(0, 4) * 2 + parity;
            if ((rest + d[9]) % 11 != 0) return digitsToString(d);
        }
    }
}

QString makeEcpr(DemoRandom &rng, const QDate &birth, Sex sex)
{
    static const char kinds[] = {'1', '7', '0', '5', '6'};
    const int parity = sex == Sex::Male ? 1 : 0;
    return birth.toString(QStringLiteral("ddMMyy")) + QLatin1Char(kinds[rng.uniform(0, 4)])
        + QLatin1Char(char('A' + rng.uniform(0, 25))) + QLatin1Char(char('A' + rng.uniform(0, 25)))
        + QLatin1Char(char('0' + rng.uniform(0, 4) * 2 + parity));
}

bool passesMod11(const QString &cpr)
{
    if (cpr.size() != 10) return false;
    std::array<int, 10> d {};
    for (int i = 0; i < 10; ++i) {
        if (!cpr[i].isDigit()) return false;
        d[std::size_t(i)] = cpr[i].digitValue();
    }
    return weightedSum(d, 10) % 11 == 0;
}

QString makePhone(DemoRandom &rng)
{
    static const int prefixes[] = {20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 40, 41, 42, 50,
        51, 52, 53, 60, 61, 71, 81, 91, 93};
    const int prefix = prefixes[rng.uniform(0, int(std::size(prefixes)) - 1)];
    return QStringLiteral("%1 %2 %3 %4")
        .arg(prefix)
        .arg(rng.uniform(0, 99), 2, 10, QLatin1Char('0'))
        .arg(rng.uniform(0, 99), 2, 10, QLatin1Char('0'))
        .arg(rng.uniform(0, 99), 2, 10, QLatin1Char('0'));
}

} // namespace mestring::core::demo
