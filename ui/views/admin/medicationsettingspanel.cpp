#include "medicationsettingspanel.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include "core/domain/rules/textlimits.h"
#include "core/services/dispensingservice.h"
#include "core/services/medicationsettingsservice.h"
#include "core/services/permissions.h"
#include "ui/enumtitles.h"
#include "ui/models/closeddaytablemodel.h"
#include "ui/servicecall.h"
#include "ui/widgets/datefield.h"

namespace mestring::ui {

namespace {

// The drugs a centre sets a limit for (the plausible daily dose).
constexpr core::Drug limitedDrugs[] = {core::Drug::Methadone, core::Drug::Buprenorphine,
    core::Drug::BuprenorphineNaloxone, core::Drug::BuprenorphineDepot, core::Drug::Disulfiram};

} // namespace

MedicationSettingsPanel::MedicationSettingsPanel(
    Services services, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_mayChange(core::mayDo(m_actor, core::Permission::ManageMedicationSettings))
    , m_year(new QSpinBox(this))
    , m_date(new DateField(this))
    , m_reason(new QLineEdit(this))
    , m_model(new ClosedDayTableModel(this))
    , m_table(new QTableView(this))
    , m_concentration(new QDoubleSpinBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("medicationSettingsPanel"));
    m_status->setObjectName(QStringLiteral("medicationSettingsStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QHBoxLayout;
    layout->addWidget(createClosedDays(), 3);
    layout->addWidget(createLimits(), 2);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(layout, 1);
    outer->addWidget(m_status);
    if (!m_mayChange) {
        showStatus(tr("Your role (%1) may read the centre's medication settings; doctors, "
                      "coordinators and managers change them.")
                       .arg(core::roleTitle(m_actor.role)),
            false);
    }
}

QWidget *MedicationSettingsPanel::createClosedDays()
{
    auto *box = new QGroupBox(tr("Closed days (no dispensing; the doses are handed out the "
                                 "last open day before)"),
        this);
    m_year->setObjectName(QStringLiteral("closedDaysYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(m_services.clock.today().year());
    connect(m_year, &QSpinBox::valueChanged, this, &MedicationSettingsPanel::refresh);
    m_table->setObjectName(QStringLiteral("closedDaysTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ClosedDayTableModel::DateColumn, 95);
    m_table->setColumnWidth(ClosedDayTableModel::WeekdayColumn, 85);
    m_table->setColumnWidth(ClosedDayTableModel::ReasonColumn, 200);
    m_date->setObjectName(QStringLiteral("closedDayDate"));
    m_date->setMaximumWidth(130);
    m_reason->setObjectName(QStringLiteral("closedDayReason"));
    m_reason->setPlaceholderText(tr("e.g. Grundlovsdag"));
    m_reason->setMaxLength(core::textlimit::closedDayReason);
    auto *add = new QPushButton(tr("&Add closed day"), box);
    auto *remove = new QPushButton(tr("&Remove the chosen day"), box);
    auto *weekends = new QPushButton(tr("Add the &weekends of the year"), box);
    connect(add, &QPushButton::clicked, this, &MedicationSettingsPanel::addClosedDay);
    connect(m_reason, &QLineEdit::returnPressed, this, &MedicationSettingsPanel::addClosedDay);
    connect(remove, &QPushButton::clicked, this, &MedicationSettingsPanel::removeChosenDay);
    connect(weekends, &QPushButton::clicked, this, &MedicationSettingsPanel::addWeekends);
    for (QWidget *w : std::initializer_list<QWidget *> {m_date, m_reason, add, remove, weekends})
        w->setEnabled(m_mayChange);

    auto *yearRow = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), box);
    yearLabel->setBuddy(m_year);
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addStretch(1);
    yearRow->addWidget(weekends);
    auto *addRow = new QHBoxLayout;
    auto *dateLabel = new QLabel(tr("&Date:"), box);
    dateLabel->setBuddy(m_date);
    auto *reasonLabel = new QLabel(tr("Rea&son:"), box);
    reasonLabel->setBuddy(m_reason);
    addRow->addWidget(dateLabel);
    addRow->addWidget(m_date);
    addRow->addWidget(reasonLabel);
    addRow->addWidget(m_reason, 1);
    addRow->addWidget(add);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(yearRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addWidget(remove, 0, Qt::AlignLeft);
    return box;
}

QWidget *MedicationSettingsPanel::createLimits()
{
    auto *box = new QGroupBox(tr("Dose limits and methadone"), this);
    auto *form = new QFormLayout;
    for (core::Drug drug : limitedDrugs) {
        auto *field = new QDoubleSpinBox(box);
        field->setObjectName(QStringLiteral("limit_") + core::enumCode(drug));
        field->setRange(0, 5000);
        field->setDecimals(1);
        field->setSuffix(tr(" mg"));
        field->setSpecialValueText(tr("no limit"));
        field->setEnabled(m_mayChange);
        m_limits[drug] = field;
        form->addRow(drugTitle(drug), field);
    }
    m_concentration->setObjectName(QStringLiteral("methadoneConcentration"));
    m_concentration->setRange(0, 100);
    m_concentration->setDecimals(2);
    m_concentration->setSuffix(tr(" mg/ml"));
    m_concentration->setSpecialValueText(tr("tablets (no ml shown)"));
    m_concentration->setEnabled(m_mayChange);
    form->addRow(tr("Methadone oral solution"), m_concentration);
    auto *save = new QPushButton(tr("Save the &limits"), box);
    save->setEnabled(m_mayChange);
    connect(save, &QPushButton::clicked, this, &MedicationSettingsPanel::saveLimits);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(new QLabel(tr("A new dose above the limit, or more than 50 % from the "
                                    "previous dose, is saved only when the doctor confirms it "
                                    "with a reason."),
        box));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addLayout(form);
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return box;
}

void MedicationSettingsPanel::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void MedicationSettingsPanel::refresh()
{
    const std::optional<QString> failure = failureOf([&] {
        m_model->setDays(m_services.medicationSettings.closedDays(m_actor, m_year->value()));
        const core::MedicationSettings settings = m_services.medicationSettings.settings(m_actor);
        for (auto &[drug, field] : m_limits)
            field->setValue(settings.limitFor(drug).value_or(0));
        m_concentration->setValue(settings.methadoneMgPerMl);
    });
    if (failure) showStatus(*failure, true);
}

void MedicationSettingsPanel::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(isError ? QStringLiteral("color: #9b1c1c;") : QString());
}

QString MedicationSettingsPanel::status() const
{
    return m_status->text();
}

bool MedicationSettingsPanel::run(const std::function<void()> &change, const QString &done)
{
    const std::optional<QString> failure = failureOf(change);
    showStatus(failure.value_or(done), failure.has_value());
    if (!failure) refresh();
    return !failure;
}

bool MedicationSettingsPanel::addClosedDay()
{
    const core::ClosedDay day {m_date->date(), m_reason->text()};
    const bool added = run([&] { m_services.medicationSettings.addClosedDay(m_actor, day); },
        tr("%1 is now a closed day.").arg(m_date->text()));
    if (added) m_reason->clear();
    return added;
}

bool MedicationSettingsPanel::removeChosenDay()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) return false;
    const QDate day = current.data(ClosedDayTableModel::DateRole).toDate();
    return run([&] { m_services.medicationSettings.removeClosedDay(m_actor, day); },
        tr("The day is open again."));
}

int MedicationSettingsPanel::addWeekends()
{
    int added = 0;
    run([&] { added = m_services.medicationSettings.addWeekends(m_actor, m_year->value()); },
        QString());
    if (status().isEmpty())
        showStatus(tr("%n weekend day(s) added as closed days.", nullptr, added), false);
    return added;
}

bool MedicationSettingsPanel::saveLimits()
{
    core::MedicationSettings settings = core::MedicationSettings::defaults();
    settings.doseLimitsMg.clear();
    for (const auto &[drug, field] : m_limits) {
        if (field->value() > 0) settings.doseLimitsMg[drug] = field->value();
    }
    settings.methadoneMgPerMl = m_concentration->value();
    return run([&] { m_services.medicationSettings.saveSettings(m_actor, settings); },
        tr("The dose limits and the methadone concentration are saved."));
}

} // namespace mestring::ui
