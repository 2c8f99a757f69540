#pragma once

#include <QSortFilterProxyModel>

namespace mestring::ui {

/// Ctrl+F on the dispensing list: shows the rows whose client name contains the text, or
/// whose birth date matches it as staff type dates (01-01-1980, 1.1.1980, 010180, 01011980).
/// Filtering only narrows what is shown; it never records anything.
class DispensingListFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DispensingListFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_digits; // the text's digits, for birth dates typed without separators
};

} // namespace mestring::ui
