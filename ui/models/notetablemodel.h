#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QHash>

#include "core/services/noteservice.h"

namespace mestring::ui {

/// A client's journal notes, newest first, each with its addenda (tillæg) kept with it.
class NoteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WrittenColumn,
        KindColumn,
        CourseColumn,
        AuthorColumn,
        TextColumn,
        AddendaColumn,
        ColumnCount
    };
    enum Role { NoteIdRole = Qt::UserRole };

    explicit NoteTableModel(QObject *parent = nullptr);

    /// `courseNames` maps course ids to how the journal names them.
    void setNotes(std::vector<core::NoteEntry> notes, QHash<QString, QString> courseNames);
    const core::NoteEntry &noteAt(int row) const { return m_notes.at(std::size_t(row)); }
    int rowOf(const QString &noteId) const;
    QString courseName(const QString &courseId) const { return m_courseNames.value(courseId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "17-01-2025 11:05", local time.
    static QString formatWritten(const QDateTime &writtenAt);

private:
    QVariant displayData(const core::NoteEntry &entry, int column) const;

    std::vector<core::NoteEntry> m_notes;
    QHash<QString, QString> m_courseNames;
};

} // namespace mestring::ui
