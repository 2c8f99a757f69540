#include "targetdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

#include "core/domain/indicatorids.h"
#include "core/services/serviceerrors.h"
#include "core/services/targetservice.h"
#include "fieldinputs.h"
#include "ui/reporttitles.h"

namespace mestring::ui {

namespace {

// The breakdown keys the report shows for an indicator (core's isBreakdownKey), in report
// order.
QStringList breakdownKeys(core::IndicatorBreakdown breakdown)
{
    using core::IndicatorBreakdown;
    const QStringList kinds = core::enumCodes<core::CourseKind>();
    const QString all = QStringLiteral("all");
    switch (breakdown) {
    case IndicatorBreakdown::None:
        return {};
    case IndicatorBreakdown::Kinds:
        return kinds;
    case IndicatorBreakdown::AllAndKinds:
        return QStringList {all} + kinds;
    case IndicatorBreakdown::AllAndThemes:
        return QStringList {all} + core::enumCodes<core::Theme>();
    case IndicatorBreakdown::LifeAreas:
        return core::enumCodes<core::LifeArea>();
    case IndicatorBreakdown::FollowupTypes:
        return {QStringLiteral("post_1m"), QStringLiteral("post_6m")};
    case IndicatorBreakdown::KindTransitions: {
        QStringList keys;
        for (const QString &kind : kinds) {
            for (std::string_view transition : core::phaseFunnelTransitions)
                keys << kind + QLatin1Char('.') + core::indicatorIdView(transition);
        }
        return keys;
    }
    }
    return {};
}

} // namespace

TargetDialog::TargetDialog(core::TargetService &targets, core::Actor actor,
    const QString &indicator, const QString &breakdown, int year, QWidget *parent)
    : RecordDialog(parent)
    , m_targets(targets)
    , m_actor(std::move(actor))
    , m_indicator(new QComboBox(this))
    , m_breakdown(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_baseline(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_remove(new QPushButton(tr("&Remove target"), this))
{
    setWindowTitle(tr("Effect-goal target"));
    setObjectName(QStringLiteral("targetDialog"));
    for (const core::IndicatorInfo &info : core::indicators) {
        const QString id = core::indicatorIdView(info.id).toString();
        m_indicator->addItem(indicatorTitle(id), id);
    }
    m_indicator->setMaxVisibleItems(22);
    m_year->setRange(2000, 2100);
    m_year->setValue(year);
    m_year->setGroupSeparatorShown(false);

    addField(tr("&Indicator"), m_indicator, QStringLiteral("indicator"));
    addField(tr("&Breakdown"), m_breakdown, QStringLiteral("breakdown"));
    addField(tr("&Year"), m_year, QStringLiteral("year"));
    addField(tr("Base&line"), m_baseline, QStringLiteral("baseline"));
    addField(tr("&Target"), m_target, QStringLiteral("target"));
    addNote(tr("Rates in percent (40 for 40 %), counts and days as numbers. The report compares "
               "a period with the targets of the year it ends in."));
    buttons()->addButton(m_remove, QDialogButtonBox::DestructiveRole);
    connect(m_remove, &QPushButton::clicked, this, &TargetDialog::removeStored);

    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
        fillBreakdowns();
        loadStored();
    });
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &TargetDialog::loadStored);
    connect(m_year, &QSpinBox::valueChanged, this, &TargetDialog::loadStored);
    choose(indicator, breakdown);
    watchForChanges();
    fitToWidth(this, 560);
}

void TargetDialog::choose(const QString &indicator, const QString &breakdown)
{
    const int at = m_indicator->findData(indicator);
    m_indicator->setCurrentIndex(std::max(at, 0));
    fillBreakdowns();
    const int key = breakdown.isEmpty() ? 0 : m_breakdown->findData(breakdown);
    m_breakdown->setCurrentIndex(std::max(key, 0));
    loadStored();
}

void TargetDialog::fillBreakdowns()
{
    const QSignalBlocker blocker(m_breakdown);
    m_breakdown->clear();
    m_breakdown->addItem(tr("The indicator as a whole"), QVariant());
    const core::IndicatorInfo *info = core::findIndicator(m_indicator->currentData().toString());
    if (!info) return;
    for (const QString &key : breakdownKeys(info->breakdown))
        m_breakdown->addItem(breakdownTitle(key), key);
    m_breakdown->setEnabled(m_breakdown->count() > 1);
}

bool TargetDialog::isRate() const
{
    return indicatorIsRate(m_indicator->currentData().toString());
}

QString TargetDialog::numberText(std::optional<double> value) const
{
    if (!value) return {};
    return QLocale().toString(isRate() ? *value * 100 : *value, 'g', 6);
}

void TargetDialog::loadStored()
{
    m_stored.reset();
    const core::EffectTarget wanted = current();
    try {
        for (const core::EffectTarget &t : m_targets.forYear(m_actor, wanted.year)) {
            if (t.indicator == wanted.indicator && t.breakdown == wanted.breakdown) m_stored = t;
        }
    } catch (const core::ServiceError &error) {
        showGeneralMessage(error.message());
    }
    m_baseline->setText(numberText(m_stored ? m_stored->baseline : std::nullopt));
    m_target->setText(numberText(m_stored ? m_stored->target : std::nullopt));
    const QString unit = isRate() ? tr("percent, e.g. 40") : tr("a number, e.g. 12");
    m_baseline->setPlaceholderText(unit);
    m_target->setPlaceholderText(unit);
    m_remove->setEnabled(m_stored.has_value());
    showIssues({});
}

core::EffectTarget TargetDialog::current() const
{
    core::EffectTarget target;
    target.indicator = m_indicator->currentData().toString();
    const QVariant key = m_breakdown->currentData();
    target.breakdown = key.isValid() ? key.toString() : QString();
    target.year = m_year->value();
    return target;
}

std::optional<double> TargetDialog::numberIn(
    QLineEdit *edit, const QString &path, core::RuleIssues &issues) const
{
    QString text = edit->text().trimmed();
    if (text.endsWith(QLatin1Char('%'))) text.chop(1);
    text = text.trimmed();
    if (text.isEmpty()) return std::nullopt;
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    // A decimal comma also where the program does not run in Danish.
    if (!ok)
        value
            = QLocale::c().toDouble(QString(text).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
    if (!ok || value < 0 || (isRate() && value > 100)) {
        issues.push_back({core::RuleIssue::Severity::Error, path,
            isRate() ? tr("Type a percentage from 0 to 100, e.g. 40 or 37,5.")
                     : tr("Type a number of 0 or more, e.g. 12.")});
        return std::nullopt;
    }
    return isRate() ? value / 100.0 : value;
}

bool TargetDialog::save()
{
    core::RuleIssues issues;
    core::EffectTarget target = current();
    target.baseline = numberIn(m_baseline, QStringLiteral("baseline"), issues);
    target.target = numberIn(m_target, QStringLiteral("target"), issues);
    if (showIssues(issues)) return false;
    m_targets.set(m_actor, target); // refusals are shown by RecordDialog
    return true;
}

void TargetDialog::removeStored()
{
    if (!m_stored) return;
    try {
        m_targets.remove(m_actor, m_stored->indicator, m_stored->breakdown, m_stored->year);
    } catch (const core::ServiceError &error) {
        showGeneralMessage(error.message());
        return;
    }
    setClean();
    QDialog::accept();
}

} // namespace mestring::ui
