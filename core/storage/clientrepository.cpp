#include "clientrepository.h"

#include "core/domain/cpr.h"
#include "core/domain/typedtext.h"
#include "database.h"
#include "nameorder.h"
#include "sqlquery.h"

namespace mestring::core {

namespace {

const QString columns = QStringLiteral(
    "id, cpr, first_name, last_name, alias, anonymous, birth_date, sex, municipality, phone, "
    "address, consent_text, consent_date, version");

Client clientFromRow(const SqlQuery &q)
{
    Client c;
    c.id = q.value(0).toString();
    c.cpr = textFrom(q.value(1));
    c.firstName = textFrom(q.value(2));
    c.lastName = textFrom(q.value(3));
    c.alias = textFrom(q.value(4));
    c.anonymous = q.value(5).toBool();
    c.birthDate = dateFrom(q.value(6));
    if (!q.value(7).isNull())
        c.sex = parseEnum<Sex>(q.value(7).toString());
    c.municipality = textFrom(q.value(8));
    c.phone = textFrom(q.value(9));
    c.address = textFrom(q.value(10));
    c.consentText = textFrom(q.value(11));
    c.consentDate = dateFrom(q.value(12));
    c.version = q.value(13).toInt();
    return c;
}

void bindClient(SqlQuery &q, const Client &c)
{
    // Stored normalised, whoever writes (the forms, an import), so the unique index on `cpr`
    // decides on the number, not on how it was typed.
    q.bind(textValue(normalizedCpr(c.cpr)))
        .bind(textValue(c.firstName))
        .bind(textValue(c.lastName))
        .bind(textValue(c.alias))
        .bind(c.anonymous)
        .bind(dateValue(c.birthDate))
        .bind(c.sex ? QVariant(enumCode(*c.sex)) : QVariant())
        .bind(textValue(c.municipality))
        .bind(textValue(c.phone))
        .bind(textValue(c.address))
        .bind(textValue(c.consentText))
        .bind(dateValue(c.consentDate))
        .bind(ClientRepository::searchTextOf(c));
}

std::vector<Client> collect(SqlQuery &q)
{
    q.raw().setForwardOnly(true); // rows are read once; SQLite then keeps no copy of them
    q.exec();
    std::vector<Client> result;
    while (q.next())
        result.push_back(clientFromRow(q));
    return result;
}

} // namespace

QString ClientRepository::searchTextOf(const Client &client)
{
    QString cprDigits = client.cpr;
    cprDigits.remove(QLatin1Char('-'));
    return QStringList{client.firstName, client.lastName, client.alias, cprDigits}
        .join(QLatin1Char(' '))
        .toLower();
}

void ClientRepository::insert(const Client &client)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO clients (id, cpr, first_name, last_name, alias, anonymous, birth_date, sex, "
        "municipality, phone, address, consent_text, consent_date, search_text, seq) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "%1)");
    SqlQuery &q = m_statements.get(sql.arg(nextSeq(m_db, "clients")));
    q.bind(client.id);
    bindClient(q, client);
    q.exec();
}

void ClientRepository::update(const Client &client)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE clients SET cpr = ?, first_name = ?, last_name = ?, "
                                    "alias = ?, anonymous = ?, birth_date = ?, sex = ?, "
                                    "municipality = ?, phone = ?, address = ?, consent_text = ?, "
                                    "consent_date = ?, search_text = ? WHERE id = ?"));
    bindClient(q, client);
    q.bind(client.id);
    q.exec();
}

std::optional<Client> ClientRepository::byId(const QString &id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM clients WHERE id = ?"));
    q.bind(id);
    auto rows = collect(q);
    return rows.empty() ? std::nullopt : std::optional<Client>(rows.front());
}

std::optional<Client> ClientRepository::byCpr(const QString &normalizedCpr) const
{
    // Stored normalised since schema 8, but a number kept in its typed form because it
    // collided then (schemav8.cpp) is still found.
    SqlQuery q(m_db, QStringLiteral("SELECT ") + columns
                         + QStringLiteral(" FROM clients WHERE UPPER(REPLACE(cpr, '-', '')) = ?"));
    q.bind(normalizedCpr);
    auto rows = collect(q);
    return rows.empty() ? std::nullopt : std::optional<Client>(rows.front());
}

std::vector<Client> ClientRepository::all() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM clients ORDER BY seq"));
    return collect(q);
}

std::vector<Client> ClientRepository::search(
    const QString &text, int offset, int limit, const QDate &today) const
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM clients");
    QVariantList values;
    for (const QString &word : words) {
        sql += values.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        // A birth date as the lists show it (24-10-1965) finds the client whatever the CPR
        // number; the digits alone still match the CPR number (241065).
        QString pattern = word;
        pattern.remove(QLatin1Char('-'))
            .replace(QLatin1Char('\\'), QLatin1StringView("\\\\"))
            .replace(QLatin1Char('%'), QLatin1StringView("\\%"))
            .replace(QLatin1Char('_'), QLatin1StringView("\\_"));
        values << QString(QLatin1Char('%') + pattern + QLatin1Char('%'));
        const QDate date = parseTypedDate(word, today);
        if (date.isValid()) {
            sql += QStringLiteral("(search_text LIKE ? ESCAPE '\\' OR birth_date = ?)");
            values << dateValue(date);
        } else {
            sql += QStringLiteral("search_text LIKE ? ESCAPE '\\'");
        }
    }
    // Nulls first on both engines (SQLite's own order; PostgreSQL's default is last).
    sql += QStringLiteral(" ORDER BY ") + nameOrder(m_db, u"COALESCE(last_name, alias)")
        + QStringLiteral(" NULLS FIRST, ") + nameOrder(m_db, u"first_name")
        + QStringLiteral(" NULLS FIRST, id LIMIT ? OFFSET ?");
    SqlQuery q(m_db, sql);
    for (const QVariant &value : std::as_const(values))
        q.bind(value);
    q.bind(limit).bind(offset);
    return collect(q);
}

std::vector<Client> ClientRepository::byBirthDate(const QDate &birthDate) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + columns
                         + QStringLiteral(" FROM clients WHERE birth_date = ? ORDER BY id"));
    q.bind(dateValue(birthDate));
    return collect(q);
}

int ClientRepository::count() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM clients"));
    return q.scalar().toInt();
}

} // namespace mestring::core
