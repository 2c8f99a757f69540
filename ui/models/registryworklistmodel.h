#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/services/registryworklist.h"

namespace mestring::ui {

/// The registry worklist: one row per event to report (overdue first, then by deadline), and
/// the events marked reported when shown. Overdue rows are red, this week's amber.
class RegistryWorklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        DeadlineColumn,
        RegisterColumn,
        EventColumn,
        HappenedColumn,
        ClientColumn,
        CprColumn,
        LegalBasisColumn,
        ResponsibleColumn,
        ReportedColumn,
        ColumnCount
    };
    enum Role { CourseIdRole = Qt::UserRole, ClientIdRole, StateRole };

    explicit RegistryWorklistModel(QObject *parent = nullptr);

    void setItems(std::vector<core::RegistryWorkItem> items);
    const std::vector<core::RegistryWorkItem> &items() const { return m_items; }
    const core::RegistryWorkItem &itemAt(int row) const { return m_items.at(std::size_t(row)); }
    int rowOf(const QString &courseId, core::RegistryEvent event) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The text of a cell, as shown and printed.
    static QString cellText(const core::RegistryWorkItem &item, int column);
    static QString columnTitle(int column);

private:
    std::vector<core::RegistryWorkItem> m_items;
};

} // namespace mestring::ui
