#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>

#include "core/domain/medication/dispensinglist.h"
#include "core/domain/medication/medicationsettings.h"

namespace mestring::ui {

/// The rows of the day's dispensing list (Medicin): one dose of one prescription per row, as
/// DispensingService::dayList computes them. Name, birth date and dose are shown in a larger,
/// bold font so the nurse gives the right dose to the right person. Each outcome has its own
/// colour and word: taken green, handed out blue, missed orange, refused violet, withheld
/// yellow, blocked or awaiting a doctor red; a past day's unrecorded dose shows as missed.
class DispensingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ClientColumn,
        BirthDateColumn,
        DrugColumn,
        DoseColumn,
        ModeColumn,
        StatusColumn,
        FlagsColumn,
        ColumnCount
    };
    enum Role {
        ClientIdRole = Qt::UserRole,
        PrescriptionIdRole,
        BlockedRole,
        RecordedRole,
        BirthDateRole, // the birth date as QDate (the filter)
    };

    explicit DispensingListModel(QObject *parent = nullptr);

    void setRows(std::vector<core::DispensingListRow> rows, const QDate &day,
        const core::MedicationSettings &settings = core::MedicationSettings::defaults());
    /// Replaces one client's rows with `rows` (that client's rows only, in list order), after a
    /// recording; the other rows are untouched.
    void replaceClientRows(const QString &clientId, std::vector<core::DispensingListRow> rows);
    const core::DispensingListRow &rowAt(int row) const { return m_rows.at(std::size_t(row)); }
    QDate day() const { return m_day; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "60 mg", trailing zeros dropped.
    static QString doseText(double doseMg);
    /// The dose of the row as handed over: "60 mg (60 ml)", or a supply's total
    /// ("3 × 60 mg = 180 mg") when handed out or planned over closed days.
    static QString doseText(
        const core::DispensingListRow &row, const core::MedicationSettings &settings);
    /// The row's state: "Due", "Taken", "Handed out for 3 days", "Missed (nothing recorded)"...
    static QString statusText(const core::DispensingListRow &row);
    /// The row's flags, one per line (blocked, closed days ahead, a new dose, contact the
    /// client, a late registration); empty when none.
    static QString flagsText(const core::DispensingListRow &row);
    /// The background of the row's state (each outcome its own colour); none when due.
    static QColor stateColour(const core::DispensingListRow &row);

private:
    QVariant displayData(const core::DispensingListRow &row, int column) const;

    std::vector<core::DispensingListRow> m_rows;
    QDate m_day;
    core::MedicationSettings m_settings;
};

} // namespace mestring::ui
