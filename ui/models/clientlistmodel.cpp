#include "clientlistmodel.h"

#include <QFont>

#include "core/services/clientservice.h"
#include "core/services/serviceerrors.h"
#include "core/storage/storageerror.h"
#include "ui/formatting.h"

namespace mestring::ui {

ClientListModel::ClientListModel(core::ClientService &service, core::Actor actor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_actor(std::move(actor))
{
    // A change may move a client in the order or out of the search; reloading the loaded rows
    // is cheap (a few pages) and keeps the view honest without a second code path.
    connect(
        &m_service, &core::ClientService::clientChanged, this, &ClientListModel::reloadLoadedRows);
}

void ClientListModel::setSearchText(const QString &text)
{
    beginResetModel();
    m_searchText = text;
    // The first page is loaded inside the reset so the view never shows an empty flash.
    m_clients = loadPage(0, m_pageSize);
    m_complete = int(m_clients.size()) < m_pageSize;
    endResetModel();
}

void ClientListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

int ClientListModel::rowOf(const QString &clientId) const
{
    for (std::size_t i = 0; i < m_clients.size(); ++i) {
        if (m_clients[i].id == clientId) return int(i);
    }
    return -1;
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Client &client = m_clients[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(client, index.column());
    case Qt::FontRole:
        if (client.anonymous && index.column() == CprColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ClientIdRole:
        return client.id;
    case AnonymousRole:
        return client.anonymous;
    default:
        return {};
    }
}

QVariant ClientListModel::displayData(const core::Client &client, int column) const
{
    switch (column) {
    case NameColumn:
        // "Last, First" because the rows are ordered by last name: the order is visible.
        if (client.anonymous || (client.firstName.isEmpty() && client.lastName.isEmpty()))
            return client.alias;
        if (client.firstName.isEmpty() || client.lastName.isEmpty())
            return QString(client.lastName + client.firstName);
        return QString(client.lastName + QStringLiteral(", ") + client.firstName);
    case CprColumn:
        if (client.anonymous) return tr("Anonymous");
        return formatCpr(client.cpr);
    case BirthDateColumn:
        return formatDate(client.birthDate);
    case MunicipalityColumn:
        return client.municipality;
    default:
        return {};
    }
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CprColumn:
        return tr("CPR number");
    case BirthDateColumn:
        return tr("Birth date");
    case MunicipalityColumn:
        return tr("Municipality");
    default:
        return {};
    }
}

bool ClientListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void ClientListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete) return;
    std::vector<core::Client> page = loadPage(int(m_clients.size()), m_pageSize);
    m_complete = int(page.size()) < m_pageSize;
    if (page.empty()) return;
    const int first = int(m_clients.size());
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    m_clients.insert(m_clients.end(), std::make_move_iterator(page.begin()),
        std::make_move_iterator(page.end()));
    endInsertRows();
}

std::vector<core::Client> ClientListModel::loadPage(int offset, int limit)
{
    // Exceptions must not cross Qt's event loop (the view calls fetchMore from a timer):
    // report and stop paging; the user can search again.
    try {
        return m_service.search(m_actor, m_searchText, offset, limit);
    } catch (const core::ServiceError &error) {
        m_complete = true;
        Q_EMIT loadFailed(error.message());
    } catch (const core::StorageError &error) {
        m_complete = true;
        Q_EMIT loadFailed(error.message());
    }
    return {};
}

void ClientListModel::reloadLoadedRows()
{
    const int wanted = qMax(m_pageSize, int(m_clients.size()));
    beginResetModel();
    m_clients = loadPage(0, wanted);
    m_complete = int(m_clients.size()) < wanted;
    endResetModel();
}

} // namespace mestring::ui
