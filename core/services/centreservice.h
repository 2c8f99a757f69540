#pragma once

#include <QObject>

#include "actor.h"
#include "clientservice.h"
#include "core/domain/centreinfo.h"

namespace mestring::core {

class AccessLog;
class Database;

/// The centre's own name, address, phone, phone hours and e-mail, kept in the database's
/// settings (they travel with the file and its backups). Anyone logged in reads them; a
/// manager (ManageStaff) changes them.
class CentreService : public QObject
{
    Q_OBJECT

public:
    CentreService(const Database &db, AccessLog &log, QObject *parent = nullptr);

    CentreInfo info() const { return read(m_db); }
    /// The details as stored, for whatever prints them (no permission needed to read).
    static CentreInfo read(const Database &db);
    /// Saves the texts (trimmed); each at most textlimit::centreText characters.
    SaveResult setInfo(const Actor &actor, const CentreInfo &info);

Q_SIGNALS:
    void centreChanged();

private:
    const Database &m_db;
    AccessLog &m_log;
};

} // namespace mestring::core
