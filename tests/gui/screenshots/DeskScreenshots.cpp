// Makes the screenshots of the reception desk's screens (login, first-run wizard, each tab, dark palette)
// from the real widgets on a scratch SQLite database with sample data. Run by scripts/desk-screenshots.sh
// under xvfb-run; not a test.
#include "automation/events/DeskActions.h"
#include "automation/secrets/CredentialService.h"
#include "automation/settings/SharedSettings.h"
#include "models/auth/Authenticator.h"
#include "models/auth/LoginThrottle.h"
#include "models/db/DatabaseWorker.h"
#include "models/db/MigrationRunner.h"
#include "models/repositories/SettingsRepository.h"
#include "models/repositories/UserRepository.h"
#include "ui/admin/EngineersPage.h"
#include "ui/admin/UsersPage.h"
#include "ui/common/DeskContext.h"
#include "ui/common/UiLanguage.h"
#include "ui/login/LoginDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/setup/FirstRunWizard.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace fd;

namespace {

QString g_out;

void settle(int ms = 400)
{
    QTest::qWait(ms);
}

void shoot(QWidget* widget, const QString& name)
{
    settle();
    const QString path = QDir(g_out).filePath(QStringLiteral("desk-%1.png").arg(name));
    widget->grab().save(path);
    QTextStream(stdout) << path << Qt::endl;
}

template<typename W = QWidget> W* find(QObject* parent, const char* name)
{
    W* w = parent->findChild<W*>(QLatin1String(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

void typeInto(QObject* parent, const char* name, const QString& text)
{
    auto* edit = find<QLineEdit>(parent, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

template<typename T> T wait(QFuture<T> future)
{
    (void)QTest::qWaitFor([&] { return future.isFinished(); }, 30000);
    return future.result();
}

void seed(Connection& c)
{
    if (!MigrationRunner(c).migrate())
        qFatal("migration failed");
    SharedSettings settings;
    settings.companyName = QStringLiteral("Yamini Infotech");
    settings.companyPhone = QStringLiteral("+91 44 2345 6789");
    settings.trackingLinkPattern = QStringLiteral("https://yamini.example.in/track?t={ticket_id}");
    settings.feedbackLinkPattern = QStringLiteral("https://yamini.example.in/feedback/{ticket_id}");
    (void)settings.save(c, QStringLiteral("setup"));
    (void)c.exec(
        QStringLiteral(
            "INSERT INTO engineers (name, phone, active) VALUES ('Ravi Kumar', '+91 90000 11111', 1), "
            "('Senthil Nathan', '+91 90000 22222', 1)"),
        QStringLiteral("engineers"));
    UserRepository users(c);
    (void)users.create(NewUser{QStringLiteral("Anil Owner"), QStringLiteral("anil"), QString(),
                               AppUser::Role::Admin, QStringLiteral("owner-pass-1")});
    (void)users.create(NewUser{QStringLiteral("Priya Desk"), QStringLiteral("priya"), QString(),
                               AppUser::Role::Reception, QStringLiteral("counter-pass-1")});
    DeskActions desk(c);
    const QStringList names = {QStringLiteral("Asha Verma"), QStringLiteral("Rahul Sharma"),
                               QStringLiteral("மீனா"), QStringLiteral("Lakshmi Iyer"),
                               QStringLiteral("Mohammed Irfan")};
    const QStringList phones = {QStringLiteral("98765 43210"), QStringLiteral("98450 12345"),
                                QStringLiteral("94440 55555"), QStringLiteral("044 2345 6789"),
                                QStringLiteral("99620 77777")};
    for (int i = 0; i < names.size(); ++i) {
        EnquiryInput e;
        e.customerName = names[i];
        e.customerPhone = phones[i];
        e.subject = QStringList{QStringLiteral("Laser printer"), QStringLiteral("Photocopier AMC"),
                                QStringLiteral("Toner refill"), QStringLiteral("Scanner"),
                                QStringLiteral("Projector demo")}[i];
        e.language = i == 2 ? QStringLiteral("ta") : QStringLiteral("en");
        e.createdBy = QStringLiteral("priya");
        (void)desk.createEnquiry(e);
        ServiceRequestInput s;
        s.customerName = names[i];
        s.customerPhone = phones[i];
        s.serviceType =
            QStringList{QStringLiteral("Repair"), QStringLiteral("Installation"),
                        QStringLiteral("Maintenance"), QStringLiteral("Repair"), QStringLiteral("Demo")}[i];
        s.scheduledDate = QDate::currentDate().addDays(i);
        s.createdBy = QStringLiteral("priya");
        auto created = desk.createServiceRequest(s);
        if (created && i < 3)
            (void)desk.assignEngineer(created->record.id, 1, QStringLiteral("Ravi Kumar"));
        if (created && i == 0)
            (void)desk.completeService(created->record.id, QDate::currentDate());
        DeliveryInput d;
        d.customerName = names[i];
        d.customerPhone = phones[i];
        d.itemName = QStringList{QStringLiteral("HP LaserJet M1005"), QStringLiteral("Canon IR 2006"),
                                 QStringLiteral("Toner 12A"), QStringLiteral("Epson L3250"),
                                 QStringLiteral("BenQ MS560")}[i];
        d.reference = QStringLiteral("INV-%1").arg(2400 + i);
        d.scheduledDate = QDate::currentDate().addDays(1);
        d.createdBy = QStringLiteral("priya");
        auto delivery = desk.createDelivery(d);
        if (delivery && i == 1)
            (void)desk.setDeliveryStatus(delivery->record.id, Delivery::Status::Failed, {},
                                         QStringLiteral("Door locked"));
        if (delivery && i == 2)
            (void)desk.setDeliveryStatus(delivery->record.id, Delivery::Status::Delivered, {}, {});
    }
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9e, 0x9e, 0x9e));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

void shootDesk(DeskContext& context, const QString& suffix)
{
    MainWindow window(context);
    window.addAdminPage(new UsersPage(context), QObject::tr("Users"));
    window.addAdminPage(new EngineersPage(context), QObject::tr("Engineers"));
    window.resize(1280, 780);
    window.show();
    settle(1200);
    auto* tabs = window.tabs();

    // Enquiries: a form being filled in, the phone checked as typed.
    tabs->setCurrentIndex(0);
    typeInto(&window, "enquiryName", QStringLiteral("Kavya Reddy"));
    typeInto(&window, "enquiryPhoneEdit", QStringLiteral("98765 0123"));
    typeInto(&window, "enquirySubject", QStringLiteral("Colour laser printer"));
    shoot(&window, QStringLiteral("enquiries-invalid-phone") + suffix);
    typeInto(&window, "enquiryPhoneEdit", QStringLiteral("98765 01234"));
    shoot(&window, QStringLiteral("enquiries") + suffix);
    QTest::keyClick(find<QLineEdit>(&window, "enquirySubject"), Qt::Key_Return);
    settle(1500);
    shoot(&window, QStringLiteral("enquiries-saved") + suffix);

    // An enquiry opened from the list: every field, the ones that may be corrected, its corrections.
    find<QTableView>(&window, "enquiryList")->selectRow(0);
    find<QAbstractButton>(&window, "enquiryOpen")->click();
    settle(800);
    if (auto* record = window.findChild<QDialog*>(QStringLiteral("recordDialog"))) {
        shoot(record, QStringLiteral("record-open") + suffix);
        record->reject();
        settle(200);
    }

    // Service requests: the completed one selected (feedback QR).
    tabs->setCurrentIndex(1);
    settle(800);
    auto* list = find<QTableView>(&window, "serviceList");
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, 1).data().toString() == QLatin1String("Completed"))
            list->selectRow(row);
    }
    typeInto(&window, "serviceName", QStringLiteral("Kavya Reddy"));
    typeInto(&window, "servicePhoneEdit", QStringLiteral("98765 01234"));
    find<QComboBox>(&window, "serviceType")->setCurrentText(QStringLiteral("Repair"));
    shoot(&window, QStringLiteral("service-completed") + suffix);
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, 1).data().toString() == QLatin1String("Open"))
            list->selectRow(row);
    }
    shoot(&window, QStringLiteral("service-assign") + suffix);

    // Deliveries: a pending one about to be re-attempted.
    tabs->setCurrentIndex(2);
    settle(800);
    auto* deliveries = find<QTableView>(&window, "deliveryList");
    for (int row = 0; row < deliveries->model()->rowCount(); ++row) {
        if (deliveries->model()->index(row, 1).data().toString() == QLatin1String("Failed"))
            deliveries->selectRow(row);
    }
    auto* status = find<QComboBox>(&window, "deliveryNewStatus");
    status->setCurrentIndex(status->findData(QStringLiteral("REATTEMPT")));
    find<QDateEdit>(&window, "deliveryReattemptDate")->setDate(QDate::currentDate().addDays(2));
    shoot(&window, QStringLiteral("deliveries") + suffix);

    // Service requests: completing an assigned one asks first.
    tabs->setCurrentIndex(1);
    settle(400);
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, 1).data().toString() == QLatin1String("Assigned"))
            list->selectRow(row);
    }
    find<QAbstractButton>(&window, "serviceComplete")->click();
    settle(400);
    if (auto* confirm = window.findChild<QMessageBox*>(QStringLiteral("serviceCompleteConfirm"))) {
        shoot(confirm, QStringLiteral("service-complete-confirm") + suffix);
        confirm->reject();
    }

    if (context.isAdmin()) {
        tabs->setCurrentWidget(find(&window, "usersPage"));
        settle(600);
        // A person selected: what can be done to them (disable, role, new password).
        auto* users = find<QTableView>(&window, "userList");
        for (int row = 0; row < users->model()->rowCount(); ++row) {
            if (users->model()->index(row, 1).data().toString() == QLatin1String("priya"))
                users->selectRow(row);
        }
        shoot(&window, QStringLiteral("users") + suffix);

        // An engineer selected: rename, retire.
        tabs->setCurrentWidget(find(&window, "engineersPage"));
        settle(600);
        find<QTableView>(&window, "engineerList")->selectRow(0);
        shoot(&window, QStringLiteral("engineers") + suffix);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FrontDeskShots"));
    QApplication::setApplicationName(QStringLiteral("FrontDeskShots"));
    QStandardPaths::setTestModeEnabled(true);
    g_out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(g_out);
    const bool dark = qEnvironmentVariableIsSet("FRONTDESK_SHOTS_DARK");
    QString suffix = dark ? QStringLiteral("-dark") : QString();
    // The desk in another language (hi, ta): installed before any widget is built, as the app does.
    const QString language = qEnvironmentVariable("FRONTDESK_SHOTS_LANGUAGE");
    if (!language.isEmpty())
        suffix += QLatin1Char('-') + UiLanguage::install(language);
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

    QTemporaryDir dir;
    const ConnectionSpec spec = ConnectionSpec::sqliteFile(dir.filePath(QStringLiteral("desk.sqlite")));
    {
        auto c = Connection::open(spec, QStringLiteral("seed"));
        if (!c)
            qFatal("cannot open the scratch database");
        seed(*c.value());
    }
    CredentialService credentials;

    // Sign in.
    {
        LoginThrottle throttle;
        LoginDialog login(spec, credentials, throttle);
        login.show();
        settle(800);
        typeInto(&login, "loginUser", QStringLiteral("priya"));
        shoot(&login, QStringLiteral("login") + suffix);
        for (int i = 0; i < LoginThrottle::kFreeAttempts; ++i) {
            typeInto(&login, "loginPassword", QStringLiteral("wrong-guess"));
            login.signInNow();
            (void)QTest::qWaitFor([&] { return find<QLineEdit>(&login, "loginPassword")->isEnabled(); },
                                  10000);
        }
        shoot(&login, QStringLiteral("login-throttled") + suffix);
    }

    // First run.
    if (!dark && language.isEmpty()) {
        QTemporaryDir fresh;
        FirstRunWizard wizard(credentials);
        wizard.resize(720, 560);
        wizard.show();
        typeInto(&wizard, "wizardSqlitePath", fresh.filePath(QStringLiteral("frontdesk.sqlite")));
        shoot(&wizard, QStringLiteral("wizard-1-database"));
        find<QRadioButton>(&wizard, "wizardPostgres")->setChecked(true);
        typeInto(&wizard, "wizardPgHost", QStringLiteral("127.0.0.1"));
        typeInto(&wizard, "wizardPgUser", QStringLiteral("frontdesk_owner"));
        typeInto(&wizard, "wizardPgPassword", QStringLiteral("secret"));
        find<QAbstractButton>(&wizard, "wizardTestConnection")->click();
        (void)QTest::qWaitFor(
            [&] { return find<QAbstractButton>(&wizard, "wizardTestConnection")->isEnabled(); }, 15000);
        shoot(&wizard, QStringLiteral("wizard-1-postgresql"));
        find<QRadioButton>(&wizard, "wizardSqlite")->setChecked(true);
        wizard.next();
        typeInto(&wizard, "wizardAdminName", QStringLiteral("Anil Owner"));
        typeInto(&wizard, "wizardAdminLogin", QStringLiteral("anil"));
        typeInto(&wizard, "wizardAdminPhone", QStringLiteral("98400 00001"));
        typeInto(&wizard, "wizardAdminPassword", QStringLiteral("owner-pass-1"));
        typeInto(&wizard, "wizardAdminConfirm", QStringLiteral("owner-pass"));
        find<QAbstractButton>(&wizard, "wizardNext")->click();
        shoot(&wizard, QStringLiteral("wizard-2-admin"));
        typeInto(&wizard, "wizardAdminConfirm", QStringLiteral("owner-pass-1"));
        find<QAbstractButton>(&wizard, "wizardNext")->click();
        typeInto(&wizard, "wizardCompanyName", QStringLiteral("Yamini Infotech"));
        // A landline: no link suggested, and Next first says what that means.
        typeInto(&wizard, "wizardCompanyPhone", QStringLiteral("+91 44 2345 6789"));
        find<QAbstractButton>(&wizard, "wizardNext")->click();
        shoot(&wizard, QStringLiteral("wizard-3-company-no-links"));
        // The business's mobile: WhatsApp links about the ticket are suggested.
        typeInto(&wizard, "wizardCompanyPhone", QStringLiteral("98400 12345"));
        shoot(&wizard, QStringLiteral("wizard-3-company"));
        find<QAbstractButton>(&wizard, "wizardNext")->click();
        (void)QTest::qWaitFor([&] { return wizard.currentId() == FirstRunWizard::DonePage; }, 30000);
        shoot(&wizard, QStringLiteral("wizard-4-done"));
    }

    // The window, signed in as an admin (reception sees the same without the Users page).
    for (const auto& [login, password] :
         {std::pair{QStringLiteral("anil"), QStringLiteral("owner-pass-1")},
          std::pair{QStringLiteral("priya"), QStringLiteral("counter-pass-1")}}) {
        DatabaseWorker worker(spec, QStringLiteral("shots"));
        auto who = wait(worker.run([login = login, password = password](Connection& c) {
            return Authenticator(c).signIn(login, password);
        }));
        auto previews = wait(worker.run([](Connection& c) { return PreviewTemplates::load(c); }));
        if (!who || !previews)
            qFatal("sign-in for the screenshots failed");
        DeskContext context{worker, who.value(), previews.value()};
        shootDesk(context, suffix + (who->user.role == AppUser::Role::Admin ? QString()
                                                                            : QStringLiteral("-reception")));
        if (who->user.role == AppUser::Role::Admin) {
            // A setting the messages need is missing: administrators are told above the tabs, and the preview
            // says so plainly.
            (void)wait(worker.run([](Connection& c) {
                return SettingsRepository(c).setValue(QLatin1String(SharedSettings::kFeedbackLink), QString(),
                                                      QStringLiteral("shots"));
            }));
            (void)wait(worker.run([](Connection& c) {
                return SettingsRepository(c).setValue(QLatin1String(SharedSettings::kTrackingLink), QString(),
                                                      QStringLiteral("shots"));
            }));
            auto missing = wait(worker.run([](Connection& c) { return PreviewTemplates::load(c); }));
            if (missing) {
                DeskContext gaps{worker, who.value(), missing.value()};
                MainWindow window(gaps);
                window.resize(1280, 780);
                window.show();
                window.tabs()->setCurrentIndex(1);
                settle(800);
                typeInto(&window, "serviceName", QStringLiteral("Kavya Reddy"));
                typeInto(&window, "servicePhoneEdit", QStringLiteral("98765 01234"));
                shoot(&window, QStringLiteral("settings-missing") + suffix);
            }
            (void)wait(worker.run([](Connection& c) {
                SharedSettings settings = SharedSettings::load(c).value();
                settings.trackingLinkPattern =
                    QStringLiteral("https://yamini.example.in/track?t={ticket_id}");
                settings.feedbackLinkPattern =
                    QStringLiteral("https://yamini.example.in/feedback/{ticket_id}");
                return settings.save(c, QStringLiteral("shots"));
            }));
        }
        if (dark || !language.isEmpty())
            break;
    }
    return 0;
}
