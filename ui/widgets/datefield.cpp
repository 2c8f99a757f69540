#include "datefield.h"

#include <QRegularExpression>

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
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{1,2})[-./ ](\\d{1,2})[-./ ](\\d{2}|\\d{4})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2}|\\d{4})$"));
    const QString trimmed = text.trimmed().toString();
    QRegularExpressionMatch match = separated.match(trimmed);
    if (!match.hasMatch()) match = compact.match(trimmed);
    if (!match.hasMatch()) return {};
    const int day = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    int year = match.captured(3).toInt();
    if (match.captured(3).size() == 2) {
        year += (today.year() / 100) * 100;
        if (year > today.year() + 10) year -= 100;
    }
    return QDate(year, month, day);
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

void DateField::onTextChanged()
{
    setStyleSheet(
        isAcceptable() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
    Q_EMIT dateChanged(date());
}

void DateField::focusOutEvent(QFocusEvent *event)
{
    // Show the date in the one house format once typing is done (0103 25 -> 01-03-2025).
    if (const QDate typed = date(); typed.isValid() && text() != formatDate(typed)) setDate(typed);
    QLineEdit::focusOutEvent(event);
}

} // namespace mestring::ui
