#pragma once

#include <QLineEdit>
#include <QTime>

namespace mestring::ui {

/// A time of day typed the way staff write it: 13:00, 13.00, 1300, 930 or 13 (shown as 13:00
/// once typing is done). Unlike QTimeEdit, typing "13:00" never lands in the wrong section (it
/// gave 10:00), and the text is the user's until they leave the field. Shows a red frame
/// while the text is not a time.
class TimeField : public QLineEdit
{
    Q_OBJECT

public:
    explicit TimeField(QWidget *parent = nullptr);

    /// The typed time; null while the text is not a time of day.
    QTime time() const;
    void setTime(const QTime &time);

Q_SIGNALS:
    void timeChanged(const QTime &time);

protected:
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace mestring::ui
