#pragma once

#include <QSqlDatabase>
#include <QString>

namespace mestring::core {

/// One connection to a Mestring SQLite file. Keeps only the connection name (style.md): one
/// Database per thread; a report worker opens its own.
class Database
{
public:
    enum class OpenMode {
        CreateIfMissing, // a new file is created and migrated to the latest schema
        MustExist, // refuse when the file does not exist
    };

    /// The marker in SQLite's header (PRAGMA application_id) that says "this is Mestring".
    static constexpr int applicationId = 0x4D455354; // "MEST"
    /// How long a write waits for another connection's write lock before it gives up.
    static constexpr int busyTimeoutMs = 5000;

    explicit Database(QString connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (and when needed creates and migrates) the file. A file from a newer program, a
    /// corrupt file or one that is not a Mestring database is refused with a message for the
    /// user, and left untouched. Throws StorageError.
    void open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    /// An in-memory database with the latest schema (tests).
    void openInMemory();
    void close();

    QSqlDatabase connection() const;
    QString connectionName() const { return m_name; }
    QString path() const { return m_path; }
    bool isOpen() const;
    int schemaVersion() const;

private:
    void openConnection(const QString &path);
    void refuseForeignFile(const QString &path);
    void configure();

    QString m_name;
    QString m_path;
};

} // namespace mestring::core
