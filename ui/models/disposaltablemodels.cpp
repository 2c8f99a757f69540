#include "disposaltablemodels.h"

#include "ui/formatting.h"

namespace mestring::ui {

void DisposalCandidateModel::setCandidates(QList<core::DisposalCandidate> candidates)
{
    beginResetModel();
    m_rows = std::move(candidates);
    endResetModel();
}

void DisposalCandidateModel::removeClient(const QString &clientId)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).clientId != clientId) continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
}

int DisposalCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisposalCandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisposalCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::DisposalCandidate &c = m_rows.at(index.row());
    if (role == ClientIdRole) return c.clientId;
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case NameColumn:
        return c.name;
    case CprColumn:
        return formatCpr(c.cpr);
    case LastEntryColumn:
        return formatDate(c.lastEntry);
    case KeptUntilColumn:
        return formatDate(core::keptUntilAfter(c.lastEntry));
    default:
        return {};
    }
}

QVariant DisposalCandidateModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Client");
    case CprColumn:
        return tr("CPR number");
    case LastEntryColumn:
        return tr("Last entry");
    case KeptUntilColumn:
        return tr("Kept until");
    default:
        return {};
    }
}

void DisposalHistoryModel::setDisposals(QList<core::Disposal> disposals)
{
    beginResetModel();
    m_rows = std::move(disposals);
    endResetModel();
}

int DisposalHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisposalHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisposalHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Disposal &d = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == RecordsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case WhenColumn:
        return QString(formatDate(d.disposedAt.date()) + QLatin1Char(' ')
            + d.disposedAt.time().toString(QStringLiteral("HH:mm")));
    case ByColumn:
        return d.actorName;
    case ClientIdColumn:
        return d.clientId;
    case LastEntryColumn:
        return formatDate(d.lastEntry);
    case RecordsColumn:
        return d.records;
    default:
        return {};
    }
}

QVariant DisposalHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("Disposed of");
    case ByColumn:
        return tr("By");
    case ClientIdColumn:
        return tr("Client id");
    case LastEntryColumn:
        return tr("Last entry");
    case RecordsColumn:
        return tr("Records");
    default:
        return {};
    }
}

} // namespace mestring::ui
