#include "democontext.h"

#include <algorithm>

namespace mestring::core::demo {

namespace {

struct IdFormat
{
    const char *prefix;
    int width;
};

constexpr std::array<IdFormat, std::size_t(IdKind::Count)> idFormats {{
    {"s", 3},
    {"c", 6},
    {"k", 6},
    {"g", 6},
    {"a", 6},
    {"p", 7},
    {"f", 6},
    {"gr", 4},
    {"gs", 6},
    {"m", 6},
    {"d", 7},
    {"n", 7},
    {"r", 5},
}};

QString formatId(const IdFormat &format, int number)
{
    int digits = 1;
    for (int n = number; n >= 10; n /= 10)
        ++digits;
    const int width = std::max(digits, format.width);
    const int prefixLength = int(qstrlen(format.prefix));
    QString id(prefixLength + width, Qt::Uninitialized);
    QChar *out = id.data();
    for (int i = 0; i < prefixLength; ++i)
        out[i] = QLatin1Char(format.prefix[i]);
    for (int i = prefixLength + width - 1; i >= prefixLength; --i, number /= 10)
        out[i] = QLatin1Char(char('0' + number % 10));
    return id;
}

} // namespace

DemoParams demoParams(DemoSize size)
{
    DemoParams p;
    switch (size) {
    case DemoSize::Small:
        break;
    case DemoSize::Medium:
        p.clients = 1000;
        p.years = 3;
        p.extraTherapists = 10;
        p.extraFamilyTherapists = 2;
        p.extraNurses = 4;
        p.extraDoctors = 1;
        p.extraIntake = 1;
        p.extraAdminStaff = 1;
        p.inactiveTherapists = 2;
        p.pendingRequests = 6;
        p.recentBias = false;
        p.substitutionWeight = 14;
        p.todayPermille = 200;
        p.minimumForced = 5;
        p.parallelGroups = 2;
        break;
    case DemoSize::Large:
        p.clients = 8000;
        p.years = 10;
        p.extraTherapists = 28;
        p.extraFamilyTherapists = 4;
        p.extraNurses = 10;
        p.extraDoctors = 2;
        p.extraIntake = 2;
        p.extraCoordinators = 1;
        p.extraAdminStaff = 2;
        p.inactiveTherapists = 8;
        p.pendingRequests = 10;
        p.recentBias = false;
        p.substitutionWeight = 14;
        p.returnPermille = 620;
        p.todayPermille = 200;
        p.minimumForced = 10;
        p.parallelGroups = 3;
        break;
    }
    return p;
}

bool ClientInfo::absentOn(const QDate &d) const
{
    return std::any_of(
        absences.begin(), absences.end(), [&d](const DateRange &r) { return r.covers(d); });
}

QDate ClientInfo::firstAbsenceIn(const QDate &from, const QDate &to) const
{
    QDate first;
    for (const DateRange &r : absences) {
        if (r.from <= to && (r.to.isNull() || r.to >= from)) {
            const QDate d = maxDate(r.from, from);
            if (first.isNull() || d < first) first = d;
        }
    }
    return first;
}

QDate ClientInfo::presentFrom(const QDate &d) const
{
    QDate day = d;
    for (bool moved = true; moved && day.isValid();) {
        moved = false;
        for (const DateRange &r : absences) {
            if (r.covers(day)) {
                day = r.to.isNull() ? QDate() : r.to.addDays(1);
                moved = true;
                break;
            }
        }
    }
    return day;
}

int SlotBook::book(int staff, const QDate &day, int preferred, int count)
{
    constexpr int slotsPerDay = 16;
    count = std::clamp(count, 1, slotsPerDay);
    preferred = std::clamp(preferred, 0, slotsPerDay - count);
    quint32 &used = m_days[(quint64(staff) << 32) | quint64(day.toJulianDay())];
    const quint32 want = ((1u << count) - 1u);
    for (int step = 0; step < 2 * slotsPerDay; ++step) {
        const int slot = preferred + ((step % 2) ? -(step + 1) / 2 : step / 2);
        if (slot < 0 || slot > slotsPerDay - count) continue;
        if (!(used & (want << slot))) {
            used |= want << slot;
            return slot;
        }
    }
    return preferred;
}

DemoContext::DemoContext(DemoSize size, quint32 seed, const QDate &today_, Dataset &data_)
    : params(demoParams(size))
    , data(data_)
    , today(today_)
    , spanStart(today_.addYears(-params.years))
    , root(quint64(seed) * 0x2545f4914f6cdd1dull + quint64(size) + 1)
{
    addCentreClosedDays();
}

// The days a Danish centre typically closes besides the public holidays, every year of the
// demo and the next: Grundlovsdag, juleaftensdag and nytårsaftensdag.
void DemoContext::addCentreClosedDays()
{
    for (int year = spanStart.year(); year <= today.year() + 1; ++year) {
        data.closedDays.push_back({QDate(year, 6, 5), QStringLiteral("Grundlovsdag")});
        data.closedDays.push_back({QDate(year, 12, 24), QStringLiteral("Juleaftensdag")});
        data.closedDays.push_back({QDate(year, 12, 31), QStringLiteral("Nytårsaftensdag")});
    }
    closedDays = ClosedDayCalendar(data.closedDays);
}

QString DemoContext::nextId(IdKind kind)
{
    return formatId(idFormats[std::size_t(kind)], ++m_ids[std::size_t(kind)]);
}

bool DemoContext::decide(Feature feature, int permille, DemoRandom &rng)
{
    const bool yes = need(feature) || rng.chance(permille);
    if (yes) count(feature);
    return yes;
}

int DemoContext::staffIndex(const QString &id) const
{
    if (m_staffIndex.size() != qsizetype(data.staff.size())) {
        m_staffIndex.clear();
        for (std::size_t i = 0; i < data.staff.size(); ++i)
            m_staffIndex.insert(data.staff[i].id, int(i));
    }
    return m_staffIndex.value(id, -1);
}

int DemoContext::randomStaff(const std::vector<int> &pool, DemoRandom &rng) const
{
    return pool[std::size_t(rng.uniform(0, int(pool.size()) - 1))];
}

QTime slotTime(int slot)
{
    return QTime(8 + slot / 2, (slot % 2) * 30);
}

bool isWorkday(const QDate &day)
{
    return day.dayOfWeek() <= 5;
}

QDate nextWorkday(const QDate &day)
{
    return isWorkday(day) ? day : day.addDays(8 - day.dayOfWeek());
}

QDate minDate(const QDate &a, const QDate &b)
{
    if (a.isNull()) return b;
    if (b.isNull()) return a;
    return a < b ? a : b;
}

QDate maxDate(const QDate &a, const QDate &b)
{
    if (a.isNull()) return b;
    if (b.isNull()) return a;
    return a < b ? b : a;
}

} // namespace mestring::core::demo
