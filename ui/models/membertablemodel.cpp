#include "membertablemodel.h"

#include "ui/enumtitles.h"
#include "ui/formatting.h"

namespace mestring::ui {

MemberTableModel::MemberTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MemberTableModel::setRows(std::vector<core::MemberRow> rows, bool weighted)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_weighted = weighted;
    endResetModel();
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::displayData(const core::MemberRow &row, int column) const
{
    const auto counted = [this](qint64 n) {
        return m_weighted ? QVariant(n) : QVariant(n > 0 ? tr("Yes") : tr("No"));
    };
    switch (column) {
    case ClientColumn:
        return row.clientName;
    case KindColumn:
        return row.kind ? courseKindTitle(*row.kind) : QString();
    case StartColumn:
        return row.start.isValid() ? formatDate(row.start) : QString();
    case EndColumn:
        return row.end.isValid() ? formatDate(row.end) : QString();
    case NumeratorColumn:
        return counted(row.numerator);
    case DenominatorColumn:
        return counted(row.denominator);
    }
    return {};
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::MemberRow &row = m_rows.at(std::size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::TextAlignmentRole:
        if (m_weighted && index.column() >= NumeratorColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ClientIdRole:
        return row.clientId;
    case CourseIdRole:
        return row.courseId;
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case KindColumn:
        return tr("Course");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case NumeratorColumn:
        return tr("In numerator");
    case DenominatorColumn:
        return tr("In denominator");
    }
    return {};
}

} // namespace mestring::ui
