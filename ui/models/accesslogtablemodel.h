#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/services/accesslogservice.h"

namespace mestring::ui {

/// Access-log entries as the manager's search shows them, newest first.
class AccessLogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, StaffColumn, KindColumn, ClientColumn, DetailColumn, ColumnCount };

    explicit AccessLogTableModel(QObject *parent = nullptr);

    void setLines(std::vector<core::AccessLogLine> lines);
    const core::AccessLogLine &lineAt(int row) const { return m_lines.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::AccessLogLine> m_lines;
};

} // namespace mestring::ui
