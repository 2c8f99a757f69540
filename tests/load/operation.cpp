#include "operation.h"

namespace mestring::load {

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::Search:
        return QStringLiteral("search");
    case Operation::OpenClient:
        return QStringLiteral("open client");
    case Operation::WriteNote:
        return QStringLiteral("write note");
    case Operation::MarkAttendance:
        return QStringLiteral("mark attendance");
    case Operation::RecordDose:
        return QStringLiteral("record dose");
    case Operation::DispensingList:
        return QStringLiteral("dispensing list");
    case Operation::Report:
        return QStringLiteral("effect report");
    case Operation::Count:
        break;
    }
    return {};
}

} // namespace mestring::load
