#pragma once

#include <QWidget>

#include "core/services/actor.h"
#include "ui/services.h"

class QAction;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace mestring::ui {

class WaitingListModel;

/// Ventelister: the individual offers (relatives' conversations first), each open or paused
/// with how many wait, and the chosen offer's list in the order people asked: whom to call
/// next, how to reach them, how long they have waited. Put someone on (Ctrl+N), correct (F2),
/// take off (Del, the entry stays); coordinators and managers pause and open an offer.
class WaitingListPanel : public QWidget
{
    Q_OBJECT

public:
    WaitingListPanel(Services services, core::Actor actor, QWidget *parent = nullptr);

    void refresh();
    QListWidget *offerList() const { return m_offers; }
    QTableView *table() const { return m_table; }
    WaitingListModel *model() const { return m_model; }
    QCheckBox *showTakenOff() const { return m_showTakenOff; }
    QString message() const;

    void addEntry();
    void editEntry();
    void takeOff();
    void togglePaused();

private:
    core::IndividualOffer currentOffer() const;
    void fillOffers();
    void loadList(const QString &selectId = {});
    void updateActions();
    void showMessage(const QString &text, bool isError = false);
    QAction *addAction(const QString &text, const QKeySequence &keys, const QString &objectName);

    Services m_services;
    core::Actor m_actor;
    QListWidget *m_offers;
    QLabel *m_status;
    QPushButton *m_pause;
    QCheckBox *m_showTakenOff;
    WaitingListModel *m_model;
    QTableView *m_table;
    QLabel *m_message;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_takeOff;
};

} // namespace mestring::ui
