#include "databaselocation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

#include "storageerror.h"

namespace mestring::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mestring", text);
}

// The libpq connection keywords an address may carry besides its host, port, user and
// database: TLS and time-outs. A password belongs in ~/.pgpass or the login dialog, never in
// an address that is shown and stored.
constexpr const char *connectionKeywords[] = {"sslmode", "sslrootcert", "sslcert", "sslkey",
    "sslcrl", "connect_timeout", "application_name", "keepalives", "keepalives_idle",
    "target_session_attrs", "gssencmode"};

bool isConnectionKeyword(const QString &key)
{
    for (const char *keyword : connectionKeywords) {
        if (key == QLatin1StringView(keyword)) return true;
    }
    return false;
}

[[noreturn]] void refuseAddress(const QString &text, const QString &why)
{
    throw StorageError(tr("The server address %1 cannot be used: %2 Write it as "
                          "postgresql://user@server:5432/database.")
                           .arg(text, why));
}

// A value in a libpq connection string: quoted, with \ and ' escaped.
QString quotedOption(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

bool DatabaseLocation::isPlainIdentifier(const QString &name)
{
    if (name.isEmpty() || name.size() > 63 || name.front().isDigit()) return false;
    for (const QChar c : name) {
        if (!(c >= u'a' && c <= u'z') && !(c >= u'0' && c <= u'9') && c != u'_') return false;
    }
    return true;
}

DatabaseLocation DatabaseLocation::file(const QString &path)
{
    DatabaseLocation location;
    location.m_file = path;
    return location;
}

bool DatabaseLocation::looksLikeServer(const QString &text)
{
    return text.startsWith(QLatin1StringView("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1StringView("postgres://"), Qt::CaseInsensitive);
}

DatabaseLocation DatabaseLocation::parse(const QString &text)
{
    if (!looksLikeServer(text)) return file(text);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) refuseAddress(text, tr("it is not a valid address."));
    DatabaseLocation location;
    location.m_host = url.host();
    location.m_port = url.port(5432);
    location.m_user = url.userName();
    location.m_password = url.password();
    location.m_database = url.path().mid(1);
    location.m_schema = QString::fromLatin1(defaultSchema);
    if (location.m_database.isEmpty() || location.m_database.contains(QLatin1Char('/')))
        refuseAddress(text, tr("it names no database."));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1StringView("schema")) {
            location.m_schema = value;
        } else if (isConnectionKeyword(key)) {
            location.m_options.append({key, value});
        } else {
            refuseAddress(text, tr("the setting '%1' is unknown.").arg(key));
        }
    }
    if (!isPlainIdentifier(location.m_schema))
        refuseAddress(text, tr("a schema name has lower-case letters, digits and _ only."));
    return location;
}

bool DatabaseLocation::isLocalServer() const
{
    return m_host.isEmpty() || m_host.startsWith(QLatin1Char('/'))
        || m_host == QLatin1StringView("localhost") || m_host == QLatin1StringView("127.0.0.1")
        || m_host == QLatin1StringView("::1");
}

QString DatabaseLocation::connectOptions() const
{
    QStringList parts;
    bool sslmode = false;
    for (const auto &[key, value] : m_options) {
        parts << key + QLatin1Char('=') + quotedOption(value);
        sslmode = sslmode || key == QLatin1StringView("sslmode");
    }
    // Journals cross the network only encrypted: libpq's own default would fall back to plain
    // text when the server offers no TLS. The address may say otherwise (docs/server.md).
    if (!sslmode && isServer() && !isLocalServer()) parts << QStringLiteral("sslmode=require");
    return parts.join(QLatin1Char(' '));
}

DatabaseLocation DatabaseLocation::withDatabase(const QString &name) const
{
    DatabaseLocation other = *this;
    other.m_database = name;
    return other;
}

DatabaseLocation DatabaseLocation::withSchema(const QString &schema) const
{
    DatabaseLocation other = *this;
    other.m_schema = schema;
    return other;
}

DatabaseLocation DatabaseLocation::withLogin(const QString &user, const QString &password) const
{
    DatabaseLocation other = *this;
    other.m_user = user;
    other.m_password = password;
    return other;
}

QString DatabaseLocation::libpqConnectionString() const
{
    QStringList parts;
    const std::pair<const char *, QString> fields[]
        = {{"host", m_host}, {"port", QString::number(m_port)}, {"dbname", m_database},
            {"user", m_user}, {"password", m_password}};
    for (const auto &[key, value] : fields) {
        if (!value.isEmpty())
            parts << QLatin1StringView(key) + QLatin1Char('=') + quotedOption(value);
    }
    const QString options = connectOptions();
    if (!options.isEmpty()) parts << options;
    return parts.join(QLatin1Char(' '));
}

DatabaseLocation DatabaseLocation::withPassword(const QString &password) const
{
    DatabaseLocation other = *this;
    other.m_password = password;
    return other;
}

QString DatabaseLocation::displayText() const
{
    if (!isServer()) return m_file;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setUserName(m_user);
    if (m_port != 5432) url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    for (const auto &[key, value] : m_options)
        query.addQueryItem(key, value);
    if (m_schema != QLatin1StringView(defaultSchema)) query.addQueryItem(QStringLiteral("schema"), m_schema);
    if (!query.isEmpty()) url.setQuery(query);
    return url.toString();
}

bool DatabaseLocation::operator==(const DatabaseLocation &other) const
{
    return m_file == other.m_file && m_host == other.m_host && m_port == other.m_port
        && m_user == other.m_user && m_database == other.m_database
        && m_schema == other.m_schema && m_options == other.m_options;
}

} // namespace mestring::core
