#include "datefield.h"

#include "core/domain/typedtext.h"
#include "ui/formatting.h"

namespace mestring::ui {

DateField::DateField(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("dd-mm-yyyy"));
    setMaxLength(10);
    setToolTip(tr("Type a date as dd-mm-yyyy, e.g. 01-03-2025 or 010325. Leave empty if "
                  "not known."));
    // Wide enough for "dd-mm-åååå" in any style, narrow enough to read as a date.
    setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("00-00-00000")) + 24);
    connect(this, &QLineEdit::textChanged, this, &DateField::onTextChanged);
}

QDate DateField::parse(QStringView text, const QDate &today)
{
    return core::parseTypedDate(text, today);
}

QDate DateField::date() const
{
    return parse(text());
}

void DateField::setDate(const QDate &date)
{
    setText(formatDate(date));
}

bool DateField::isAcceptable() const
{
    return text().trimmed().isEmpty() || date().isValid();
}

void DateField::showValidity(QLineEdit *field, bool acceptable)
{
    field->setStyleSheet(
        acceptable ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
}

void DateField::onTextChanged()
{
    showValidity(this, isAcceptable());
    Q_EMIT dateChanged(date());
}

void DateField::focusOutEvent(QFocusEvent *event)
{
    // Show the date in the one house format once typing is done (0103 25 -> 01-03-2025).
    if (const QDate typed = date(); typed.isValid() && text() != formatDate(typed)) setDate(typed);
    QLineEdit::focusOutEvent(event);
}

} // namespace mestring::ui
