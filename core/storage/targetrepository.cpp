#include "targetrepository.h"

#include "columnvalues.h"
#include "database.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

// The key column holds '' for "no breakdown" (NULLs never compare equal in a key).
QString breakdownKey(const QString &breakdown)
{
    return breakdown.isNull() ? QString(QLatin1StringView("")) : breakdown;
}

EffectTarget targetFromRow(const SqlQuery &q)
{
    EffectTarget t;
    t.indicator = q.value(0).toString();
    const QString breakdown = q.value(1).toString();
    t.breakdown = breakdown.isEmpty() ? QString() : breakdown;
    t.year = q.value(2).toInt();
    t.baseline = optionalDoubleFrom(q.value(3));
    t.target = optionalDoubleFrom(q.value(4));
    return t;
}

} // namespace

void TargetRepository::insert(const EffectTarget &t)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO effect_targets (baseline, target, indicator, breakdown, year, seq) "
        "VALUES (?, ?, ?, ?, ?, %1)");
    SqlQuery &q = m_statements.get(sql.arg(nextSeq(m_db, "effect_targets")));
    q.bind(optionalValue(t.baseline))
        .bind(optionalValue(t.target))
        .bind(t.indicator)
        .bind(breakdownKey(t.breakdown))
        .bind(t.year);
    q.exec();
}

void TargetRepository::save(const EffectTarget &t)
{
    // Portable upsert: update the existing key, insert when there was none.
    SqlQuery q(m_db,
        QStringLiteral("UPDATE effect_targets SET baseline = ?, target = ? "
                       "WHERE indicator = ? AND breakdown = ? AND year = ?"));
    q.bind(optionalValue(t.baseline))
        .bind(optionalValue(t.target))
        .bind(t.indicator)
        .bind(breakdownKey(t.breakdown))
        .bind(t.year);
    q.exec();
    if (q.raw().numRowsAffected() == 0) insert(t);
}

bool TargetRepository::remove(const QString &indicator, const QString &breakdown, int year)
{
    SqlQuery q(m_db,
        QStringLiteral("DELETE FROM effect_targets "
                       "WHERE indicator = ? AND breakdown = ? AND year = ?"));
    q.bind(indicator).bind(breakdownKey(breakdown)).bind(year);
    q.exec();
    return q.raw().numRowsAffected() > 0;
}

std::vector<EffectTarget> TargetRepository::load(
    const QString &whereAndOrder, const std::vector<QVariant> &values) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT indicator, breakdown, year, baseline, target "
                       "FROM effect_targets ")
            + whereAndOrder);
    q.raw().setForwardOnly(true);
    for (const QVariant &value : values)
        q.bind(value);
    q.exec();
    std::vector<EffectTarget> result;
    while (q.next())
        result.push_back(targetFromRow(q));
    return result;
}

std::optional<EffectTarget> TargetRepository::find(
    const QString &indicator, const QString &breakdown, int year) const
{
    auto rows = load(QStringLiteral("WHERE indicator = ? AND breakdown = ? AND year = ?"),
        {indicator, breakdownKey(breakdown), year});
    return rows.empty() ? std::nullopt : std::optional<EffectTarget>(rows.front());
}

std::vector<EffectTarget> TargetRepository::forYear(int year) const
{
    return load(QStringLiteral("WHERE year = ? ORDER BY indicator, breakdown"), {year});
}

std::vector<EffectTarget> TargetRepository::all() const
{
    return load(QStringLiteral("ORDER BY seq"), {});
}

} // namespace mestring::core
