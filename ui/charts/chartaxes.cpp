#include "chartaxes.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QTime>
#include <QValueAxis>

namespace mestring::ui {

qreal msecsOf(const QDate &date)
{
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

QDateTimeAxis *addDateAxis(QChart *chart, const QDate &first, const QDate &last)
{
    auto *axis = new QDateTimeAxis;
    axis->setFormat(QStringLiteral("dd-MM-yyyy"));
    // A few days of air on each side so the first and last point are not cut in half.
    axis->setRange(
        QDateTime(first.addDays(-7), QTime(0, 0)), QDateTime(last.addDays(7), QTime(0, 0)));
    axis->setTickCount(qBound(2, int(first.daysTo(last) / 60) + 2, 6));
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis *addVumAxis(QChart *chart, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(-0.3, 4.3);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(1);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setReverse(true);
    axis->setTitleText(title);
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

} // namespace mestring::ui
