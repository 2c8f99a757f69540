#include "reportscope.h"

#include "core/storage/sqlquery.h"

namespace mestring::core {

namespace {

// Reads (id, key) rows into `groups`, adding keys to `split` as they are met.
class GroupReader
{
public:
    explicit GroupReader(GroupSplit &split)
        : m_split(split)
    {
        for (int i = 0; i < split.keys.size(); ++i)
            m_index.insert(split.keys.at(i), i);
    }

    void add(QHash<QString, int> &groups, const QString &id, const QString &key,
        const QString &name = {})
    {
        auto found = m_index.constFind(key);
        if (found == m_index.cend()) {
            found = m_index.insert(key, int(m_split.keys.size()));
            m_split.keys << key;
            m_split.names << name;
        }
        groups.insert(id, *found);
    }

private:
    GroupSplit &m_split;
    QHash<QString, int> m_index;
};

// The SQL giving (course id, group key) for a dimension read straight from a column.
QString courseKeySql(ReportDimension dimension)
{
    switch (dimension) {
    case ReportDimension::Responsible:
        return QStringLiteral("SELECT c.id, c.responsible, s.name FROM courses c "
                              "LEFT JOIN staff s ON s.id = c.responsible");
    case ReportDimension::Municipality:
        return QStringLiteral(
            "SELECT c.id, k.municipality FROM courses c JOIN clients k ON k.id = c.client");
    case ReportDimension::LegalBasis:
        return QStringLiteral("SELECT id, legal_basis FROM courses");
    case ReportDimension::Program:
        return QStringLiteral("SELECT id, program FROM courses");
    case ReportDimension::Sex:
        return QStringLiteral("SELECT c.id, k.sex FROM courses c JOIN clients k ON k.id = c.client");
    case ReportDimension::AgeBand:
        break;
    }
    return {};
}

void readCourseGroups(const Database &db, GroupSplit &split, GroupReader &reader)
{
    if (split.dimension == ReportDimension::AgeBand) {
        // The client's age when the course started, or was asked for before it started.
        SqlQuery q(db,
            QStringLiteral("SELECT c.id, k.birth_date, COALESCE(c.start_date, c.request_date) "
                           "FROM courses c JOIN clients k ON k.id = c.client"));
        q.raw().setForwardOnly(true);
        q.exec();
        while (q.next()) {
            reader.add(split.courseGroup, q.value(0).toString(),
                ageBand(dateFrom(q.value(1)), dateFrom(q.value(2))));
        }
        return;
    }
    SqlQuery q(db, courseKeySql(split.dimension));
    q.raw().setForwardOnly(true);
    q.exec();
    const bool named = split.dimension == ReportDimension::Responsible;
    while (q.next()) {
        reader.add(split.courseGroup, q.value(0).toString(), textFrom(q.value(1)),
            named ? textFrom(q.value(2)) : QString());
    }
}

void readClientGroups(const Database &db, GroupSplit &split, GroupReader &reader, QDate to)
{
    const bool age = split.dimension == ReportDimension::AgeBand;
    const QString column = split.dimension == ReportDimension::Municipality
        ? QStringLiteral("municipality")
        : age ? QStringLiteral("birth_date")
              : QStringLiteral("sex");
    SqlQuery q(db, QStringLiteral("SELECT id, ") + column + QStringLiteral(" FROM clients"));
    q.raw().setForwardOnly(true);
    q.exec();
    while (q.next()) {
        reader.add(split.clientGroup, q.value(0).toString(),
            age ? ageBand(dateFrom(q.value(1)), to) : textFrom(q.value(1)));
    }
}

} // namespace

GroupSplit loadGroupSplit(const Database &db, ReportDimension dimension, QDate from, QDate to)
{
    GroupSplit split;
    split.dimension = dimension;
    GroupReader reader(split);
    readCourseGroups(db, split, reader);
    if (splitsClients(dimension)) readClientGroups(db, split, reader, to);
    split.reports.resize(std::size_t(split.keys.size()));
    for (EffectReport &report : split.reports) {
        report.from = from;
        report.to = to;
    }
    return split;
}

ReportScope::ReportScope(EffectReport &centre, MemberSink *sink)
    : m_centre(&centre)
    , m_centreSink(sink)
    , m_reports {&centre}
{
}

ReportScope::ReportScope(EffectReport &centre, std::vector<GroupSplit> &splits, MemberSink *sink)
    : m_centre(&centre)
    , m_centreSink(sink)
    , m_splits(&splits)
    , m_reports {&centre}
{
    Q_ASSERT(splits.size() < SlotList::capacity);
    for (GroupSplit &split : splits) {
        m_firstSlot.push_back(int(m_reports.size()));
        for (EffectReport &report : split.reports)
            m_reports.push_back(&report);
    }
}

void ReportScope::setGroupSink(std::size_t split, int group, MemberSink *sink)
{
    m_sinkSplit = split;
    m_sinkGroup = group;
    m_groupSink = sink;
}

SlotList ReportScope::slots(const QString &id, bool byClient) const
{
    SlotList list;
    list.add({m_centre, m_centreSink, 0});
    if (!m_splits) return list;
    for (std::size_t s = 0; s < m_splits->size(); ++s) {
        GroupSplit &split = (*m_splits)[s];
        const QHash<QString, int> &groups = byClient ? split.clientGroup : split.courseGroup;
        const auto found = groups.constFind(id);
        if (found == groups.cend()) continue; // a client-based row under a course dimension
        const bool told = m_groupSink && s == m_sinkSplit && *found == m_sinkGroup;
        const int index = m_firstSlot[s] + *found;
        list.add({m_reports[std::size_t(index)], told ? m_groupSink : nullptr, index});
    }
    return list;
}

SlotList ReportScope::course(const QString &id) const
{
    return slots(id, false);
}

SlotList ReportScope::client(const QString &id) const
{
    return slots(id, true);
}

} // namespace mestring::core
