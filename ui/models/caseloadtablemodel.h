#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/domain/caseload.h"

namespace mestring::ui {

/// The rows of the caseload overview (Overblik): one course per row with its flags. The
/// service computes rows and flags in SQL; this model only shows them.
class CaseloadTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ClientColumn,
        BirthDateColumn,
        CourseColumn,
        ResponsibleColumn,
        LastContactColumn,
        NextAppointmentColumn,
        FlagsColumn,
        ColumnCount
    };
    enum Role {
        ClientIdRole = Qt::UserRole,
        CourseIdRole,
        /// The most urgent flag kind of the row (int), or -1; decides where a click leads.
        FirstFlagRole,
        /// Sort key: rows with more urgent flags first.
        UrgencyRole,
    };

    explicit CaseloadTableModel(QObject *parent = nullptr);

    void setRows(std::vector<core::CaseloadRow> rows, const QDate &today);
    const core::CaseloadRow &rowAt(int row) const { return m_rows.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Behandlingsgaranti overskredet (frist 01-11-2026)" and the like, one line per flag.
    static QString describeFlag(const core::CaseloadFlag &flag);
    /// The flags shown red (contact the client, guarantee overdue, ...); the others amber.
    static bool isUrgent(core::CaseloadFlagKind kind);

private:
    QVariant displayData(const core::CaseloadRow &row, int column) const;

    std::vector<core::CaseloadRow> m_rows;
    QDate m_today;
};

} // namespace mestring::ui
