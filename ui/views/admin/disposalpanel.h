#pragma once

#include <functional>

#include <QWidget>

#include "core/services/actor.h"
#include "ui/services.h"

class QLabel;
class QPushButton;
class QTableView;

namespace mestring::ui {

class DisposalCandidateModel;
class DisposalHistoryModel;

/// Administration > Disposal (managers: Permission::DisposeRecords): the clients whose records
/// have been kept the 10 years the law asks for after the last entry, disposal (kassation) of
/// one of them after a confirmation naming what goes, and the disposals done so far.
class DisposalPanel : public QWidget
{
    Q_OBJECT

public:
    DisposalPanel(Services services, core::Actor actor, QWidget *parent = nullptr);

    /// Finds the clients whose retention period has run out today (each one shown is logged as
    /// read), and the disposals done.
    void refresh();
    /// Asks to dispose of the chosen client; true when their records were deleted.
    bool disposeChosen();

    QTableView *candidateTable() const { return m_candidates; }
    QTableView *historyTable() const { return m_history; }
    QPushButton *disposeButton() const { return m_dispose; }
    QString status() const;
    /// The confirmation asked before a disposal (tests replace the message box).
    void setConfirmation(std::function<bool(const QString &question)> confirm);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showStatus(const QString &text, bool isError = false);
    void updateButtons();
    void loadHistory();

    core::DisposalService &m_disposals;
    const core::Clock &m_clock;
    core::Actor m_actor;
    QLabel *m_status;
    QPushButton *m_find;
    QPushButton *m_dispose;
    DisposalCandidateModel *m_candidateModel;
    DisposalHistoryModel *m_historyModel;
    QTableView *m_candidates;
    QTableView *m_history;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace mestring::ui
