#include "ui/log/MessageLogTab.h"

#include "LogFixture.h"
#include "automation/dispatch/StationPauses.h"
#include "automation/events/DeskActions.h"
#include "automation/settings/SharedSettings.h"
#include "mock/FakeClock.h"
#include "models/core/QtCompat.h"
#include "models/logmodel/MessageLogModel.h"
#include "models/records/LogReasons.h"
#include "models/repositories/SettingsRepository.h"
#include "ui/common/PauseBanner.h"
#include "ui/common/SortArrowStyle.h"
#include "ui/log/LogFilterBar.h"
#include "ui/log/MessageDetailsPane.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTemporaryDir>

using namespace fd;
using namespace fd::test;

namespace {

// Screenshots for people to look at; tests never compare pixels.
void saveShot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("FRONTDESK_SHOTS_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget.grab().save(QDir(folder).filePath(name));
}

} // namespace

class MessageLogTabTest : public LogTest
{
protected:
    void SetUp() override
    {
        LogTest::SetUp();
        if (HasFatalFailure())
            return;
        const QStringList names = {QStringLiteral("Asha Raman"), QStringLiteral("Bala Subramaniam"),
                                   QStringLiteral("राम कुमार"), QStringLiteral("முருகன்"),
                                   QStringLiteral("Chitra")};
        const QStringList statuses = {QStringLiteral("SENT"),    QStringLiteral("DELIVERED"),
                                      QStringLiteral("FAILED"),  QStringLiteral("PENDING"),
                                      QStringLiteral("READ"),    QStringLiteral("SKIPPED"),
                                      QStringLiteral("RETRYING")};
        const QStringList events = MessageLogModel::eventTypes();
        for (int i = 0; i < 30; ++i) {
            LogRow r;
            r.event = events.at(i % events.size());
            r.status = statuses.at(i % statuses.size());
            r.name = names.at(i % names.size());
            r.phone = QStringLiteral("+9198400%1").arg(i, 5, 10, QLatin1Char('0'));
            r.createdAt = fd::utcDateTime(QDate(2026, 11, 24), QTime(9, 0)).addSecs(i * 600);
            r.content =
                QStringLiteral("Dear %1, your request is registered with Yamini Infotech.").arg(r.name);
            r.transport = r.status == QLatin1String("PENDING") ? QString() : QStringLiteral("web");
            r.station = r.transport.isEmpty() ? QString() : QStringLiteral("desk-1");
            if (r.status == QLatin1String("FAILED")) {
                r.error = QStringLiteral("The number is not on WhatsApp");
                r.retries = 3;
            }
            if (r.status == QLatin1String("SKIPPED"))
                r.error = QStringLiteral("customer opted out");
            ids << insert(r);
            if (r.status == QLatin1String("FAILED"))
                failedIds << ids.constLast();
        }
    }

    std::unique_ptr<MessageLogTab> makeTab(bool isAdmin)
    {
        auto tab = std::make_unique<MessageLogTab>(isAdmin ? *worker : *receptionWorker, isAdmin, clock);
        tab->model()->setPollInterval(0);
        tab->resize(1400, 760);
        tab->show();
        EXPECT_TRUE(waitUntil([&] { return !tab->model()->isLoading() && tab->model()->rowCount() > 0; }));
        return tab;
    }

    void selectId(MessageLogTab& tab, qint64 id)
    {
        const int row = tab.model()->rowOfId(id);
        ASSERT_GE(row, 0);
        tab.table()->selectRow(row);
    }

    QString eventOf(qint64 id)
    {
        auto v =
            connection->scalar(QStringLiteral("SELECT event_type FROM whatsapp_message_logs WHERE id = ?"),
                               {id}, QStringLiteral("event"));
        return v.ok() ? v.value().toString() : QString();
    }

    QString statusOf(qint64 id)
    {
        auto v = connection->scalar(QStringLiteral("SELECT status FROM whatsapp_message_logs WHERE id = ?"),
                                    {id}, QStringLiteral("status"));
        return v.ok() ? v.value().toString() : QString();
    }

    FakeClock clock{fd::utcDateTime(QDate(2026, 11, 24), QTime(12, 0))};
    QList<qint64> ids;
    QList<qint64> failedIds;
};
FD_INSTANTIATE_FOR_ALL_DIALECTS(MessageLogTabTest);

TEST_P(MessageLogTabTest, ReceptionSeesNoRetryButtonsAndTheEngineRefusesThemAnyway)
{
    auto tab = makeTab(false);
    EXPECT_EQ(tab->findChild<QPushButton*>(QStringLiteral("logRetrySelected")), nullptr);
    EXPECT_EQ(tab->findChild<QPushButton*>(QStringLiteral("logRetryAllFailed")), nullptr);
    EXPECT_NE(tab->findChild<QPushButton*>(QStringLiteral("logExport")), nullptr) << "reception may export";
    saveShot(*tab, QStringLiteral("log-reception.png"));

    QSignalSpy finished(tab.get(), &MessageLogTab::retryFinished);
    tab->retryIds(failedIds);
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(finished.at(0).at(1).toString().contains(QStringLiteral("administrator")));
    tab->retryAllFailedInFilter();
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 2; }));
    EXPECT_FALSE(finished.at(1).at(0).toBool());
    for (qint64 id : failedIds)
        EXPECT_EQ(statusOf(id), QStringLiteral("FAILED"));
}

TEST_P(MessageLogTabTest, AdminRetriesTheSelectedFailedMessage)
{
    auto tab = makeTab(true);
    auto* retrySelected = tab->findChild<QPushButton*>(QStringLiteral("logRetrySelected"));
    ASSERT_NE(retrySelected, nullptr);
    EXPECT_FALSE(retrySelected->isEnabled()) << "nothing selected yet";
    selectId(*tab, failedIds.first());
    EXPECT_TRUE(retrySelected->isEnabled());
    selectId(*tab, ids.first()); // a sent one
    EXPECT_FALSE(retrySelected->isEnabled());

    QSignalSpy finished(tab.get(), &MessageLogTab::retryFinished);
    tab->retryIds({failedIds.first()});
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
    EXPECT_EQ(statusOf(failedIds.first()), QStringLiteral("RETRYING"));
    for (qint64 id : failedIds.mid(1))
        EXPECT_EQ(statusOf(id), QStringLiteral("FAILED"));
    ASSERT_TRUE(waitUntil([&] { return tab->model()->summary().failed == failedIds.size() - 1; }));
}

// A message whose template could not be filled (here: no company name yet) is not sent as the template: the
// admin's retry says why it cannot go, and once the setting is there it is filled in and goes.
TEST_P(MessageLogTabTest, ARetryOfAMessageThatCouldNotBeFilledSaysWhyOrFillsItIn)
{
    // The generated rows name enquiries that do not exist; the new one must be the only enquiry's message.
    ASSERT_TRUE(
        connection
            ->exec(QStringLiteral("DELETE FROM whatsapp_message_logs WHERE reference_type = 'enquiry'"),
                   QStringLiteral("clear"))
            .ok());
    ASSERT_TRUE(SettingsRepository(*connection)
                    .setValue(QLatin1String(SharedSettings::kCompanyName), QString(), QStringLiteral("admin"))
                    .ok());
    ASSERT_TRUE(SettingsRepository(*connection)
                    .setValue(QLatin1String(SharedSettings::kCompanyPhone),
                              QStringLiteral("+91 44 2345 6789"), QStringLiteral("admin"))
                    .ok());
    EnquiryInput input;
    input.customerName = QStringLiteral("Asha Raman");
    input.customerPhone = QStringLiteral("98765 43210");
    input.subject = QStringLiteral("Laser printer");
    auto saved = DeskActions(*connection, clock).createEnquiry(input);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    ASSERT_EQ(saved->message->outcome, QueueResult::Outcome::TemplateError);
    const qint64 id = saved->message->messageId;
    ASSERT_EQ(statusOf(id), QStringLiteral("FAILED"));

    auto tab = makeTab(true);
    QSignalSpy finished(tab.get(), &MessageLogTab::retryFinished);
    tab->retryIds({id});
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(tab->statusText().contains(QStringLiteral("the company name is not set in Settings")))
        << tab->statusText().toStdString();
    EXPECT_EQ(statusOf(id), QStringLiteral("FAILED"));

    ASSERT_TRUE(SettingsRepository(*connection)
                    .setValue(QLatin1String(SharedSettings::kCompanyName), QStringLiteral("Yamini Infotech"),
                              QStringLiteral("admin"))
                    .ok());
    tab->retryIds({id});
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 2; }));
    EXPECT_TRUE(finished.at(1).at(0).toBool()) << finished.at(1).at(1).toString().toStdString();
    EXPECT_TRUE(tab->statusText().contains(QStringLiteral("filled in again")))
        << tab->statusText().toStdString();
    EXPECT_EQ(statusOf(id), QStringLiteral("RETRYING"));
    auto content =
        connection->scalar(QStringLiteral("SELECT message_content FROM whatsapp_message_logs WHERE id = ?"),
                           {id}, QStringLiteral("content"));
    ASSERT_TRUE(content.ok());
    EXPECT_FALSE(content.value().toString().contains(QLatin1Char('{')))
        << content.value().toString().toStdString();
    EXPECT_TRUE(content.value().toString().contains(QStringLiteral("Yamini Infotech")));
}

TEST_P(MessageLogTabTest, AdminRetriesAllFailedWithinTheFilterOnly)
{
    auto tab = makeTab(true);
    // Narrow to one event: only its failed messages go again.
    const QString event = eventOf(failedIds.first());
    MessageLogFilter f;
    f.eventType = event;
    tab->model()->setFilter(f);
    ASSERT_TRUE(waitUntil([&] { return !tab->model()->isLoading(); }));
    const qint64 inFilter =
        scalar(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE status = 'FAILED' "
                              "AND event_type = ?"),
               {event});
    const qint64 allFailed = failedIds.size();
    const QString retrying = QStringLiteral(
        "SELECT count(*) FROM whatsapp_message_logs WHERE status = 'RETRYING' AND event_type = ?");
    const qint64 retryingBefore = scalar(retrying, {event});
    ASSERT_GT(inFilter, 0);
    ASSERT_LT(inFilter, allFailed);
    QSignalSpy finished(tab.get(), &MessageLogTab::retryFinished);
    tab->retryAllFailedInFilter();
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    EXPECT_EQ(scalar(retrying, {event}), retryingBefore + inFilter);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE status = 'FAILED'")),
              allFailed - inFilter);
}

TEST_P(MessageLogTabTest, DetailsShowTheFullMessageAttemptsAndScreenshot)
{
    QTemporaryDir dir;
    const QString shotPath = dir.filePath(QStringLiteral("failure.png"));
    QImage image(640, 400, QImage::Format_RGB32);
    image.fill(QColor(30, 120, 90));
    ASSERT_TRUE(image.save(shotPath));
    const qint64 id = failedIds.first();
    ASSERT_TRUE(
        connection
            ->exec(
                QStringLiteral(
                    "UPDATE whatsapp_message_logs SET screenshot_path = ?, message_content = ? WHERE id = ?"),
                {shotPath, QStringLiteral("Line one <b>not bold</b>\nLine two & more"), id},
                QStringLiteral("screenshot"))
            .ok());
    for (int attempt = 0; attempt < 2; ++attempt) {
        ASSERT_TRUE(
            connection
                ->exec(
                    QStringLiteral(
                        "INSERT INTO whatsapp_message_attempts (message_id, station, transport, "
                        "started_at, finished_at, outcome, error_message) VALUES (?, ?, 'web', ?, ?, ?, ?)"),
                    {id, QStringLiteral("desk-%1").arg(attempt + 1),
                     sql::fromDateTime(clock.nowUtc().addSecs(attempt * 60)),
                     sql::fromDateTime(clock.nowUtc().addSecs(attempt * 60 + 30)), QStringLiteral("FAILED"),
                     QStringLiteral("no tick within 30 s (attempt %1)").arg(attempt + 1)},
                    QStringLiteral("attempt"))
                .ok());
    }
    auto tab = makeTab(true);
    selectId(*tab, id);
    ASSERT_TRUE(
        waitUntil([&] { return tab->detailsPane()->plainText().contains(QStringLiteral("attempt 2")); }));
    const QString text = tab->detailsPane()->plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Line one <b>not bold</b>")))
        << "database text is shown as text";
    EXPECT_TRUE(text.contains(QStringLiteral("Line two & more")));
    EXPECT_TRUE(text.contains(QStringLiteral("The number is not on WhatsApp")));
    EXPECT_TRUE(text.contains(QStringLiteral("desk-2")));
    EXPECT_TRUE(text.contains(QStringLiteral("no tick within 30 s (attempt 1)")));
    auto* screenshot = tab->findChild<QLabel*>(QStringLiteral("logScreenshot"));
    ASSERT_NE(screenshot, nullptr);
    EXPECT_TRUE(screenshot->isVisible());
    saveShot(*tab, QStringLiteral("log-details.png"));

    // A screenshot on another station's disk is named, not shown.
    ASSERT_TRUE(
        connection
            ->exec(QStringLiteral("UPDATE whatsapp_message_logs SET screenshot_path = ? WHERE id = ?"),
                   {QStringLiteral("/elsewhere/shot.png"), failedIds.at(1)}, QStringLiteral("screenshot"))
            .ok());
    tab->model()->refresh();
    ASSERT_TRUE(waitUntil([&] { return !tab->model()->isLoading(); }));
    selectId(*tab, failedIds.at(1));
    ASSERT_TRUE(waitUntil(
        [&] { return tab->detailsPane()->plainText().contains(QStringLiteral("/elsewhere/shot.png")); }));
    EXPECT_FALSE(screenshot->isVisible());
}

TEST_P(MessageLogTabTest, TypingInTheSearchBoxFiltersAndTheFiguresFollow)
{
    auto tab = makeTab(true);
    auto* search = tab->findChild<QLineEdit*>(QStringLiteral("logSearch"));
    ASSERT_NE(search, nullptr);
    QTest::keyClicks(search, QStringLiteral("subra"));
    ASSERT_TRUE(waitUntil([&] {
        return tab->model()->filter().search == QStringLiteral("subra") && !tab->model()->isLoading();
    }));
    const qint64 expected =
        scalar(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE customer_name = ?"),
               {QStringLiteral("Bala Subramaniam")});
    EXPECT_EQ(tab->model()->rowCount(), expected);
    EXPECT_EQ(tab->model()->summary().total, expected);
    auto* total = tab->findChild<QLabel*>(QStringLiteral("logTotal"));
    ASSERT_NE(total, nullptr);
    EXPECT_TRUE(total->text().contains(QString::number(expected)));
    search->setText(QStringLiteral("முருக")); // pasted rather than typed
    ASSERT_TRUE(waitUntil([&] {
        return tab->model()->filter().search == QStringLiteral("முருக") && !tab->model()->isLoading();
    }));
    EXPECT_EQ(tab->model()->summary().total,
              scalar(QStringLiteral("SELECT count(*) FROM whatsapp_message_logs WHERE customer_name = ?"),
                     {QStringLiteral("முருகன்")}));
    tab->filterBar()->clear();
    ASSERT_TRUE(waitUntil([&] { return tab->model()->summary().total == ids.size(); }));
}

TEST_P(MessageLogTabTest, ExportWritesTheCurrentFilter)
{
    auto tab = makeTab(false);
    MessageLogFilter f;
    f.statuses = {QStringLiteral("FAILED")};
    tab->model()->setFilter(f);
    ASSERT_TRUE(waitUntil([&] { return !tab->model()->isLoading(); }));
    QTemporaryDir dir;
    QSignalSpy finished(tab.get(), &MessageLogTab::exportFinished);
    tab->exportTo(dir.filePath(QStringLiteral("failed.csv")));
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(tab->statusText().contains(QStringLiteral("Exported %1 message").arg(failedIds.size())))
        << tab->statusText().toStdString();
}

TEST_P(MessageLogTabTest, PagingButtonsMoveThroughTheLog)
{
    auto tab = makeTab(true);
    tab->model()->setPageSize(7);
    ASSERT_TRUE(waitUntil([&] { return !tab->model()->isLoading(); }));
    auto* next = tab->findChild<QPushButton*>(QStringLiteral("logNextPage"));
    auto* previous = tab->findChild<QPushButton*>(QStringLiteral("logPreviousPage"));
    auto* label = tab->findChild<QLabel*>(QStringLiteral("logPageLabel"));
    ASSERT_TRUE(next && previous && label);
    EXPECT_FALSE(previous->isEnabled());
    EXPECT_TRUE(label->text().contains(QStringLiteral("Page 1 of 5"))) << label->text().toStdString();
    next->click();
    ASSERT_TRUE(waitUntil([&] { return tab->model()->page() == 1 && !tab->model()->isLoading(); }));
    EXPECT_TRUE(previous->isEnabled());
    EXPECT_TRUE(label->text().contains(QStringLiteral("Page 2 of 5"))) << label->text().toStdString();
    tab->findChild<QPushButton*>(QStringLiteral("logLastPage"))->click();
    ASSERT_TRUE(waitUntil([&] { return tab->model()->page() == 4 && !tab->model()->isLoading(); }));
    EXPECT_FALSE(next->isEnabled());
    EXPECT_EQ(tab->model()->rowCount(), 2);
    saveShot(*tab, QStringLiteral("log-admin-last-page.png"));
}

// "Failed: may have been sent" lists exactly the messages pressed without a confirmation (whose reason the
// log keeps word for word), in the desk's language on screen; "Retry all failed" then retries only those.
TEST_P(MessageLogTabTest, TheFilterFindsTheMessagesThatMayHaveBeenSent)
{
    QList<qint64> maybeSent;
    for (int i = 0; i < 3; ++i) {
        LogRow r;
        r.status = QStringLiteral("FAILED");
        r.error = LogReasons::maybeSent().logged;
        r.phone = QStringLiteral("+9198411%1").arg(i, 5, 10, QLatin1Char('0'));
        r.transport = QStringLiteral("whatsapp-web");
        maybeSent << insert(r);
    }
    auto tab = makeTab(true);
    auto* status = tab->findChild<QComboBox*>(QStringLiteral("logStatusFilter"));
    ASSERT_NE(status, nullptr);
    const int item = status->findText(QStringLiteral("Failed: may have been sent"));
    ASSERT_GE(item, 0);
    status->setCurrentIndex(item);
    ASSERT_TRUE(waitUntil([&] { return !tab->model()->isLoading() && tab->model()->rowCount() == 3; }));
    QList<qint64> shown;
    for (int row = 0; row < tab->model()->rowCount(); ++row)
        shown << tab->model()->idAt(row);
    std::sort(shown.begin(), shown.end());
    EXPECT_EQ(shown, maybeSent);
    EXPECT_EQ(tab->model()->summary().failed, 3) << "the figures follow the filter";
    EXPECT_EQ(tab->model()->index(0, MessageLogModel::Error).data().toString(),
              QStringLiteral("may have been sent: check the chat before retrying"));
    saveShot(*tab, QStringLiteral("log-may-have-been-sent.png"));

    QSignalSpy finished(tab.get(), &MessageLogTab::retryFinished);
    tab->retryAllFailedInFilter();
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }));
    for (qint64 id : maybeSent)
        EXPECT_EQ(statusOf(id), QStringLiteral("RETRYING"));
    for (qint64 id : failedIds)
        EXPECT_EQ(statusOf(id), QStringLiteral("FAILED")) << "other failures are not in this filter";
}

// Where sending is paused shows above the log on every desk; only an administrator can resume it there.
TEST_P(MessageLogTabTest, PausedStationsShowAboveTheLogAndAdminsResumeThem)
{
    StationPause pause;
    pause.station = QStringLiteral("desk-3");
    pause.transport = QStringLiteral("whatsapp-web");
    pause.reason = StationPauses::pageChanged().logged;
    pause.missing = QStringLiteral("outgoing rows (data-id true_) in the open chat");
    pause.selectorPack = QStringLiteral("built-in, version 2");
    pause.pausedAt = clock.nowUtc();
    ASSERT_TRUE(StationPauses(*connection).pause(pause).ok());

    auto reception = makeTab(false);
    ASSERT_TRUE(waitUntil([&] { return reception->pauseBanner()->isVisible(); }));
    auto* text = reception->pauseBanner()->findChild<QLabel*>(QStringLiteral("pauseText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->text().contains(QStringLiteral("WhatsApp Web has changed: sending paused")))
        << text->text().toStdString();
    EXPECT_TRUE(text->text().contains(QStringLiteral("desk-3")));
    EXPECT_TRUE(text->text().contains(QStringLiteral("data-id true_")));
    EXPECT_TRUE(
        reception->pauseBanner()->findChildren<QPushButton*>(QStringLiteral("resumeSending")).isEmpty());
    QSignalSpy refused(reception.get(), &MessageLogTab::resumeFinished);
    reception->resumeStation(QStringLiteral("desk-3"));
    ASSERT_TRUE(waitUntil([&] { return refused.count() == 1; }));
    EXPECT_FALSE(refused.at(0).at(0).toBool());
    EXPECT_TRUE(StationPauses(*connection).active(QStringLiteral("desk-3"))->has_value());
    reception.reset();

    auto admin = makeTab(true);
    admin->setUserLogin(QStringLiteral("meena"));
    ASSERT_TRUE(waitUntil([&] { return admin->pauseBanner()->isVisible(); }));
    const auto buttons = admin->pauseBanner()->findChildren<QPushButton*>(QStringLiteral("resumeSending"));
    ASSERT_EQ(buttons.size(), 1);
    EXPECT_EQ(buttons.first()->property("station").toString(), QStringLiteral("desk-3"));
    saveShot(*admin, QStringLiteral("log-paused-station.png"));
    QSignalSpy resumed(admin.get(), &MessageLogTab::resumeFinished);
    admin->resumeStation(QStringLiteral("desk-3"));
    ASSERT_TRUE(waitUntil([&] { return resumed.count() == 1; }));
    EXPECT_TRUE(resumed.at(0).at(0).toBool()) << resumed.at(0).at(1).toString().toStdString();
    EXPECT_FALSE(StationPauses(*connection).active(QStringLiteral("desk-3"))->has_value());
    ASSERT_TRUE(waitUntil([&] { return !admin->pauseBanner()->isVisible(); }));
    if (GetParam() == Dialect::Sqlite) { // PostgreSQL records the login the server knows
        EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM station_pauses WHERE resumed_by = 'meena'")),
                  1);
    }
}

namespace {

// Records which sort indicator reaches the real style.
class ArrowRecorder : public QProxyStyle
{
public:
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override
    {
        if (const auto* header = qstyleoption_cast<const QStyleOptionHeader*>(option);
            element == PE_IndicatorHeaderArrow && header)
            drawn.append(header->sortIndicator);
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
    mutable QList<QStyleOptionHeader::SortIndicator> drawn;
};

} // namespace

// QHeaderView calls descending order "SortUp", which Fusion draws pointing up: the newest-first log showed an
// arrow pointing up. The log's header draws newest-first (descending) pointing down, as people read it.
TEST(SortArrowStyle, DescendingPointsDownAndAscendingPointsUp)
{
    auto* recorder = new ArrowRecorder;
    SortArrowStyle style(recorder);
    QImage image(40, 20, QImage::Format_ARGB32);
    QPainter painter(&image);
    QStyleOptionHeader option;
    option.rect = image.rect();
    option.sortIndicator = QStyleOptionHeader::SortUp; // what QHeaderView passes for DescendingOrder
    style.drawPrimitive(QStyle::PE_IndicatorHeaderArrow, &option, &painter);
    option.sortIndicator = QStyleOptionHeader::SortDown; // ... and for AscendingOrder
    style.drawPrimitive(QStyle::PE_IndicatorHeaderArrow, &option, &painter);
    EXPECT_EQ(recorder->drawn, (QList<QStyleOptionHeader::SortIndicator>{QStyleOptionHeader::SortDown,
                                                                         QStyleOptionHeader::SortUp}));
}

TEST_P(MessageLogTabTest, TheLogsHeaderDrawsNewestFirstPointingDown)
{
    auto tab = makeTab(true);
    QHeaderView* header = tab->table()->horizontalHeader();
    EXPECT_NE(dynamic_cast<SortArrowStyle*>(header->style()), nullptr);
    EXPECT_EQ(header->sortIndicatorOrder(), Qt::DescendingOrder);
    EXPECT_EQ(header->sortIndicatorSection(), int(MessageLogModel::Created));
}
