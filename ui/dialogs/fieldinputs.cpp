#include "fieldinputs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QSpinBox>

namespace mestring::ui {

namespace {

const QDate noDate(1900, 1, 1);

} // namespace

QDateEdit *makeDateEdit(QWidget *parent, const QDate &value, const QString &noneText)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    edit->setCalendarPopup(true);
    edit->setDateRange(noDate, QDate(2100, 12, 31));
    if (!noneText.isEmpty()) edit->setSpecialValueText(noneText);
    edit->setDate(value.isValid() ? value : noDate);
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    const QDate date = edit->date();
    return !edit->specialValueText().isEmpty() && date == noDate ? QDate() : date;
}

QComboBox *makeScoreCombo(QWidget *parent, std::optional<int> value,
    const std::function<QString(int)> &title, const QString &noneText)
{
    auto *combo = new QComboBox(parent);
    if (!noneText.isEmpty()) combo->addItem(noneText, QVariant());
    for (int score = 0; score <= 4; ++score)
        combo->addItem(title(score), score);
    const int index = value ? combo->findData(*value) : 0;
    combo->setCurrentIndex(index >= 0 ? index : 0);
    return combo;
}

std::optional<int> scoreOf(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<int>(data.toInt()) : std::nullopt;
}

QSpinBox *makeOptionalSpin(
    QWidget *parent, std::optional<int> value, int min, int max, const QString &noneText)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(min - 1, max);
    spin->setSpecialValueText(noneText);
    spin->setValue(value ? *value : min - 1);
    return spin;
}

std::optional<int> valueOf(const QSpinBox *spin)
{
    return spin->value() == spin->minimum() ? std::nullopt : std::optional<int>(spin->value());
}

} // namespace mestring::ui
