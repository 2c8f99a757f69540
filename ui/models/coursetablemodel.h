#pragma once

#include <vector>

#include <QAbstractTableModel>

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

    void setCourses(std::vector<core::Course> courses);
    const core::Course &courseAt(int row) const { return m_courses.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const core::Course &course, int column) const;

    std::vector<core::Course> m_courses;
};

} // namespace mestring::ui
