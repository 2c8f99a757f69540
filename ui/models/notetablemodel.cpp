#include "notetablemodel.h"

#include <algorithm>

#include "core/domain/clock.h"
#include "ui/formatting.h"
#include "ui/recordtitles.h"

namespace mestring::ui {

NoteTableModel::NoteTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString NoteTableModel::formatWritten(const QDateTime &writtenAt)
{
    const QDateTime local = core::Clock::centreTime(writtenAt);
    return formatDate(local.date()) + QLatin1Char(' ') + local.toString(QStringLiteral("HH:mm"));
}

void NoteTableModel::setNotes(
    std::vector<core::NoteEntry> notes, QHash<QString, QString> courseNames)
{
    std::reverse(notes.begin(), notes.end()); // the service gives oldest first
    beginResetModel();
    m_notes = std::move(notes);
    m_courseNames = std::move(courseNames);
    endResetModel();
}

int NoteTableModel::rowOf(const QString &noteId) const
{
    for (std::size_t i = 0; i < m_notes.size(); ++i) {
        if (m_notes[i].note.id == noteId) return int(i);
    }
    return -1;
}

int NoteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int NoteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::NoteEntry &entry = m_notes[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? entry.note.text : displayData(entry, index.column());
    case NoteIdRole:
        return entry.note.id;
    default:
        return {};
    }
}

QVariant NoteTableModel::displayData(const core::NoteEntry &entry, int column) const
{
    switch (column) {
    case WrittenColumn:
        return formatWritten(entry.note.writtenAt);
    case KindColumn:
        return noteKindTitle(entry.note.kind);
    case CourseColumn:
        return entry.note.course.isEmpty() ? QString() : courseName(entry.note.course);
    case AuthorColumn:
        return entry.authorName.isEmpty() ? entry.note.author : entry.authorName;
    case TextColumn:
        // The first line is the heading staff scan for; the reading pane shows the rest.
        return entry.note.text.section(QLatin1Char('\n'), 0, 0).left(200);
    case AddendaColumn:
        return entry.addenda.empty() ? QString()
                                     : tr("%n addenda", nullptr, int(entry.addenda.size()));
    }
    return {};
}

QVariant NoteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case WrittenColumn:
        return tr("Written");
    case KindColumn:
        return tr("Kind");
    case CourseColumn:
        return tr("Course");
    case AuthorColumn:
        return tr("Signed by");
    case TextColumn:
        return tr("Note");
    case AddendaColumn:
        return tr("Addenda");
    }
    return {};
}

} // namespace mestring::ui
