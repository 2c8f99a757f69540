#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QHash>

#include "core/domain/medication/medicationrecord.h"
#include "core/domain/medication/medicationsettings.h"

namespace mestring::ui {

/// A client's dispensings across all prescriptions, newest first (Medicin tab). Annulled ones
/// stay, struck through, with their correction; late registrations say so.
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
    enum Role { DispensingIdRole = Qt::UserRole, AnnulledRole, AwaitsConfirmationRole };

    using Entry = core::DispensingEntry;

    explicit DispensingHistoryModel(QObject *parent = nullptr);

    void setEntries(std::vector<Entry> entries, const QHash<QString, QString> &staffNames,
        const core::MedicationSettings &settings = core::MedicationSettings::defaults());
    const Entry &entryAt(int row) const { return m_entries.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Entry &entry, int column) const;
    QString statusText(const core::Dispensing &d) const;
    QString noteText(const Entry &entry) const;

    std::vector<Entry> m_entries;
    QHash<QString, QString> m_staffNames;
    core::MedicationSettings m_settings;
};

} // namespace mestring::ui
