#include "ui/whatsapp/WhatsAppTab.h"

#include "automation/whatsapp/WhatsAppSession.h"
#include "automation/whatsapp/WhatsAppWebSender.h"
#include "ui/common/PauseBanner.h"
#include "ui/whatsapp/SendingHealthPanel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QWebEngineView>

namespace fd {

WhatsAppTab::WhatsAppTab(whatsapp::WhatsAppSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("whatsappTab"));

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("whatsappState"));
    m_state->setAccessibleName(tr("WhatsApp state"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_engine = new QLabel(this);
    m_engine->setObjectName(QStringLiteral("whatsappEngine"));
    m_engine->setAccessibleName(tr("WhatsApp engine"));
    m_engine->setToolTip(tr("WA-JS calls WhatsApp's own functions; the DOM driver works the page as a person "
                            "would. Settings, \"WhatsApp engine\", chooses for this desk."));
    m_engine->hide();

    m_useHere = new QPushButton(tr("Use here"), this);
    m_useHere->setObjectName(QStringLiteral("whatsappUseHere"));
    m_useHere->setToolTip(tr("Take WhatsApp over from the other window, so this desk sends the messages."));
    m_reload = new QPushButton(tr("Reload"), this);
    m_reload->setObjectName(QStringLiteral("whatsappReload"));
    m_check = new QPushButton(tr("Check WhatsApp page"), this);
    m_check->setObjectName(QStringLiteral("whatsappCheck"));
    m_check->setToolTip(tr("Lists which parts of the WhatsApp page FrontDesk finds and which it misses."));

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("whatsappNotice"));
    m_notice->setAccessibleName(tr("Sending notice"));
    m_notice->setWordWrap(true);

    m_pause = new PauseBanner(false, this);
    m_pause->setObjectName(QStringLiteral("whatsappPause"));

    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("whatsappSelfTestReport"));
    m_report->setAccessibleName(tr("WhatsApp page check"));
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setMaximumHeight(160);
    m_report->hide();

    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("whatsappView"));
    m_view->setAccessibleName(tr("WhatsApp Web"));

    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_state, 1);
    m_buttons->addWidget(m_engine);
    m_buttons->addWidget(m_useHere);
    m_buttons->addWidget(m_reload);
    m_buttons->addWidget(m_check);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_buttons);
    layout->addWidget(m_pause);
    layout->addWidget(m_notice);
    layout->addWidget(m_report);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("whatsappSplit"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_view);
    m_split->setStretchFactor(0, 1);
    layout->addWidget(m_split, 1);

    connect(m_useHere, &QPushButton::clicked, &m_session, &whatsapp::WhatsAppSession::useHere);
    connect(m_reload, &QPushButton::clicked, &m_session, &whatsapp::WhatsAppSession::reload);
    connect(m_check, &QPushButton::clicked, this, &WhatsAppTab::runSelfTest);
    connect(&m_session, &whatsapp::WhatsAppSession::stateChanged, this, &WhatsAppTab::showState);
    connect(m_pause, &PauseBanner::resumeRequested, this, [this](const QString& station) {
        const auto answer = QMessageBox::question(this, tr("Resume sending"),
                                                  tr("Resume sending on station %1?\n\nDo this after the "
                                                     "selector pack (or FrontDesk) was updated and "
                                                     "\"Check WhatsApp page\" finds everything. Messages "
                                                     "marked \"may have been sent\" stay failed: "
                                                     "look in each chat before retrying them.")
                                                      .arg(station));
        if (answer == QMessageBox::Yes)
            emit resumeRequested();
    });

    // Failures keep a picture of what the page showed.
    QPointer<QWebEngineView> view = m_view;
    m_session.setScreenshotProvider([view] { return view ? view->grab().toImage() : QImage(); });

    attachPage();
    showState(m_session.state(), m_session.stateText());
    showBusy(false);
}

WhatsAppTab::~WhatsAppTab()
{
    m_session.setScreenshotProvider({});
    m_view->setPage(nullptr); // the page belongs to the session, which outlives this tab
}

void WhatsAppTab::attachPage()
{
    if (m_session.page() && m_view->page() != m_session.page())
        m_view->setPage(m_session.page());
}

void WhatsAppTab::setSender(whatsapp::WhatsAppWebSender* sender)
{
    if (!sender)
        return;
    m_sender = sender;
    if (m_health)
        m_health->setSender(sender);
    connect(sender, &whatsapp::WhatsAppWebSender::busyChanged, this, &WhatsAppTab::showBusy);
    const auto showEngine = [this] {
        if (m_sender)
            m_engine->setText(tr("Engine: %1").arg(m_sender->engineText()));
    };
    connect(sender, &whatsapp::WhatsAppWebSender::engineChanged, this, showEngine);
    showEngine();
    m_engine->show();
    showBusy(sender->isBusy());
}

void WhatsAppTab::showPause(const std::optional<StationPause>& pause)
{
    m_pause->showPauses(pause ? QList<StationPause>{*pause} : QList<StationPause>());
    if (m_health && m_health->isVisible())
        m_health->refresh();
}

void WhatsAppTab::addSendingHealth(DatabaseWorker& database, const QString& station)
{
    if (m_health)
        return;
    m_health = new SendingHealthPanel(database, station, m_split);
    m_health->setSender(m_sender);
    m_health->hide(); // the page needs the width; the button shows the figures
    m_split->addWidget(m_health);
    m_split->setStretchFactor(1, 0);
    m_healthButton = new QPushButton(tr("Sending &health"), this);
    m_healthButton->setObjectName(QStringLiteral("whatsappHealthButton"));
    m_healthButton->setCheckable(true);
    m_healthButton->setToolTip(tr("Messages this hour and today against the limits, the warm-up of a new "
                                  "number, the last pause and the latest failures."));
    m_buttons->addWidget(m_healthButton);
    connect(m_healthButton, &QPushButton::toggled, m_health, &QWidget::setVisible);
}

void WhatsAppTab::setCanResume(bool canResume)
{
    m_pause->setCanResume(canResume);
}

void WhatsAppTab::showState(whatsapp::SessionState state, const QString& text)
{
    attachPage();
    m_state->setText(text);
    m_useHere->setVisible(state == whatsapp::SessionState::Conflict);
    m_check->setEnabled(m_session.page() != nullptr);
    m_reload->setEnabled(m_session.page() != nullptr);
}

void WhatsAppTab::showNotSending(const QString& text)
{
    m_state->setText(text);
    m_notice->setText(tr("Sending is off on this desk (Settings, \"This desk sends WhatsApp messages\"). "
                         "Tick it there to send from this desk again."));
    m_notice->setStyleSheet({});
    m_useHere->hide();
    m_check->setEnabled(false);
    m_reload->setEnabled(false);
}

void WhatsAppTab::showBusy(bool busy)
{
    if (busy) {
        m_notice->setText(
            tr("<b>Sending a message now: please do not click or type in the WhatsApp page until it "
               "is done.</b>"));
        m_notice->setStyleSheet(
            QStringLiteral("QLabel { background: palette(highlight); color: palette(highlighted-text); "
                           "padding: 4px; }"));
    } else {
        m_notice->setText(
            tr("FrontDesk sends the customers' messages through this page. While a message is being "
               "sent, leave the page alone: a click or a keystroke can interrupt it."));
        m_notice->setStyleSheet({});
    }
}

void WhatsAppTab::runSelfTest()
{
    m_check->setEnabled(false);
    m_report->show();
    m_report->setPlainText(tr("Checking the WhatsApp page ..."));
    QPointer<WhatsAppTab> self(this);
    m_session.selfTest([self](const whatsapp::SelfTestReport& report) {
        if (!self)
            return;
        self->m_check->setEnabled(true);
        QString text = report.toText();
        text += QLatin1Char('\n') + tr("Selector pack: %1, version %2")
                                        .arg(self->m_session.selectorPack().origin())
                                        .arg(self->m_session.selectorPack().version());
        if (self->m_sender)
            text += QLatin1Char('\n') + self->m_sender->engineReport();
        self->m_report->setPlainText(text);
    });
}

} // namespace fd
