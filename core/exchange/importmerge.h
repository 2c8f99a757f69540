#pragma once

#include <array>

#include "core/domain/dataset.h"
#include "core/domain/ruleissue.h"

namespace mestring::core::exchange {

/// The records an import file brings, against the records already stored. The rules are
/// checked over the union with the stored records first, so the incoming ones are "the later
/// ones" that a duplicate or an overlap is reported on, and a path into the union maps back to
/// a path into the file by subtracting the stored count. Stored records are named by id
/// ("database:clients[id=c7]"), as the user cannot see where they sit in the database.
class ImportMerge
{
public:
    /// Takes both lists by value (move them in): the stored records become the head of the
    /// union, the incoming ones its tail.
    ImportMerge(Dataset stored, Dataset incoming);

    /// Incoming records whose id (or target key, or group session id) is already stored or
    /// used twice in the file: errors at file paths ("clients[3].id"). Empty when none.
    RuleIssues idConflicts() const;

    /// Stored records followed by the incoming ones: what checkDataset() must see.
    const Dataset &united() const { return m_united; }

    /// Maps checkDataset(united()) to what the import reports: paths and references into the
    /// file, stored records by id. Warnings on stored records are left out (the import lists
    /// its own records' warnings). An error on a stored record is dropped when it was there
    /// before this file (the stored records are then checked alone, once); otherwise the new
    /// records caused it, and it refuses the file.
    RuleIssues toFileIssues(const RuleIssues &unitedIssues) const;

    /// Moves the incoming records out again, for storing; afterwards united() holds only the
    /// stored records.
    Dataset takeIncoming();

private:
    static constexpr std::size_t sectionCount = 17;
    using Counts = std::array<std::size_t, sectionCount>;

    QString rewrite(const QString &text, bool *mentionsStored) const;
    QString storedKey(std::size_t section, std::size_t row) const;
    Dataset storedPart() const;

    Dataset m_united;
    Counts m_stored {};
};

} // namespace mestring::core::exchange
