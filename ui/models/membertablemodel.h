#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/reports/reportmembers.h"

namespace mestring::ui {

/// The courses or clients behind one number of the effect report (core's MemberRow): client,
/// course kind, start and end, and what each adds to the numerator and the denominator.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ClientColumn,
        KindColumn,
        StartColumn,
        EndColumn,
        NumeratorColumn,
        DenominatorColumn,
        ColumnCount
    };
    enum Role { ClientIdRole = Qt::UserRole, CourseIdRole };

    explicit MemberTableModel(QObject *parent = nullptr);

    /// `weighted`: members add more than 1 (appointments, attendances, goals), so the last two
    /// columns show counts instead of yes/no.
    void setRows(std::vector<core::MemberRow> rows, bool weighted);
    const core::MemberRow &rowAt(int row) const { return m_rows.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const core::MemberRow &row, int column) const;

    std::vector<core::MemberRow> m_rows;
    bool m_weighted = false;
};

} // namespace mestring::ui
