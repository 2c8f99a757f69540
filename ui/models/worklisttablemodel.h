#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/domain/medication/medicationsettings.h"
#include "core/domain/medication/worklist.h"

namespace mestring::ui {

/// The doctor's worklist on Overblik: blocked clients, doses awaiting confirmation, late
/// registrations to confirm and overdue medical reviews, one line each (most urgent first, as
/// DispensingService::worklist orders them).
class WorklistTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, ClientColumn, BirthDateColumn, DetailColumn, ColumnCount };
    enum Role { ClientIdRole = Qt::UserRole, KindRole };

    explicit WorklistTableModel(QObject *parent = nullptr);

    void setItems(std::vector<core::WorklistItem> items, const core::MedicationSettings &settings);
    const core::WorklistItem &itemAt(int row) const { return m_items.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindTitle(core::WorklistKind kind);
    QString detailText(const core::WorklistItem &item) const;

private:
    std::vector<core::WorklistItem> m_items;
    core::MedicationSettings m_settings;
};

} // namespace mestring::ui
