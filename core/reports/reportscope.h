#pragma once

#include <array>
#include <vector>

#include <QHash>
#include <QString>
#include <QStringList>

#include "breakdown.h"
#include "effectreport.h"
#include "reportmembers.h"

namespace mestring::core {

class Database;

/// The groups of one breakdown dimension for one period: the group of every course (and, for
/// the client dimensions, of every client), the groups' keys and a report per group.
struct GroupSplit
{
    ReportDimension dimension = ReportDimension::Municipality;
    QStringList keys; // group index -> key ("" for no team or no municipality)
    QStringList names; // group index -> the staff member's name for `responsible`, else empty
    QHash<QString, int> courseGroup;
    QHash<QString, int> clientGroup; // empty unless splitsClients(dimension)
    std::vector<EffectReport> reports; // one per key, with the period set
};

/// Reads the groups of `dimension` for [from, to]: a course's group from the course, its
/// client and its responsible staff member (age on the start date, the request date before a
/// start); a client's from the client (age on `to`). Throws StorageError.
GroupSplit loadGroupSplit(const Database &db, ReportDimension dimension, QDate from, QDate to);

/// A report a row is counted in, the sink told about it (null: none) and its index among
/// the scope's slots (for the per-report work of a part: distinct clients, medians).
struct ReportSlot
{
    EffectReport *report = nullptr;
    MemberSink *sink = nullptr;
    int index = 0;
};

/// The slots one row counts in: the centre's first, then its group in each split.
class SlotList
{
public:
    static constexpr std::size_t capacity = 1 + enumCount<ReportDimension>();

    void add(const ReportSlot &slot) { m_slots[m_count++] = slot; }
    const ReportSlot *begin() const { return m_slots.data(); }
    const ReportSlot *end() const { return m_slots.data() + m_count; }

private:
    std::array<ReportSlot, capacity> m_slots {};
    std::size_t m_count = 0;
};

/// Where the parts of the report count the rows they read: always in the centre's report and,
/// when the report is broken down, also in the report of the row's group in each split. A part
/// asks for the slots of the course (course-based indicators) or the client (client-based
/// ones) behind each row, so every indicator splits the same way by construction: each group
/// gets exactly what the report would count on that group's records alone.
class ReportScope
{
public:
    /// The centre alone, its numbers told to `sink` when set.
    explicit ReportScope(EffectReport &centre, MemberSink *sink = nullptr);
    /// The centre and the groups of `splits` (which must outlive the scope).
    ReportScope(EffectReport &centre, std::vector<GroupSplit> &splits, MemberSink *sink = nullptr);

    QDate from() const { return m_centre->from; }
    QDate to() const { return m_centre->to; }
    EffectReport &centre() const { return *m_centre; }

    /// The slots a row of course `id` counts in.
    SlotList course(const QString &id) const;
    /// The slots a row of client `id` counts in (groups of client dimensions only).
    SlotList client(const QString &id) const;
    /// How many slots there are (the centre and every group): for per-slot work in a part.
    int slotCount() const { return int(m_reports.size()); }
    /// The report of slot `index` (0: the centre's), to finish per-slot work (medians).
    EffectReport &report(int index) const { return *m_reports[std::size_t(index)]; }

    /// Tells `sink` the numbers of group `group` of split `split` (a drill-down into a group).
    void setGroupSink(std::size_t split, int group, MemberSink *sink);

private:
    SlotList slots(const QString &id, bool byClient) const;

    EffectReport *m_centre;
    MemberSink *m_centreSink;
    std::vector<GroupSplit> *m_splits = nullptr;
    std::vector<int> m_firstSlot; // per split: the slot of its group 0
    std::vector<EffectReport *> m_reports; // per slot
    std::size_t m_sinkSplit = 0;
    int m_sinkGroup = -1;
    MemberSink *m_groupSink = nullptr;
};

} // namespace mestring::core
