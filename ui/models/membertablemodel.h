#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/reports/membercolumns.h"
#include "core/reports/reportmembers.h"

namespace mestring::ui {

/// The courses or clients behind one number of the effect report (core's MemberRow), with the
/// columns core::memberColumns chooses for the indicator: the client, the course, who is
/// responsible, and what the indicator turns on (the request and the days waited for the
/// treatment guarantee, each episode's days for antabus, what a member adds to the numerator
/// and the denominator of a rate).
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ClientIdRole = Qt::UserRole,
        CourseIdRole,
        SortRole, // the plain value: a date, a count or the text, for sorting
    };

    explicit MemberTableModel(QObject *parent = nullptr);

    /// The rows of `indicator`'s list.
    void setRows(const QString &indicator, std::vector<core::MemberRow> rows);
    const core::MemberRow &rowAt(int row) const { return m_rows.at(std::size_t(row)); }
    const std::vector<core::MemberRow> &rows() const { return m_rows; }
    const std::vector<core::MemberColumn> &columns() const { return m_columns; }
    /// The model column of `column`, or -1 when the list does not have it.
    int columnOf(core::MemberColumn column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::MemberRow> m_rows;
    std::vector<core::MemberColumn> m_columns;
    bool m_weighted = false;
};

} // namespace mestring::ui
