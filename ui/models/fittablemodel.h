#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/domain/fitprogress.h"

namespace mestring::ui {

/// A course's rated sessions, one row each: the date, individual or group session, the ORS
/// with its change from the course's first ORS, and the SRS. Scores below a cutoff are marked.
class FitTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, SessionColumn, OrsColumn, ChangeColumn, SrsColumn, ColumnCount };

    explicit FitTableModel(QObject *parent = nullptr);

    void setSessions(std::vector<core::FitSessionPoint> sessions);
    const std::vector<core::FitSessionPoint> &sessions() const { return m_sessions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "24,5" for 245 tenths.
    static QString score(int tenths);

private:
    QVariant display(const core::FitSessionPoint &point, int column) const;

    std::vector<core::FitSessionPoint> m_sessions;
    std::optional<int> m_firstOrs;
};

} // namespace mestring::ui
