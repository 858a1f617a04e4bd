#pragma once

#include "automation/dispatch/SendingHealth.h"

#include <QGroupBox>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace fd {

class DatabaseWorker;

namespace whatsapp {
class WhatsAppWebSender;
}

// "Sending health" on the WhatsApp tab, for administrators: which engine sends and on which WhatsApp Web,
// since when the number sends, the messages of the last hour and of today against the caps, the warm-up
// day, this station's latest pause and the latest failures. Read off the GUI thread while shown, every
// half minute and when asked.
class SendingHealthPanel : public QGroupBox
{
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 30000;

    SendingHealthPanel(DatabaseWorker& database, QString station, QWidget* parent = nullptr);

    void setSender(whatsapp::WhatsAppWebSender* sender);
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showEngine();
    void showHealth(const SendingHealth& health);
    QString lastPauseText(const SendingHealth& health) const;

    DatabaseWorker& m_database;
    QString m_station;
    QPointer<whatsapp::WhatsAppWebSender> m_sender;
    QTimer m_timer;
    bool m_reading = false;
    QLabel* m_engine = nullptr;
    QLabel* m_pageVersion = nullptr;
    QLabel* m_inUseSince = nullptr;
    QLabel* m_hour = nullptr;
    QLabel* m_today = nullptr;
    QLabel* m_warmUp = nullptr;
    QLabel* m_lastPause = nullptr;
    QTreeWidget* m_failures = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_refresh = nullptr;
};

} // namespace fd
