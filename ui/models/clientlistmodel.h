#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/domain/client.h"
#include "core/services/actor.h"

namespace mestring::core {
class ClientService;
}

namespace mestring::ui {

/// The clients matching a search text, fetched from ClientService in pages as the view
/// scrolls, so a centre with many thousand clients opens and searches instantly.
/// Rows are in the service's order (last name, then first name; alias for anonymous clients).
class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CprColumn, BirthDateColumn, MunicipalityColumn, ColumnCount };
    enum Role {
        ClientIdRole = Qt::UserRole,
        AnonymousRole,
    };

    static constexpr int defaultPageSize = 200;

    ClientListModel(core::ClientService &service, core::Actor actor, QObject *parent = nullptr);

    /// Replaces the rows with the first page of clients matching `text` (empty: everyone).
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    /// Rows per fetch; tests use small pages to see paging at work.
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    /// True when every match is loaded (no more pages to fetch).
    bool isComplete() const { return m_complete; }
    const core::Client &clientAt(int row) const { return m_clients.at(std::size_t(row)); }
    /// The row of the client with this id among the loaded rows, -1 when not loaded.
    int rowOf(const QString &clientId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// The service refused or failed; the rows loaded so far stay.
    void loadFailed(const QString &message);

private:
    std::vector<core::Client> loadPage(int offset, int limit);
    void reloadLoadedRows();
    QVariant displayData(const core::Client &client, int column) const;

    core::ClientService &m_service;
    core::Actor m_actor;
    QString m_searchText;
    std::vector<core::Client> m_clients;
    int m_pageSize = defaultPageSize;
    bool m_complete = false;
};

} // namespace mestring::ui
