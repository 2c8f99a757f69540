#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/domain/absence.h"

namespace mestring::ui {

/// A client's absence periods, newest first; an open-ended period says so.
class AbsenceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FromColumn, ToColumn, ReasonColumn, NoteColumn, ColumnCount };
    enum Role { AbsenceIdRole = Qt::UserRole };

    explicit AbsenceTableModel(QObject *parent = nullptr);

    void setAbsences(std::vector<core::Absence> absences);
    const core::Absence &absenceAt(int row) const { return m_absences.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::Absence> m_absences;
};

} // namespace mestring::ui
