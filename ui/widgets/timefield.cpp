#include "timefield.h"

#include "core/domain/typedtext.h"
#include "datefield.h"

namespace mestring::ui {

namespace {

const QString timeFormat = QStringLiteral("HH:mm");

} // namespace

TimeField::TimeField(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("hh:mm"));
    setMaxLength(5);
    setToolTip(tr("Type the time as 13:00, 13.00 or 1300"));
    setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:000")) + 24);
    connect(this, &QLineEdit::textChanged, this, [this] {
        DateField::showValidity(this, time().isValid());
        Q_EMIT timeChanged(time());
    });
}

QTime TimeField::time() const
{
    return core::parseTypedTime(text());
}

void TimeField::setTime(const QTime &time)
{
    setText(time.isValid() ? time.toString(timeFormat) : QString());
}

void TimeField::focusOutEvent(QFocusEvent *event)
{
    if (const QTime typed = time(); typed.isValid() && text() != typed.toString(timeFormat))
        setTime(typed);
    QLineEdit::focusOutEvent(event);
}

} // namespace mestring::ui
