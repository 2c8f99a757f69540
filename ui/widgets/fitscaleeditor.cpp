#include "fitscaleeditor.h"

#include <cmath>

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QSlider>

#include "core/domain/fitrating.h"

namespace mestring::ui {

namespace {

QString itemTitle(core::FitScale scale, int i)
{
    if (scale == core::FitScale::Ors) {
        switch (i) {
        case 0:
            return FitScaleEditor::tr("Individually (personal well-being)");
        case 1:
            return FitScaleEditor::tr("Interpersonally (family, close relationships)");
        case 2:
            return FitScaleEditor::tr("Socially (work, school, friendships)");
        default:
            return FitScaleEditor::tr("Overall (general sense of well-being)");
        }
    }
    switch (i) {
    case 0:
        return FitScaleEditor::tr("Relationship (felt heard and respected)");
    case 1:
        return FitScaleEditor::tr("Goals and topics (talked about what I wanted)");
    case 2:
        return FitScaleEditor::tr("Approach or method (a good fit for me)");
    default:
        return FitScaleEditor::tr("Overall (today's session was right for me)");
    }
}

} // namespace

FitScaleEditor::FitScaleEditor(core::FitScale scale, QWidget *parent)
    : QWidget(parent)
    , m_scale(scale)
    , m_total(new QLabel(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    const QString prefix = core::enumCode(scale);
    for (int i = 0; i < 4; ++i) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(prefix + QStringLiteral("Item") + QString::number(i + 1));
        edit->setMaxLength(5);
        edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("10,0 ")) + 16);
        edit->setAlignment(Qt::AlignRight);
        edit->setPlaceholderText(QStringLiteral("0-10"));
        // Only what a mark can be: a key held a moment too long (the R that opened the dialog)
        // or a slip of the finger never lands in the field. Range and decimals are checked on
        // saving, with a message.
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("\\d{0,2}([.,]\\d?)?")), edit));
        auto *slider = new QSlider(Qt::Horizontal, this);
        slider->setObjectName(prefix + QStringLiteral("Slider") + QString::number(i + 1));
        slider->setRange(0, core::fit::itemMax);
        slider->setPageStep(10);
        slider->setFocusPolicy(Qt::ClickFocus); // Tab goes from number to number
        auto *label = new QLabel(itemTitle(scale, i), this);
        label->setBuddy(edit);
        edit->setAccessibleName(label->text());
        grid->addWidget(label, i, 0);
        grid->addWidget(slider, i, 1);
        grid->addWidget(edit, i, 2);
        m_edits[std::size_t(i)] = edit;
        m_sliders[std::size_t(i)] = slider;
        connect(edit, &QLineEdit::textEdited, this, [this, i] { onEdited(i); });
        // Any change of the text, typed or set, updates the total.
        connect(edit, &QLineEdit::textChanged, this, &FitScaleEditor::updateTotal);
        connect(slider, &QSlider::valueChanged, this, [this, i](int value) { onSlid(i, value); });
    }
    m_total->setObjectName(prefix + QStringLiteral("Total"));
    m_total->setWordWrap(true);
    grid->addWidget(m_total, 4, 0, 1, 3);
    updateTotal();
}

std::optional<int> FitScaleEditor::parseItem(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    if (t.isEmpty() || t.startsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char('.'))) return {};
    const qsizetype point = t.indexOf(QLatin1Char('.'));
    if (point >= 0 && t.size() - point - 1 > 1) return {}; // one decimal at most
    for (QChar c : t) {
        if (!c.isDigit() && c != QLatin1Char('.')) return {};
    }
    bool ok = false;
    const double value = QLocale::c().toDouble(t, &ok);
    if (!ok) return {};
    const int tenths = int(std::lround(value * 10));
    if (tenths < 0 || tenths > core::fit::itemMax) return {};
    return tenths;
}

QString FitScaleEditor::formatTenths(int tenths)
{
    return QLocale().toString(tenths / 10.0, 'f', 1);
}

void FitScaleEditor::setItems(const std::optional<std::array<int, 4>> &tenths)
{
    m_syncing = true;
    for (int i = 0; i < 4; ++i) {
        m_edits[std::size_t(i)]->setText(tenths ? formatTenths((*tenths)[std::size_t(i)]) : QString());
        m_sliders[std::size_t(i)]->setValue(tenths ? (*tenths)[std::size_t(i)] : 0);
    }
    m_syncing = false;
}

bool FitScaleEditor::isEmpty() const
{
    for (QLineEdit *edit : m_edits) {
        if (!edit->text().trimmed().isEmpty()) return false;
    }
    return true;
}

int FitScaleEditor::firstInvalid() const
{
    for (int i = 0; i < 4; ++i) {
        if (!parseItem(m_edits[std::size_t(i)]->text())) return i;
    }
    return -1;
}

std::optional<std::array<int, 4>> FitScaleEditor::items() const
{
    std::array<int, 4> tenths {};
    for (int i = 0; i < 4; ++i) {
        const std::optional<int> value = parseItem(m_edits[std::size_t(i)]->text());
        if (!value) return std::nullopt;
        tenths[std::size_t(i)] = *value;
    }
    return tenths;
}

void FitScaleEditor::onEdited(int i)
{
    if (const std::optional<int> value = parseItem(m_edits[std::size_t(i)]->text())) {
        m_syncing = true;
        m_sliders[std::size_t(i)]->setValue(*value);
        m_syncing = false;
    }
    Q_EMIT changed();
}

void FitScaleEditor::onSlid(int i, int value)
{
    if (m_syncing) return;
    m_edits[std::size_t(i)]->setText(formatTenths(value));
    Q_EMIT changed();
}

QString FitScaleEditor::totalText() const
{
    return m_total->text();
}

void FitScaleEditor::updateTotal()
{
    int total = 0;
    int given = 0;
    for (QLineEdit *edit : m_edits) {
        if (const std::optional<int> value = parseItem(edit->text())) {
            total += *value;
            ++given;
        }
    }
    QString text = tr("Total %1 of 40").arg(formatTenths(total));
    QString style;
    if (given == 4 && m_scale == core::FitScale::Ors && total <= core::fit::orsClinicalCutoff) {
        text += tr(": in the clinical range (25 or below)");
    } else if (given == 4 && m_scale == core::FitScale::Srs
        && total < core::fit::srsAllianceCutoff) {
        text += tr(": below 36, talk with the client about how the sessions work for them");
        style = QStringLiteral("color: #8a5a00;");
    } else if (given < 4) {
        text += tr(" (%n of 4 items given)", nullptr, given);
    }
    m_total->setText(text);
    m_total->setStyleSheet(style);
}

} // namespace mestring::ui
