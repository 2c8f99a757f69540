#include "prescriptiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include "fieldinputs.h"
#include "core/domain/rules/textlimits.h"
#include "core/services/prescriptionservice.h"
#include "ui/dosetext.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/enumcombo.h"

namespace mestring::ui {

namespace {

// Schedule combo items; the data is the Schedule::Kind.
constexpr int dailyItem = int(core::Schedule::Kind::Daily);
constexpr int weekdaysItem = int(core::Schedule::Kind::Weekdays);
constexpr int everyDaysItem = int(core::Schedule::Kind::EveryDays);

} // namespace

PrescriptionDialog::PrescriptionDialog(core::PrescriptionService &prescriptions, core::Actor actor,
    const QString &clientId, const QDate &today, QWidget *parent)
    : RecordDialog(parent)
    , m_prescriptions(prescriptions)
    , m_actor(std::move(actor))
    , m_clientId(clientId)
{
    setWindowTitle(tr("New prescription"));
    build(today);
    m_start->setDate(today);
    setEnumComboValue(m_drug, std::optional(core::Drug::Methadone));
    updateCategory();
    updateSchedule();
    setFirstField(m_drug);
    watchForChanges();
}

PrescriptionDialog::PrescriptionDialog(core::PrescriptionService &prescriptions, core::Actor actor,
    const core::Prescription &current, const QDate &today, QWidget *parent)
    : RecordDialog(parent)
    , m_prescriptions(prescriptions)
    , m_actor(std::move(actor))
    , m_clientId(current.client)
    , m_current(current)
{
    setWindowTitle(tr("Change the dose"));
    build(today);
    fill(current);
    m_drug->setEnabled(false);
    // The old prescription's last day; the new one starts the day after.
    m_start->setDate(std::max(today, current.start));
    m_end->setDate(current.end);
    setFirstField(m_dose);
    watchForChanges();
}

void PrescriptionDialog::build(const QDate &today)
{
    Q_UNUSED(today)
    setObjectName(QStringLiteral("prescriptionDialog"));
    m_drug = new QComboBox(this);
    m_category = new QComboBox(this);
    m_dose = new QDoubleSpinBox(this);
    m_schedule = new QComboBox(this);
    m_weekdayBox = new QWidget(this);
    m_everyDays = new QSpinBox(this);
    m_mode = new QComboBox(this);
    m_takeHomeDays = new QSpinBox(this);
    m_start = new DateField(this);
    m_end = new DateField(this);
    m_reason = new QPlainTextEdit(this);
    m_volume = new QLabel(this);
    m_confirmation = new QLineEdit(this);
    m_settings = m_prescriptions.settings();
    fillEnumCombo(m_drug, &drugTitle);
    fillEnumCombo(m_category, &drugCategoryTitle);
    fillEnumCombo(m_mode, &dispensingModeTitle);
    m_dose->setRange(0, 5000);
    m_dose->setDecimals(1);
    m_dose->setSuffix(tr(" mg"));
    m_takeHomeDays->setRange(1, 14);
    m_takeHomeDays->setSuffix(tr(" day(s)"));
    m_reason->setTabChangesFocus(true);
    limitLength(m_reason, core::textlimit::reason);
    m_reason->setMaximumHeight(70);
    addField(tr("&Drug"), m_drug, QStringLiteral("drug"));
    addField(tr("&Category"), m_category, QStringLiteral("category"));
    addField(tr("D&ose"), createDoseRow(), QStringLiteral("dose_mg"));
    addField(tr("&Schedule"), createScheduleRow(), QStringLiteral("schedule"));
    addField(tr("&Mode"), m_mode, QStringLiteral("mode"));
    addField(tr("&Take-home days"), m_takeHomeDays, QStringLiteral("take_home_days"));
    addField(m_current ? tr("&Last day of the old dose") : tr("&First day"), m_start,
        QStringLiteral("start"));
    addField(m_current ? tr("L&ast day of the new dose") : tr("&Last day"), m_end,
        QStringLiteral("end"));
    addField(tr("&Reason"), m_reason, QStringLiteral("reason"));
    m_confirmation->setObjectName(QStringLiteral("doseConfirmation"));
    m_confirmation->setPlaceholderText(tr("Why this dose is right (the dose is unusual)"));
    m_confirmation->setMaxLength(core::textlimit::reason);
    addField(tr("Con&firm the dose, because"), m_confirmation, QStringLiteral("dose_confirmed"));
    m_confirmationRow = m_confirmation->parentWidget();
    form()->setRowVisible(m_confirmationRow, false);
    if (m_current) {
        addNote(tr("The current prescription ends on the day above and the new dose starts the "
                   "day after. The history is kept."));
    }
    connect(m_drug, &QComboBox::currentIndexChanged, this, &PrescriptionDialog::updateCategory);
    connect(m_schedule, &QComboBox::currentIndexChanged, this, &PrescriptionDialog::updateSchedule);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &PrescriptionDialog::updateSchedule);
    connect(m_drug, &QComboBox::currentIndexChanged, this, &PrescriptionDialog::updateVolume);
    connect(m_dose, &QDoubleSpinBox::valueChanged, this, &PrescriptionDialog::updateVolume);
    resize(600, sizeHint().height());
}

QWidget *PrescriptionDialog::createDoseRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dose);
    m_volume->setObjectName(QStringLiteral("doseVolume"));
    layout->addWidget(m_volume);
    layout->addStretch(1);
    return row;
}

void PrescriptionDialog::updateVolume()
{
    const auto drug = enumComboValue<core::Drug>(m_drug).value_or(core::Drug::Other);
    const std::optional<double> ml = m_settings.millilitres(drug, m_dose->value());
    m_volume->setText(ml ? tr("= %1 ml oral solution (%2 mg/ml)")
                               .arg(QLocale().toString(*ml, 'f', QLocale::FloatingPointShortest),
                                   QLocale().toString(m_settings.methadoneMgPerMl, 'f',
                                       QLocale::FloatingPointShortest))
                         : QString());
}

QWidget *PrescriptionDialog::createScheduleRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_schedule->addItem(tr("Every day"), dailyItem);
    m_schedule->addItem(tr("On chosen weekdays"), weekdaysItem);
    m_schedule->addItem(tr("Every N days (depot)"), everyDaysItem);
    layout->addWidget(m_schedule);
    auto *days = new QHBoxLayout(m_weekdayBox);
    days->setContentsMargins(0, 0, 0, 0);
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), m_weekdayBox);
        m_weekdays.push_back(box);
        days->addWidget(box);
    }
    days->addStretch(1);
    layout->addWidget(m_weekdayBox);
    m_everyDays->setRange(2, 90);
    m_everyDays->setValue(7);
    m_everyDays->setPrefix(tr("every "));
    m_everyDays->setSuffix(tr(" days"));
    layout->addWidget(m_everyDays);
    return row;
}

void PrescriptionDialog::fill(const core::Prescription &p)
{
    setEnumComboValue(m_drug, std::optional(p.drug));
    setEnumComboValue(m_category, std::optional(p.category));
    m_dose->setValue(p.doseMg);
    m_schedule->setCurrentIndex(m_schedule->findData(int(p.schedule.kind)));
    for (int day = 1; day <= 7; ++day)
        m_weekdays[std::size_t(day - 1)]->setChecked(p.schedule.weekdays.count(day) > 0);
    if (p.schedule.everyDays > 0) m_everyDays->setValue(p.schedule.everyDays);
    setEnumComboValue(m_mode, std::optional(p.mode));
    m_takeHomeDays->setValue(p.takeHomeDays.value_or(1));
    m_reason->setPlainText(p.reason);
    updateCategory();
    updateSchedule();
}

void PrescriptionDialog::updateCategory()
{
    const auto drug = enumComboValue<core::Drug>(m_drug);
    const auto category = drug ? core::categoryOfDrug(*drug) : std::nullopt;
    if (category) setEnumComboValue(m_category, category);
    // The category follows the drug; only "other drug" lets the doctor choose it.
    m_category->setEnabled(!category);
}

void PrescriptionDialog::updateSchedule()
{
    const int kind = m_schedule->currentData().toInt();
    m_weekdayBox->setVisible(kind == weekdaysItem);
    m_everyDays->setVisible(kind == everyDaysItem);
    m_takeHomeDays->setEnabled(
        enumComboValue<core::DispensingMode>(m_mode) == core::DispensingMode::TakeHome);
}

core::Prescription PrescriptionDialog::prescription() const
{
    core::Prescription p;
    p.client = m_clientId;
    p.drug = enumComboValue<core::Drug>(m_drug).value_or(core::Drug::Other);
    p.category = enumComboValue<core::DrugCategory>(m_category).value_or(core::DrugCategory::Other);
    p.doseMg = m_dose->value();
    p.schedule.kind = core::Schedule::Kind(m_schedule->currentData().toInt());
    if (p.schedule.kind == core::Schedule::Kind::Weekdays) {
        for (int day = 1; day <= 7; ++day) {
            if (m_weekdays[std::size_t(day - 1)]->isChecked()) p.schedule.weekdays.insert(day);
        }
    }
    if (p.schedule.kind == core::Schedule::Kind::EveryDays)
        p.schedule.everyDays = m_everyDays->value();
    p.mode
        = enumComboValue<core::DispensingMode>(m_mode).value_or(core::DispensingMode::Supervised);
    if (p.mode == core::DispensingMode::TakeHome) p.takeHomeDays = m_takeHomeDays->value();
    p.start = m_start->date();
    p.end = m_end->date();
    p.reason = m_reason->toPlainText().trimmed();
    return p;
}

bool PrescriptionDialog::save()
{
    if (!m_start->date().isValid() || !m_end->isAcceptable()) {
        showIssues({{core::RuleIssue::Severity::Error,
            m_start->date().isValid() ? QStringLiteral("end") : QStringLiteral("start"),
            tr("Enter the day as dd-mm-yyyy.")}});
        return false;
    }
    const core::Prescription p = prescription();
    if (p.schedule.kind == core::Schedule::Kind::Weekdays && p.schedule.weekdays.empty()) {
        showIssues({{core::RuleIssue::Severity::Error, QStringLiteral("schedule"),
            tr("Choose the weekdays the dose is given on.")}});
        return false;
    }
    core::Prescription checked = p;
    if (!confirmationGiven(checked)) return false;
    core::SaveResult saved = m_current
        ? m_prescriptions.change(m_actor, m_current->id, m_start->date(), checked)
        : m_prescriptions.create(m_actor, checked);
    m_savedId = saved.id;
    return true;
}

bool PrescriptionDialog::confirmationGiven(core::Prescription &p)
{
    core::Prescription asSaved = p;
    if (m_current) asSaved.start = m_start->date().addDays(1); // the new dose's first day
    const core::DosePlausibility plausibility = m_prescriptions.plausibility(m_actor, asSaved);
    if (!plausibility.needsConfirmation()) return true;
    const QString reason = m_confirmation->text().trimmed();
    if (!reason.isEmpty()) {
        p.doseConfirmed = core::SignedReason {reason, QString(), QDateTime()};
        return true;
    }
    const QString dose = doseText(p.drug, p.doseMg, m_settings);
    const QString why = plausibility.limitMg
        ? tr("%1 is above the centre's limit of %2. Check the dose; if it is right, write why "
             "below to confirm it.")
              .arg(dose, DoseText::mg(*plausibility.limitMg))
        : tr("%1 changes the dose by more than 50 % from %2. Check the dose; if it is right, "
             "write why below to confirm it.")
              .arg(dose, DoseText::mg(*plausibility.previousMg));
    form()->setRowVisible(m_confirmationRow, true);
    showIssues({{core::RuleIssue::Severity::Error, QStringLiteral("dose_confirmed"), why}});
    m_confirmation->setFocus();
    return false;
}

} // namespace mestring::ui
