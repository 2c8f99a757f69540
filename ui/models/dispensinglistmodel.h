#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QDate>

#include "core/domain/medication/dispensinglist.h"

namespace mestring::ui {

/// The rows of the day's dispensing list (Medicin): one dose of one prescription per row, as
/// DispensingService::dayList computes them. Name, birth date and dose are shown in a larger,
/// bold font so the nurse gives the right dose to the right person; blocked rows are red.
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
    };

    explicit DispensingListModel(QObject *parent = nullptr);

    void setRows(std::vector<core::DispensingListRow> rows, const QDate &day);
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
    /// The row's state: "Due", "Taken", "Handed out for 3 days", ...
    static QString statusText(const core::DispensingListRow &row);
    /// The row's flags, one per line (blocked, contact the client); empty when none.
    static QString flagsText(const core::DispensingListRow &row);

private:
    QVariant displayData(const core::DispensingListRow &row, int column) const;

    std::vector<core::DispensingListRow> m_rows;
    QDate m_day;
};

} // namespace mestring::ui
