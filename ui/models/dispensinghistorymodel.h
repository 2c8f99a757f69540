#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QHash>

#include "core/domain/dispensing.h"
#include "core/domain/enums.h"

namespace mestring::ui {

/// A client's dispensings across all prescriptions, newest first (Medicin tab).
class DispensingHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        DrugColumn,
        DoseColumn,
        StatusColumn,
        StaffColumn,
        NoteColumn,
        ColumnCount
    };

    struct Entry
    {
        core::Dispensing dispensing;
        core::Drug drug = core::Drug::Other;
    };

    explicit DispensingHistoryModel(QObject *parent = nullptr);

    void setEntries(std::vector<Entry> entries, const QHash<QString, QString> &staffNames);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Entry> m_entries;
    QHash<QString, QString> m_staffNames;
};

} // namespace mestring::ui
