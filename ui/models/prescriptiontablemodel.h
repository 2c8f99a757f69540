#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include "core/domain/medication/medicationsettings.h"
#include "core/domain/prescription.h"

namespace mestring::ui {

/// A client's prescriptions, newest first: the current ones and the history of dose changes.
/// Annulled ones stay, struck through, with who annulled them and why.
class PrescriptionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DrugColumn,
        DoseColumn,
        ScheduleColumn,
        ModeColumn,
        StartColumn,
        EndColumn,
        PrescriberColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { PrescriptionIdRole = Qt::UserRole, ActiveRole, AnnulledRole, AwaitsConfirmationRole };

    explicit PrescriptionTableModel(QObject *parent = nullptr);

    /// `staffNames` maps staff ids to names (the prescriber); `settings` give the ml of
    /// methadone and the dose limits (a dose awaiting a doctor's confirmation is marked).
    void setPrescriptions(std::vector<core::Prescription> prescriptions,
        const QHash<QString, QString> &staffNames, const QDate &today,
        const core::MedicationSettings &settings = core::MedicationSettings::defaults());
    /// The dose awaits a doctor's confirmation (above the limit or changed by more than 50 %).
    bool awaitsConfirmation(int row) const { return m_awaiting.at(std::size_t(row)); }
    const core::Prescription &prescriptionAt(int row) const
    {
        return m_prescriptions.at(std::size_t(row));
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Every day", "Mon, Thu", "Every 7 days".
    static QString scheduleText(const core::Schedule &schedule);
    /// "Supervised intake", "Take-home, 3 days", "Pharmacy".
    static QString modeText(const core::Prescription &prescription);

private:
    QVariant displayData(const core::Prescription &p, int row, int column) const;
    QString reasonText(const core::Prescription &p, int row) const;

    std::vector<core::Prescription> m_prescriptions;
    std::vector<bool> m_awaiting; // per row
    core::MedicationSettings m_settings;
    QHash<QString, QString> m_staffNames;
    QDate m_today;
};

} // namespace mestring::ui
