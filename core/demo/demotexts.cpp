#include "demotexts.h"

namespace mestring::core::demo {

namespace {

using Parts = std::vector<const char16_t *>;

struct Template
{
    Parts openings;
    Parts observations;
    Parts plans;
};

const Parts observations = {
    u"Borger møder til tiden og virker motiveret.",
    u"Borger fremstår træt, men samarbejdende.",
    u"Borger fortæller om færre dage med forbrug.",
    u"Borger har haft et tilbagefald og tager selv initiativ til at tale om det.",
    u"Borger er ambivalent over for forandring.",
    u"Borger virker mere stabil end ved sidste samtale.",
    u"Borger beskriver bedre søvn og mere overskud.",
    u"Borger er presset af gæld og har svært ved at fokusere.",
};

const Parts plans = {
    u"Aftalt at føre forbrugsdagbog til næste gang.",
    u"Næste samtale om en uge.",
    u"Vi følger op på delmålene næste gang.",
    u"Borger vil kontakte jobcentret i denne uge.",
    u"Aftalt at invitere pårørende med næste gang.",
    u"Henvist til BASIS-gruppen.",
    u"Planen fastholdes uændret.",
};

const std::vector<Template> &templates()
{
    static const std::vector<Template> list = {
        {{u"Samtale om trang og triggere.", u"Samtale om ugens forbrug.",
             u"Samtale om søvn og døgnrytme.", u"Samtale om økonomi og gæld.",
             u"Samtale om kontakten til familien.", u"Samtale om arbejde og jobcenter.",
             u"Samtale om boligsituationen.", u"Gennemgang af målene i behandlingsplanen.",
             u"Samtale om motivation for at fortsætte.", u"Samtale om netværk og fritid."},
            observations, plans},
        {{u"Familiesamtale med borger og partner.", u"Familiesamtale om hverdagen med børnene.",
             u"Samtale med pårørende om deres egen situation."},
            observations, plans},
        {{u"Opsøgende kontakt på herberget.", u"Mødtes med borger på værestedet.",
             u"Hjemmebesøg hos borger."},
            observations,
            {u"Ny kontakt aftalt i næste uge.", u"Borger vil overveje at komme i centret."}},
        {{u"Telefonsamtale med borger."},
            {u"Borger melder afbud på grund af sygdom; ny tid aftalt.",
                u"Opfølgning efter udeblivelse; borger ønsker at fortsætte.",
                u"Kort samtale om ugens forbrug; ingen akutte problemer.",
                u"Borger spørger til næste gruppegang.", u"Borger fortæller, at det går bedre."},
            {u""}},
        {{u"Borger udeblev fra aftalt samtale."},
            {u"Ringet op uden svar; sms sendt med ny tid.",
                u"Kontakt pr. telefon; borger havde glemt aftalen.",
                u"Brev sendt med tilbud om ny tid."},
            {u""}},
        {{u"Lægesamtale."},
            {u"Dosis fastholdes.", u"Dosis øges efter aftale med borger.",
                u"Dosis reduceres efter borgers ønske.",
                u"Borger informeret om virkning og bivirkninger.",
                u"Halvårlig lægefaglig gennemgang uden ændringer.",
                u"Leverprøver gennemgået; ingen bemærkninger."},
            {u"", u"Ny lægesamtale om tre måneder."}},
        {{u"Sygeplejekonsultation."},
            {u"Blodtryk og vægt målt.", u"Blodprøver taget.", u"Urinprøve taget.",
                u"Samtale om søvn og kost.", u"Sår på underarm set og forbundet."},
            {u"", u"Resultater gennemgås med lægen."}},
        {{u"Statusmåling gennemført."},
            {u"Fremgang på flere livsområder.", u"Uændret situation; planen justeres.",
                u"Tilbagegang i forbruget; tættere kontakt aftalt.",
                u"Borger oplever bedre livskvalitet."},
            {u""}},
        {{u"Opfølgning efter afslutning af forløbet."},
            {u"Borger er fortsat uden forbrug.", u"Borger har genoptaget et mindre forbrug.",
                u"Borger ønsker ikke ny behandling lige nu.",
                u"Borger overvejer at henvende sig igen."},
            {u""}},
        {{u"Sagen gennemgået på teammøde."},
            {u"Forløbet fortsætter som planlagt.", u"Aftalt at følge tættere op på fremmøde.",
                u"Overvej henvisning til døgnbehandling.",
                u"Afslutning planlægges inden for en måned.",
                u"Behandlingsplanen revideres ved næste samtale."},
            {u""}},
        {{u"Henvendelse fra borger med ønske om behandling."},
            {u"Borger henvist fra egen læge.", u"Borger henvist fra jobcentret.",
                u"Pårørende har opfordret til henvendelse.", u"Borger henvender sig selv."},
            {u"Visitationssamtale aftalt.", u"Information om behandlingsgarantien givet."}},
        {{u"Henvendelse fra pårørende, der er bekymret for borger.",
             u"Brev modtaget fra kommunen om borgers sag.",
             u"Borger har skiftet adresse; stamdata opdateret."},
            {u""}, {u""}},
        {{u"Tilføjelse:"},
            {u"datoen for næste samtale er rettet; korrekt er om to uger.",
                u"borger har efterfølgende oplyst, at forbruget var større end beskrevet.",
                u"samtalen var med borger og pårørende, ikke kun borger.",
                u"medicinlisten er ajourført efter samtale med egen læge."},
            {u""}},
    };
    return list;
}

QString join(std::initializer_list<const char16_t *> parts)
{
    QString out;
    for (const char16_t *p : parts) {
        const QString s = QString::fromUtf16(p);
        if (s.isEmpty()) continue;
        if (!out.isEmpty()) out += QLatin1Char(' ');
        out += s;
    }
    return out;
}

template <typename Make> const QString &pooled(DemoContext &ctx, quint64 key, const Make &make)
{
    auto it = ctx.textPool.find(key);
    if (it == ctx.textPool.end()) it = ctx.textPool.emplace(key, make()).first;
    return it->second;
}

} // namespace

QString journalText(DemoContext &ctx, DemoRandom &rng, TextKind kind)
{
    const Template &t = templates()[std::size_t(kind)];
    const int a = rng.uniform(0, int(t.openings.size()) - 1);
    const int b = rng.uniform(0, int(t.observations.size()) - 1);
    const int c = rng.uniform(0, int(t.plans.size()) - 1);
    const quint64 key = (quint64(kind) << 24) | (quint64(a) << 16) | (quint64(b) << 8) | quint64(c);
    return pooled(ctx, key, [&] {
        return join(
            {t.openings[std::size_t(a)], t.observations[std::size_t(b)], t.plans[std::size_t(c)]});
    });
}

QString endText(DemoContext &ctx, EndReason reason)
{
    static const Parts reasons = {
        u"Borger er færdigbehandlet.",
        u"Udskrevet til andet tilbud.",
        u"Overflyttet til Kriminalforsorgen.",
        u"Borger er flyttet til anden kommune.",
        u"Borger er udeblevet og har ikke reageret på henvendelser.",
        u"Borger er bortvist efter gentagne brud på aftalerne.",
        u"Borger ønsker at stoppe.",
        u"Borger er afgået ved døden.",
        u"Afsluttet af anden årsag.",
    };
    return pooled(ctx, (quint64(1) << 40) | quint64(reason), [&] {
        return join({u"Forløbet afsluttet.", reasons[std::size_t(reason)]});
    });
}

QString reassessmentText(DemoContext &ctx, int missedDays)
{
    return pooled(ctx, (quint64(2) << 40) | quint64(missedDays), [&] {
        return QString::fromUtf8("Dosisrevurdering efter %1 dages udeblivelse fra udlevering. "
                                 "Borger tilset og vurderet; dosis genoptaget.")
            .arg(missedDays);
    });
}

QString prescriptionText(DemoContext &, const Prescription &prescription)
{
    static const Parts drugs = {
        u"Metadon",
        u"Buprenorphin",
        u"Buprenorphin/naloxon",
        u"Buprenorphin depot",
        u"Antabus",
        u"Naltrexon",
        u"Acamprosat",
        u"Nalmefen",
        u"Klordiazepoxid",
        u"Oxazepam",
        u"Andet præparat",
    };
    QString dose = QString::number(prescription.doseMg);
    dose.replace(QLatin1Char('.'), QLatin1Char(','));
    return QStringLiteral("Ordination: %1 %2 mg. %3.")
        .arg(QString::fromUtf16(drugs[std::size_t(prescription.drug)]), dose, prescription.reason);
}

} // namespace mestring::core::demo
