#include "caseloadtablemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include "ui/enumtitles.h"
#include "ui/formatting.h"

namespace mestring::ui {

bool CaseloadTableModel::isUrgent(core::CaseloadFlagKind kind)
{
    using K = core::CaseloadFlagKind;
    return kind == K::GuaranteeOverdue || kind == K::ContactAfterNoShow
        || kind == K::ContactAfterMissedAntabus || kind == K::ThreeNoShowsInRow
        || kind == K::MedicalReviewOverdue;
}

namespace {

int urgency(const core::CaseloadRow &row)
{
    int score = 0;
    for (const core::CaseloadFlag &flag : row.flags)
        score += CaseloadTableModel::isUrgent(flag.kind) ? 100 : 10;
    return score;
}

} // namespace

CaseloadTableModel::CaseloadTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CaseloadTableModel::setRows(std::vector<core::CaseloadRow> rows, const QDate &today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    endResetModel();
}

int CaseloadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseloadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseloadTableModel::describeFlag(const core::CaseloadFlag &flag)
{
    using K = core::CaseloadFlagKind;
    const QString title = core::caseloadFlagTitle(flag.kind);
    switch (flag.kind) {
    case K::GuaranteeWarning:
    case K::GuaranteeOverdue:
        return tr("%1 (deadline %2)").arg(title, formatDate(flag.due));
    case K::ThreeNoShowsInRow:
    case K::GoalPastDeadline:
    case K::GoalScoreDue:
    case K::ContactAfterMissedAntabus:
        return flag.count > 1 ? tr("%1 (%2)").arg(title).arg(flag.count) : title;
    case K::ContactAfterNoShow:
        return tr("%1 on %2").arg(title, formatDate(flag.since));
    case K::PostDischargeFollowupDue:
        return tr("%1 (%2, due %3)")
            .arg(title,
                flag.followupType == core::AssessmentType::Post6m ? tr("6 months") : tr("1 month"),
                formatDate(flag.due));
    case K::FollowupAssessmentDue:
    case K::NoAttendedContact30:
    case K::MedicalReviewOverdue:
        return flag.since.isValid() ? tr("%1 (last %2)").arg(title, formatDate(flag.since)) : title;
    case K::SrsBelow36:
        return tr("%1 (%2 on %3)")
            .arg(title, QLocale().toString(flag.fitScore / 10.0, 'f', 1), formatDate(flag.due));
    case K::NoProgress:
        return tr("%1 (ORS %2 at the %3th rating)")
            .arg(title, QLocale().toString(flag.fitScore / 10.0, 'f', 1))
            .arg(flag.count);
    case K::RegistryOverdue:
        return flag.count > 1
            ? tr("%1 (%2 events, deadline %3)").arg(title).arg(flag.count).arg(formatDate(flag.due))
            : tr("%1 (deadline %2)").arg(title, formatDate(flag.due));
    }
    return title;
}

QVariant CaseloadTableModel::displayData(const core::CaseloadRow &row, int column) const
{
    switch (Column(column)) {
    case ClientColumn:
        return row.clientName;
    case BirthDateColumn:
        return formatDate(row.birthDate);
    case CourseColumn: {
        QString state;
        if (row.state == core::CaseloadRowState::Requested)
            state = tr("request %1").arg(formatDate(row.requestDate));
        else if (row.state == core::CaseloadRowState::Ended)
            state = tr("ended %1").arg(formatDate(row.endDate));
        else if (row.phase)
            state = phaseTitle(*row.phase);
        return state.isEmpty() ? courseKindTitle(row.kind)
                               : courseKindTitle(row.kind) + QStringLiteral(", ") + state;
    }
    case ResponsibleColumn:
        return row.responsibleName;
    case LastContactColumn:
        return formatDate(row.lastAttendedContact);
    case NextAppointmentColumn:
        return row.nextAppointment.isValid() ? formatDate(row.nextAppointment.date())
                + QLatin1Char(' ') + row.nextAppointment.time().toString(QStringLiteral("HH:mm"))
                                             : QString();
    case FlagsColumn: {
        QStringList lines;
        for (const core::CaseloadFlag &flag : row.flags)
            lines << describeFlag(flag);
        return lines.join(QLatin1Char('\n'));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CaseloadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const core::CaseloadRow &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        // The view shows one line per flag and cuts long texts off: the tooltip has them whole.
        return displayData(row, index.column());
    case Qt::ForegroundRole:
        if (index.column() == FlagsColumn && !row.flags.empty())
            return QBrush(urgency(row) >= 100 ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x8a, 0x5a, 0x00));
        return {};
    case ClientIdRole:
        return row.clientId;
    case CourseIdRole:
        return row.courseId;
    case FirstFlagRole:
        return row.flags.empty() ? -1 : int(row.flags.front().kind);
    case UrgencyRole:
        return urgency(row);
    default:
        return {};
    }
}

QVariant CaseloadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (Column(section)) {
    case ClientColumn:
        return tr("Client");
    case BirthDateColumn:
        return tr("Born");
    case CourseColumn:
        return tr("Course");
    case ResponsibleColumn:
        return tr("Contact person");
    case LastContactColumn:
        return tr("Last contact");
    case NextAppointmentColumn:
        return tr("Next appointment");
    case FlagsColumn:
        return tr("Needs doing");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace mestring::ui
