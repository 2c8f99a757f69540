#include "fittablemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include "core/domain/fitrating.h"
#include "ui/formatting.h"

namespace mestring::ui {

FitTableModel::FitTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FitTableModel::setSessions(std::vector<core::FitSessionPoint> sessions)
{
    beginResetModel();
    m_sessions = std::move(sessions);
    m_firstOrs.reset();
    for (const core::FitSessionPoint &p : m_sessions) {
        if (p.ors && !m_firstOrs) m_firstOrs = p.ors;
    }
    endResetModel();
}

int FitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int FitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FitTableModel::score(int tenths)
{
    return QLocale().toString(tenths / 10.0, 'f', 1);
}

QVariant FitTableModel::display(const core::FitSessionPoint &p, int column) const
{
    switch (column) {
    case DateColumn:
        return formatDate(p.date);
    case SessionColumn:
        return p.session.isEmpty() ? tr("Individual session") : tr("Group session");
    case OrsColumn:
        return p.ors ? score(*p.ors) : QString();
    case ChangeColumn: {
        if (!p.ors || !m_firstOrs) return QString();
        const int change = *p.ors - *m_firstOrs;
        const QString text = (change > 0 ? QStringLiteral("+") : QString()) + score(change);
        switch (core::fitChange(*m_firstOrs, *p.ors)) {
        case core::FitChange::Improved:
            return tr("%1 (reliable progress)").arg(text);
        case core::FitChange::Worsened:
            return tr("%1 (reliable setback)").arg(text);
        case core::FitChange::Unchanged:
            return text;
        }
        return text;
    }
    case SrsColumn:
        return p.srs ? score(*p.srs) : QString();
    }
    return {};
}

QVariant FitTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::FitSessionPoint &p = m_sessions[std::size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) return display(p, index.column());
    if (role == Qt::TextAlignmentRole && index.column() >= OrsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        const bool low = (index.column() == OrsColumn && p.ors
                             && *p.ors <= core::fit::orsClinicalCutoff)
            || (index.column() == SrsColumn && p.srs && *p.srs < core::fit::srsAllianceCutoff);
        if (low) return QBrush(QColor(0x8a, 0x5a, 0x00));
    }
    return {};
}

QVariant FitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case SessionColumn:
        return tr("Session");
    case OrsColumn:
        return tr("ORS");
    case ChangeColumn:
        return tr("Since the first ORS");
    case SrsColumn:
        return tr("SRS");
    }
    return {};
}

} // namespace mestring::ui
