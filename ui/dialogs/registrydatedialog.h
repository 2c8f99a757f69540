#pragma once

#include "recorddialog.h"

namespace mestring::ui {

class DateField;

/// Asks for the day an event was reported to the register (today by default, not later).
class RegistryDateDialog : public RecordDialog
{
    Q_OBJECT

public:
    RegistryDateDialog(const QDate &today, QWidget *parent = nullptr);

    QDate date() const;
    DateField *dateField() const { return m_day; }

protected:
    bool save() override;

private:
    QDate m_today;
    DateField *m_day;
};

} // namespace mestring::ui
