#include "demostaff.h"

#include <set>

#include "core/demo/demonames.h"

using namespace Qt::Literals::StringLiterals;

namespace mestring::core {

namespace {

struct FixedStaff
{
    const char16_t *id;
    const char16_t *name;
    Role role;
    const char16_t *username;
    const char16_t *team;
};

constexpr FixedStaff fixedStaff[] = {
    {u"s-anne", u"Anne Holm", Role::Therapist, u"anne", u"Alkoholteam"},
    {u"s-peter", u"Peter Lund", Role::Therapist, u"peter", u"Stofteam"},
    {u"s-lise", u"Lise Berg", Role::FamilyTherapist, u"lise", u"Ungeteam"},
    {u"s-mette", u"Mette Dahl", Role::Nurse, u"mette", u"Stofteam"},
    {u"s-ole", u"Ole Berg", Role::Doctor, u"ole", u""},
    {u"s-karen", u"Karen Vinther", Role::Intake, u"karen", u""},
    {u"s-hanne", u"Hanne Kjær", Role::Coordinator, u"hanne", u""},
    {u"s-jorgen", u"Jørgen Mikkelsen", Role::Manager, u"jorgen", u""},
    {u"s-sofie", u"Sofie Nielsen", Role::AdminStaff, u"sofie", u""},
};

} // namespace

QStringList demoUsernames()
{
    QStringList names;
    for (const FixedStaff &s : fixedStaff)
        names << QString::fromUtf16(s.username);
    return names;
}

namespace demo {

namespace {

void addToPool(DemoContext &ctx, int index)
{
    const StaffMember &s = ctx.data.staff[std::size_t(index)];
    switch (s.role) {
    case Role::Therapist:
        (s.active ? ctx.therapists : ctx.formerTherapists).push_back(index);
        break;
    case Role::FamilyTherapist:
        ctx.familyTherapists.push_back(index);
        break;
    case Role::Nurse:
        ctx.nurses.push_back(index);
        break;
    case Role::Doctor:
        ctx.doctors.push_back(index);
        break;
    case Role::Intake:
        ctx.intake.push_back(index);
        break;
    case Role::Coordinator:
        ctx.coordinators.push_back(index);
        break;
    case Role::Manager:
    case Role::AdminStaff:
        break;
    }
}

void addExtra(DemoContext &ctx, DemoRandom &rng, std::set<QString> &usedNames, Role role, int count,
    bool active)
{
    for (int i = 0; i < count; ++i) {
        QString name;
        do {
            const bool female = rng.chance(650); // the field is mostly women
            name = rng.pick(female ? femaleFirstNames() : maleFirstNames()) + QLatin1Char(' ')
                + rng.pick(lastNames());
        } while (!usedNames.insert(name).second);
        StaffMember member;
        member.id = ctx.nextId(IdKind::Staff);
        member.name = name;
        member.role = role;
        member.active = active;
        // Therapists work in the alcohol or the drug team, in turn (no random draw, so the rest
        // of the demo stays as it was).
        if (role == Role::Therapist) member.team = i % 2 ? u"Stofteam"_s : u"Alkoholteam"_s;
        ctx.data.staff.push_back(member);
        addToPool(ctx, int(ctx.data.staff.size()) - 1);
    }
}

} // namespace

void addStaff(DemoContext &ctx)
{
    std::set<QString> usedNames;
    for (const FixedStaff &s : fixedStaff) {
        StaffMember member;
        member.id = QString::fromUtf16(s.id);
        member.name = QString::fromUtf16(s.name);
        member.role = s.role;
        member.username = QString::fromUtf16(s.username);
        member.team = QString::fromUtf16(s.team);
        ctx.data.staff.push_back(member);
        usedNames.insert(member.name);
        addToPool(ctx, int(ctx.data.staff.size()) - 1);
    }
    DemoRandom rng = ctx.root.fork(0x57a1f);
    const DemoParams &p = ctx.params;
    addExtra(ctx, rng, usedNames, Role::Therapist, p.extraTherapists, true);
    addExtra(ctx, rng, usedNames, Role::FamilyTherapist, p.extraFamilyTherapists, true);
    addExtra(ctx, rng, usedNames, Role::Nurse, p.extraNurses, true);
    addExtra(ctx, rng, usedNames, Role::Doctor, p.extraDoctors, true);
    addExtra(ctx, rng, usedNames, Role::Intake, p.extraIntake, true);
    addExtra(ctx, rng, usedNames, Role::Coordinator, p.extraCoordinators, true);
    addExtra(ctx, rng, usedNames, Role::AdminStaff, p.extraAdminStaff, true);
    addExtra(ctx, rng, usedNames, Role::Therapist, p.inactiveTherapists, false);
}

} // namespace demo
} // namespace mestring::core
