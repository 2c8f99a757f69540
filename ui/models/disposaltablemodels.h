#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/domain/disposal.h"

namespace mestring::ui {

/// Administration > Disposal: the clients whose retention period has run out.
class DisposalCandidateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CprColumn, LastEntryColumn, KeptUntilColumn, ColumnCount };
    static constexpr int ClientIdRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setCandidates(QList<core::DisposalCandidate> candidates);
    const core::DisposalCandidate &candidate(int row) const { return m_rows.at(row); }
    /// Takes the client off the list (after their records were disposed of).
    void removeClient(const QString &clientId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::DisposalCandidate> m_rows;
};

/// Administration > Disposal: the disposals done (no content: who, when, how much).
class DisposalHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        ByColumn,
        ClientIdColumn,
        LastEntryColumn,
        RecordsColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setDisposals(QList<core::Disposal> disposals);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::Disposal> m_rows;
};

} // namespace mestring::ui
