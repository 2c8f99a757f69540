#pragma once

#include <optional>

#include "core/domain/effecttarget.h"
#include "core/services/actor.h"
#include "recorddialog.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mestring::core {
class TargetService;
}

namespace mestring::ui {

/// Sets the effect-goal target (baseline and target) of an indicator, breakdown and year
/// through TargetService (coordinators and managers: EditTargets). Choosing an indicator,
/// breakdown and year shows what is stored for them; rates are typed in percent, counts and
/// days as numbers. "Remove target" deletes the stored one.
class TargetDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// Opens on `indicator`/`breakdown` (empty: the first indicator, as a whole) and `year`.
    TargetDialog(core::TargetService &targets, core::Actor actor, const QString &indicator,
        const QString &breakdown, int year, QWidget *parent = nullptr);

    QComboBox *indicatorCombo() const { return m_indicator; }
    QComboBox *breakdownCombo() const { return m_breakdown; }
    QSpinBox *yearSpin() const { return m_year; }
    QLineEdit *baselineEdit() const { return m_baseline; }
    QLineEdit *targetEdit() const { return m_target; }
    QPushButton *removeButton() const { return m_remove; }
    /// Chooses an indicator and breakdown (null: the whole) as the user would.
    void choose(const QString &indicator, const QString &breakdown);

protected:
    bool save() override;

private:
    void fillBreakdowns();
    void loadStored();
    void removeStored();
    bool isRate() const;
    std::optional<double> numberIn(
        QLineEdit *edit, const QString &path, core::RuleIssues &issues) const;
    QString numberText(std::optional<double> value) const;
    core::EffectTarget current() const;

    core::TargetService &m_targets;
    core::Actor m_actor;
    QComboBox *m_indicator;
    QComboBox *m_breakdown;
    QSpinBox *m_year;
    QLineEdit *m_baseline;
    QLineEdit *m_target;
    QPushButton *m_remove;
    std::optional<core::EffectTarget> m_stored;
};

} // namespace mestring::ui
