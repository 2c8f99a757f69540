#pragma once

#include <QWidget>

#include "core/services/actor.h"

class QTableView;

namespace mestring::core {
class StaffService;
}

namespace mestring::ui {

class PageHeader;
class StaffTableModel;

/// Administration: the centre's staff accounts, read-only for now (creating accounts and
/// setting passwords come with the account dialogs).
class AdministrationPage : public QWidget
{
    Q_OBJECT

public:
    AdministrationPage(core::StaffService &staff, core::Actor actor, QWidget *parent = nullptr);

    void refresh();
    StaffTableModel *staffModel() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    core::StaffService &m_staff;
    core::Actor m_actor;
    PageHeader *m_header;
    StaffTableModel *m_model;
    QTableView *m_table;
};

} // namespace mestring::ui
