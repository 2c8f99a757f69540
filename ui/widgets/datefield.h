#pragma once

#include <QDate>
#include <QLineEdit>

#include "core/domain/clock.h"

namespace mestring::ui {

/// A date typed the way Danish staff write it (dd-MM-yyyy; also 010125, 01012025, 1-1-2025,
/// 01.01.2025). Unlike QDateEdit it can be empty ("not given") and never changes a date the
/// user is halfway through typing. Shows a red frame while the text is not a date.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    /// The typed date; null when the field is empty or the text is not a date.
    QDate date() const;
    void setDate(const QDate &date);
    /// Empty, or a real date.
    bool isAcceptable() const;
    /// The red frame of a typed field whose text is not what it asks for (also TimeField).
    static void showValidity(QLineEdit *field, bool acceptable);

    /// The date in `text`, null when it is not one. Two-digit years are 19xx/20xx by the
    /// nearest century to `today`'s, never more than 10 years in the future.
    static QDate parse(QStringView text, const QDate &today = core::Clock().today());

Q_SIGNALS:
    void dateChanged(const QDate &date);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void onTextChanged();
};

} // namespace mestring::ui
