#include "dispensinglistfilter.h"

#include <algorithm>

#include <QDate>

#include "dispensinglistmodel.h"

namespace mestring::ui {

namespace {

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) digits += c;
    }
    return digits;
}

bool birthDateMatches(const QDate &born, const QString &digits)
{
    if (!born.isValid() || digits.size() < 4) return false;
    const QString shortForm = born.toString(QStringLiteral("ddMMyy"));
    const QString longForm = born.toString(QStringLiteral("ddMMyyyy"));
    const QString unpadded = QString::number(born.day()) + QString::number(born.month())
        + QString::number(born.year());
    // Four digits may also be the year alone ("1990"), as people say a birth year.
    return shortForm.startsWith(digits) || longForm.startsWith(digits)
        || unpadded.startsWith(digits) || digits == QString::number(born.year());
}

} // namespace

DispensingListFilter::DispensingListFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void DispensingListFilter::setText(const QString &text)
{
    if (text.trimmed() == m_text) return;
    m_text = text.trimmed();
    // Digits with date separators only: a birth date; anything else is part of a name.
    const bool dateLike = std::all_of(m_text.begin(), m_text.end(), [](QChar c) {
        return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('.')
            || c == QLatin1Char('/') || c == QLatin1Char(' ');
    });
    m_digits = dateLike ? digitsOf(m_text) : QString();
    invalidateFilter();
}

bool DispensingListFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty()) return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive)) return true;
    return birthDateMatches(index.data(DispensingListModel::BirthDateRole).toDate(), m_digits);
}

} // namespace mestring::ui
