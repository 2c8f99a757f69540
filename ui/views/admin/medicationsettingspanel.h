#pragma once

#include <functional>
#include <map>

#include <QWidget>

#include "core/domain/enums.h"
#include "core/services/actor.h"
#include "ui/services.h"

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace mestring::ui {

class ClosedDayTableModel;
class DateField;

/// Administration > Medicin: the centre's closed days of a year (the public holidays, computed,
/// and the days the centre adds, e.g. Grundlovsdag or the weekends) and the dose limits per
/// drug and the methadone concentration. Everyone who reads medication sees it; doctors,
/// coordinators and managers change it.
class MedicationSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    MedicationSettingsPanel(Services services, core::Actor actor, QWidget *parent = nullptr);

    void refresh();
    /// Adds the day and reason typed; false (with the reason shown) when refused.
    bool addClosedDay();
    bool removeChosenDay();
    int addWeekends();
    bool saveLimits();

    QSpinBox *yearField() const { return m_year; }
    DateField *dateField() const { return m_date; }
    QLineEdit *reasonField() const { return m_reason; }
    QTableView *table() const { return m_table; }
    QDoubleSpinBox *limitField(core::Drug drug) const { return m_limits.at(drug); }
    QDoubleSpinBox *concentrationField() const { return m_concentration; }
    QString status() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createClosedDays();
    QWidget *createLimits();
    void showStatus(const QString &text, bool isError);
    bool run(const std::function<void()> &change, const QString &done);

    Services m_services;
    core::Actor m_actor;
    bool m_mayChange;
    QSpinBox *m_year;
    DateField *m_date;
    QLineEdit *m_reason;
    ClosedDayTableModel *m_model;
    QTableView *m_table;
    std::map<core::Drug, QDoubleSpinBox *> m_limits;
    QDoubleSpinBox *m_concentration;
    QLabel *m_status;
};

} // namespace mestring::ui
