#include "phasetimeline.h"

#include <QPainter>

#include "core/services/courseservice.h"
#include "ui/enumtitles.h"
#include "ui/formatting.h"

namespace mestring::ui {

namespace {

QColor phaseColor(core::Phase phase)
{
    switch (phase) {
    case core::Phase::Advice:
        return QColor(0xcf, 0xd8, 0xdc);
    case core::Phase::Intro:
        return QColor(0xbb, 0xde, 0xfb);
    case core::Phase::Assessment:
        return QColor(0xb2, 0xdf, 0xdb);
    case core::Phase::Treatment:
        return QColor(0xc8, 0xe6, 0xc9);
    case core::Phase::Aftercare:
        return QColor(0xff, 0xec, 0xb3);
    }
    return Qt::lightGray;
}

} // namespace

PhaseTimeline::PhaseTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("phaseTimeline"));
    setAccessibleName(tr("Phase timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PhaseTimeline::clear()
{
    m_bands.clear();
    m_first = m_last = m_deadline = m_end = QDate();
    setToolTip(QString());
    update();
}

void PhaseTimeline::setCourse(const core::Course &course, const QDate &today)
{
    clear();
    m_first = course.requestDate.isValid() ? course.requestDate : course.startDate;
    m_end = course.endDate;
    m_last = course.endDate.isValid() ? course.endDate : today;
    if (!course.startDate.isValid()) m_deadline = core::CourseService::guaranteeDeadline(course);
    if (m_deadline.isValid() && m_deadline > m_last) m_last = m_deadline;
    if (!m_first.isValid()) return;
    if (course.requestDate.isValid() && course.startDate.isValid()
        && course.startDate > course.requestDate)
        m_bands.push_back(
            {course.requestDate, course.startDate, tr("Waiting"), QColor(0xee, 0xee, 0xee)});
    QStringList tip;
    for (std::size_t i = 0; i < course.phases.size(); ++i) {
        const core::PhaseEntry &entry = course.phases[i];
        const QDate to = i + 1 < course.phases.size() ? course.phases[i + 1].date : m_last;
        m_bands.push_back({entry.date, to, phaseTitle(entry.phase), phaseColor(entry.phase)});
        tip << tr("%1 from %2").arg(phaseTitle(entry.phase), formatDate(entry.date));
    }
    setToolTip(tip.join(QLatin1Char('\n')));
    update();
}

QSize PhaseTimeline::sizeHint() const
{
    return {600, fontMetrics().height() * 4 + 12};
}

QSize PhaseTimeline::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void PhaseTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int lineHeight = metrics.height();
    const QRect area = rect().adjusted(4, 2, -4, -2);
    if (!m_first.isValid()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, tr("No dates registered yet."));
        return;
    }
    const qint64 days = std::max<qint64>(1, m_first.daysTo(m_last) + 1);
    const auto xOf = [&](const QDate &date) {
        return area.left() + int(double(m_first.daysTo(date)) / double(days) * area.width());
    };
    const QRect bar(area.left(), area.top() + lineHeight + 4, area.width(), lineHeight + 8);

    for (const Band &band : m_bands) {
        const QRect rect(QPoint(xOf(band.from), bar.top()),
            QPoint(std::max(xOf(band.from) + 2, xOf(band.to.addDays(1)) - 1), bar.bottom()));
        painter.fillRect(rect, band.color);
        painter.setPen(QColor(0x45, 0x5a, 0x64));
        painter.drawRect(rect);
        const QString label = metrics.elidedText(band.label, Qt::ElideRight, rect.width() - 6);
        painter.drawText(rect.adjusted(3, 0, -3, 0), Qt::AlignLeft | Qt::AlignVCenter, label);
        if (rect.width() > metrics.horizontalAdvance(QStringLiteral("00-00-0000")) + 4) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(QRect(rect.left(), bar.bottom() + 2, rect.width(), lineHeight),
                Qt::AlignLeft, formatDate(band.from));
        }
    }
    const auto marker = [&](const QDate &date, const QColor &color, const QString &text) {
        const int x = std::min(xOf(date), area.right() - 1);
        painter.setPen(QPen(color, 2, Qt::DashLine));
        painter.drawLine(x, area.top() + lineHeight, x, bar.bottom() + 2);
        painter.setPen(color);
        const int width = metrics.horizontalAdvance(text) + 4;
        const int left = std::clamp(x - width / 2, area.left(), area.right() - width);
        painter.drawText(QRect(left, area.top(), width, lineHeight), Qt::AlignCenter, text);
    };
    if (m_deadline.isValid())
        marker(
            m_deadline, QColor(0xc6, 0x28, 0x28), tr("Guarantee %1").arg(formatDate(m_deadline)));
    if (m_end.isValid())
        marker(m_end, QColor(0x37, 0x47, 0x4f), tr("Ended %1").arg(formatDate(m_end)));
}

} // namespace mestring::ui
