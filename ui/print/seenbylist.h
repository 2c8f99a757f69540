#pragma once

#include <vector>

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "core/domain/client.h"
#include "core/services/accesslogservice.h"

class QPrinter;

namespace mestring::ui {

/// "Hvem har set mine data": every use of one client's data still in the access log, newest
/// first, with the staff member and the kind of use, for the client to take home. Printed,
/// previewed or written as PDF (A4 portrait).
class SeenByList
{
    Q_DECLARE_TR_FUNCTIONS(SeenByList)

public:
    SeenByList(core::Client client, std::vector<core::AccessLogLine> lines, QDate printedOn,
        QDate keptFrom);

    QString html() const;
    void print(QPrinter *printer) const;
    /// False when the file cannot be written.
    bool writePdf(const QString &path) const;
    std::size_t entryCount() const { return m_lines.size(); }

private:
    core::Client m_client;
    std::vector<core::AccessLogLine> m_lines;
    QDate m_printedOn;
    QDate m_keptFrom;
};

} // namespace mestring::ui
