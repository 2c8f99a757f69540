#include "absencetablemodel.h"

#include <algorithm>

#include "ui/formatting.h"
#include "ui/recordtitles.h"

namespace mestring::ui {

AbsenceTableModel::AbsenceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AbsenceTableModel::setAbsences(std::vector<core::Absence> absences)
{
    std::stable_sort(absences.begin(), absences.end(),
        [](const core::Absence &a, const core::Absence &b) { return a.from > b.from; });
    beginResetModel();
    m_absences = std::move(absences);
    endResetModel();
}

int AbsenceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_absences.size());
}

int AbsenceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AbsenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Absence &absence = m_absences[std::size_t(index.row())];
    if (role == AbsenceIdRole) return absence.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (index.column()) {
    case FromColumn:
        return formatDate(absence.from);
    case ToColumn:
        return absence.to.isValid() ? formatDate(absence.to) : tr("open-ended");
    case ReasonColumn:
        return absenceReasonTitle(absence.reason);
    case NoteColumn:
        return absence.note;
    }
    return {};
}

QVariant AbsenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To (incl.)");
    case ReasonColumn:
        return tr("Reason");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace mestring::ui
