#pragma once

#include <QHash>

#include "recordtab.h"

class QTableView;

namespace mestring::ui {

class AbsenceDialog;
class AbsenceTableModel;

/// "Fravær": the client's absence periods. A new or changed period shows the planned
/// appointments it cancels before it is saved (AbsenceDialog).
class AbsencesTab : public RecordTab
{
    Q_OBJECT

public:
    AbsencesTab(Services services, core::Actor actor, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    AbsenceTableModel *model() const { return m_model; }

public Q_SLOTS:
    void newAbsence();
    void editAbsence();

protected:
    void reload() override;

private:
    QHash<QString, QString> staffNames();
    void afterSave(const AbsenceDialog &dialog);

    AbsenceTableModel *m_model;
    QTableView *m_table;
    QAction *m_new;
    QAction *m_edit;
};

} // namespace mestring::ui
