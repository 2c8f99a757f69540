#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QHash>

#include "core/domain/course.h"

namespace mestring::ui {

/// A client's treatment courses, newest first: the few rows of one client, loaded whole.
class CourseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        LegalBasisColumn,
        SettingColumn,
        PhaseColumn,
        ResponsibleColumn,
        RequestColumn,
        StartColumn,
        EndColumn,
        EndReasonColumn,
        ColumnCount
    };
    enum Role {
        CourseIdRole = Qt::UserRole,
        OpenRole, // true while the course has not ended
    };

    explicit CourseTableModel(QObject *parent = nullptr);

    /// `staffNames` maps staff ids to names for the responsible column (kontaktperson).
    void setCourses(std::vector<core::Course> courses, QHash<QString, QString> staffNames = {});
    const core::Course &courseAt(int row) const { return m_courses.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const core::Course &course, int column) const;

    std::vector<core::Course> m_courses;
    QHash<QString, QString> m_staffNames;
};

} // namespace mestring::ui
