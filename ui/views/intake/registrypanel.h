#pragma once

#include <QWidget>

#include "core/services/actor.h"
#include "ui/services.h"

class QAction;
class QCheckBox;
class QLabel;
class QTableView;

namespace mestring::ui {

class RegistryWorklistModel;

/// Indberetning: the events to report to the registers with their deadlines, overdue first,
/// then this week's. I marks the chosen event reported today (Shift+I asks for the day),
/// Ctrl+Z undoes a mistaken mark (after asking); Enter opens the client. The list prints.
class RegistryPanel : public QWidget
{
    Q_OBJECT

public:
    /// How far back the marks made are shown when "Show reported" is ticked.
    static constexpr int reportedDaysShown = 30;

    RegistryPanel(Services services, core::Actor actor, QWidget *parent = nullptr);

    void refresh();
    QTableView *table() const { return m_table; }
    RegistryWorklistModel *model() const { return m_model; }
    QCheckBox *showReported() const { return m_showReported; }
    QString summaryText() const;
    QString message() const;

    /// Marks the chosen event reported on `day` (today when null); true when saved.
    bool markReported(const QDate &day = {});
    void markReportedOn();
    /// Undoes the chosen event's mark; `confirm` asks first (tests pass false).
    bool undoMark(bool confirm = true);
    void print();

Q_SIGNALS:
    void openClientRequested(const QString &clientId, const QString &courseId);

private:
    void load(const QString &courseId = {}, int event = -1);
    void updateActions();
    void showMessage(const QString &text, bool isError = false);
    QAction *addAction(const QString &text, const QKeySequence &keys, const QString &objectName);

    Services m_services;
    core::Actor m_actor;
    QLabel *m_summary;
    QCheckBox *m_showReported;
    RegistryWorklistModel *m_model;
    QTableView *m_table;
    QLabel *m_message;
    QAction *m_mark;
    QAction *m_markOn;
    QAction *m_undo;
    QAction *m_print;
};

} // namespace mestring::ui
