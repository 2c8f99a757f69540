#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QHash>

#include "core/services/accesslogservice.h"

namespace mestring::ui {

/// Access-log entries as the manager's search shows them, newest first.
class AccessLogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, StaffColumn, KindColumn, ClientColumn, DetailColumn, ColumnCount };

    explicit AccessLogTableModel(QObject *parent = nullptr);

    /// `clientNames` maps client ids to the names shown (others show the id).
    void setLines(
        std::vector<core::AccessLogLine> lines, const QHash<QString, QString> &clientNames);
    const core::AccessLogLine &lineAt(int row) const { return m_lines.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::AccessLogLine> m_lines;
    QHash<QString, QString> m_clientNames;
};

} // namespace mestring::ui
