#pragma once

#include <span>
#include <utility>
#include <vector>

#include <QHash>
#include <QStringView>

#include "core/domain/dataset.h"

namespace mestring::core {

/// The row of each id in one list of a dataset (the first row when an id repeats), and the
/// rows whose id repeats an earlier one. Keys view the dataset's strings: it must outlive this.
class RecordIndex
{
public:
    template <typename T> explicit RecordIndex(const std::vector<T> &records)
    {
        m_rows.reserve(qsizetype(records.size()));
        for (std::size_t row = 0; row < records.size(); ++row) {
            const QString &id = records[row].id;
            if (id.isEmpty()) continue;
            // One hash lookup per record: a new slot holds 0, so rows are stored plus one.
            int &slot = m_rows[id];
            if (slot != 0)
                m_duplicates.emplace_back(int(row), slot - 1);
            else
                slot = int(row) + 1;
        }
    }

    /// The row of the record with this id, or -1.
    int find(QStringView id) const { return id.isEmpty() ? -1 : m_rows.value(id, 0) - 1; }
    /// (row, row of the first record with the same id), in row order.
    const std::vector<std::pair<int, int>> &duplicates() const { return m_duplicates; }

private:
    QHash<QStringView, int> m_rows;
    std::vector<std::pair<int, int>> m_duplicates;
};

/// Rows grouped by an owner row (the courses of each client, ...), each group in row order.
class RowGroups
{
public:
    RowGroups() = default;
    /// groupOfRow[row] is the group of each row, or -1 when it belongs to none.
    RowGroups(int groupCount, const std::vector<int> &groupOfRow);

    int groupCount() const { return int(m_offsets.size()) - 1; }
    std::span<const int> rows(int group) const
    {
        return std::span<const int>(m_rows).subspan(
            std::size_t(m_offsets[std::size_t(group)]), size(group));
    }
    std::size_t size(int group) const
    {
        return std::size_t(m_offsets[std::size_t(group) + 1] - m_offsets[std::size_t(group)]);
    }

    /// Copies of the grouped records in group order, so that each group is one span.
    template <typename T> std::vector<T> gather(const std::vector<T> &records) const
    {
        std::vector<T> gathered;
        gathered.reserve(m_rows.size());
        for (int row : m_rows)
            gathered.push_back(records[std::size_t(row)]);
        return gathered;
    }
    /// The span of one group in a vector made by gather().
    template <typename T> std::span<const T> span(const std::vector<T> &gathered, int group) const
    {
        return std::span<const T>(gathered).subspan(
            std::size_t(m_offsets[std::size_t(group)]), size(group));
    }

private:
    std::vector<int> m_offsets {0}; // groupCount + 1 entries
    std::vector<int> m_rows;
};

/// What the dataset checker looks up: every list by id, and records grouped by owner.
struct DatasetIndex
{
    explicit DatasetIndex(const Dataset &dataset);

    RecordIndex staff, clients, courses, goals, assessments, appointments, absences, groups,
        prescriptions, dispensings, notes, corrections, feedback, waitingLists;

    std::vector<int> clientOfCourse; // per course row: client row or -1
    std::vector<int> clientOfPrescription; // per prescription row
    std::vector<int> prescriptionOfDispensing; // per dispensing row
    std::vector<int> courseOfAppointment; // per appointment row
    std::vector<int> dispensingOfCorrection; // per correction row
    /// Per dispensing row: annulled by a correction (it then no longer counts).
    std::vector<bool> annulled;

    RowGroups coursesByClient, prescriptionsByClient, absencesByClient, notesByClient;
    RowGroups goalsByCourse, dispensingsByPrescription;
    RowGroups doctorVisitsByClient; // attended `doctor` appointments, by the course's client

    /// The client row of the course of the appointment in `row`, or -1.
    int clientOfAppointment(std::size_t row) const;
};

} // namespace mestring::core
