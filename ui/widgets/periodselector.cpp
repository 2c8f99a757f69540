#include "periodselector.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>

#include "datefield.h"
#include "core/domain/clock.h"
#include "ui/formatting.h"

namespace mestring::ui {

PeriodSelector::PeriodSelector(QWidget *parent)
    : QWidget(parent)
    , m_today(core::Clock().today())
    , m_kind(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_part(new QComboBox(this))
    , m_from(new DateField(this))
    , m_to(new DateField(this))
{
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->addItem(tr("This year so far"), int(Kind::YearToDate));
    m_kind->addItem(tr("Year"), int(Kind::Year));
    m_kind->addItem(tr("Quarter"), int(Kind::Quarter));
    m_kind->addItem(tr("Month"), int(Kind::Month));
    m_kind->addItem(tr("Custom period"), int(Kind::Custom));
    m_kind->setAccessibleName(tr("Period"));
    m_year->setRange(2000, 2100);
    m_year->setValue(m_today.year());
    m_year->setAccessibleName(tr("Year"));
    m_part->setAccessibleName(tr("Quarter or month"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_from->setMaximumWidth(110);
    m_to->setMaximumWidth(110);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Period:"), this);
    label->setBuddy(m_kind);
    layout->addWidget(label);
    layout->addWidget(m_kind);
    layout->addWidget(m_year);
    layout->addWidget(m_part);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("From"), this));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillParts();
        update();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &PeriodSelector::update);
    connect(m_part, &QComboBox::currentIndexChanged, this, &PeriodSelector::update);
    auto typed = [this] {
        if (m_updating) return;
        m_updating = true;
        m_kind->setCurrentIndex(m_kind->findData(int(Kind::Custom)));
        m_updating = false;
        Q_EMIT periodChanged();
    };
    connect(m_from, &DateField::dateChanged, this, typed);
    connect(m_to, &DateField::dateChanged, this, typed);
    fillParts();
    update();
}

void PeriodSelector::setToday(const QDate &today)
{
    m_today = today;
    m_year->setValue(today.year());
    update();
}

void PeriodSelector::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

PeriodSelector::Kind PeriodSelector::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void PeriodSelector::setYear(int year)
{
    m_year->setValue(year);
}

void PeriodSelector::setPart(int part)
{
    m_part->setCurrentIndex(part - 1);
}

void PeriodSelector::setCustom(const QDate &from, const QDate &to)
{
    m_updating = true;
    setKind(Kind::Custom);
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    Q_EMIT periodChanged();
}

QDate PeriodSelector::from() const
{
    return m_from->date();
}

QDate PeriodSelector::to() const
{
    return m_to->date();
}

void PeriodSelector::fillParts()
{
    const QSignalBlocker blocker(m_part);
    m_part->clear();
    if (kind() == Kind::Quarter) {
        for (int q = 1; q <= 4; ++q)
            m_part->addItem(tr("Quarter %1").arg(q));
        m_part->setCurrentIndex((m_today.month() - 1) / 3);
    } else if (kind() == Kind::Month) {
        for (int m = 1; m <= 12; ++m)
            m_part->addItem(QLocale().standaloneMonthName(m));
        m_part->setCurrentIndex(m_today.month() - 1);
    }
    m_part->setVisible(kind() == Kind::Quarter || kind() == Kind::Month);
    m_year->setVisible(kind() == Kind::Year || kind() == Kind::Quarter || kind() == Kind::Month);
}

void PeriodSelector::update()
{
    if (m_updating) return;
    const int year = m_year->value();
    const int part = m_part->currentIndex() + 1;
    QDate from;
    QDate to;
    switch (kind()) {
    case Kind::YearToDate:
        from = QDate(m_today.year(), 1, 1);
        to = m_today;
        break;
    case Kind::Year:
        from = QDate(year, 1, 1);
        to = QDate(year, 12, 31);
        break;
    case Kind::Quarter:
        from = QDate(year, (part - 1) * 3 + 1, 1);
        to = from.addMonths(3).addDays(-1);
        break;
    case Kind::Month:
        from = QDate(year, part, 1);
        to = from.addMonths(1).addDays(-1);
        break;
    case Kind::Custom:
        Q_EMIT periodChanged();
        return;
    }
    m_updating = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    Q_EMIT periodChanged();
}

QString PeriodSelector::description() const
{
    const int year = m_year->value();
    switch (kind()) {
    case Kind::YearToDate:
        return tr("%1 up to and including %2").arg(from().year()).arg(formatDate(to()));
    case Kind::Year:
        return tr("The year %1").arg(year);
    case Kind::Quarter:
        return tr("Quarter %1 %2").arg(m_part->currentIndex() + 1).arg(year);
    case Kind::Month:
        return tr("%1 %2").arg(m_part->currentText()).arg(year);
    case Kind::Custom:
        break;
    }
    return tr("%1 – %2").arg(formatDate(from()), formatDate(to()));
}

} // namespace mestring::ui
