#pragma once

#include <QWidget>

#include "core/domain/client.h"

class QLabel;
class QTabWidget;
class QToolButton;

namespace mestring::ui {

class ClientMasterDataTab;

/// One client's record: a header naming the client and a tab per part of the record.
/// It starts with the master data; courses, plan, journal, appointments and medication are
/// added as tabs by the issues that bring them.
class ClientRecordWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ClientRecordWidget(QWidget *parent = nullptr);

    void setClient(const core::Client &client, const QDate &today);
    QString clientId() const { return m_client.id; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    /// The user asked to go back to the client list (button or Esc).
    void closeRequested();

private:
    core::Client m_client;
    QToolButton *m_back;
    QLabel *m_name;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    ClientMasterDataTab *m_masterData;
};

} // namespace mestring::ui
