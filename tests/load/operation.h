#pragma once

#include <QString>

namespace mestring::load {

/// What a simulated staff member does; each is timed as the GUI's step of the same name.
enum class Operation {
    Search, // a keystroke's search in the client list (first page)
    OpenClient, // master data, courses and staff names (ClientsPage::openClient)
    WriteNote, // sign and save a journal note
    MarkAttendance, // one cell of a group register
    RecordDose, // record a dose and reread the client's rows (MedicationPage::saveDirect)
    DispensingList, // the day's whole dispensing list
    Report, // the one-year effect report
    Count
};

inline constexpr int operationCount = int(Operation::Count);

QString operationName(Operation operation);

} // namespace mestring::load
