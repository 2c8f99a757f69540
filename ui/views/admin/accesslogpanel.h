#pragma once

#include <functional>
#include <optional>

#include <QWidget>

#include "core/domain/client.h"
#include "core/services/actor.h"
#include "ui/services.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace mestring::ui {

class AccessLogTableModel;
class DateField;
class SeenByList;
struct HtmlDocument;
struct PrintUse;

/// Administration > Access log (managers: Permission::ReadAccessLog): search the log by
/// client, staff member, period and kind of use, and print a client's "Hvem har set mine
/// data" list. Every look at the log is logged by core.
class AccessLogPanel : public QWidget
{
    Q_OBJECT

public:
    AccessLogPanel(Services services, core::Actor actor, QWidget *parent = nullptr);

    /// Runs the search with the fields as they are; false (with the reason shown) when the
    /// client typed matches no one or several.
    bool search();
    /// The chosen client's "who has seen my data" list (throws what the services throw).
    SeenByList seenByList() const;
    HtmlDocument seenByDocument() const;
    PrintUse seenByUse() const;
    void printSeenBy();
    void saveSeenByPdf();
    /// Keeps the log for the months in the retention field (1 to 60; core refuses more).
    bool saveRetention();
    /// Removes the entries older than the retention period after a confirmation; the number
    /// removed, or -1 when not confirmed or refused.
    qint64 purgeExpired();
    /// The confirmation asked before a purge (tests replace the message box).
    void setConfirmation(std::function<bool(const QString &question)> confirm);
    QSpinBox *retentionField() const { return m_retention; }

    QLineEdit *clientField() const { return m_client; }
    QComboBox *staffField() const { return m_staff; }
    QComboBox *kindField() const { return m_kind; }
    DateField *fromField() const { return m_from; }
    DateField *toField() const { return m_to; }
    AccessLogTableModel *model() const { return m_model; }
    QPushButton *seenByButton() const { return m_seenBy; }
    QString message() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createFilters();
    QWidget *createRetention();
    void fillStaff();
    bool resolveClient();
    void showMessage(const QString &text, bool isError = false);

    Services m_services;
    core::Actor m_actor;
    QLineEdit *m_client;
    QComboBox *m_staff;
    DateField *m_from;
    DateField *m_to;
    QComboBox *m_kind;
    QPushButton *m_search;
    QPushButton *m_seenBy;
    QPushButton *m_seenByPdf;
    QLabel *m_message;
    AccessLogTableModel *m_model;
    QTableView *m_table;
    QSpinBox *m_retention;
    std::function<bool(const QString &)> m_confirm;
    std::optional<core::Client> m_chosen;
};

} // namespace mestring::ui
