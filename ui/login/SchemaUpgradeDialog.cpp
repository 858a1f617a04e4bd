#include "ui/login/SchemaUpgradeDialog.h"

#include "models/db/DatabaseWorker.h"
#include "ui/common/StatusColors.h"
#include "ui/common/UiLogging.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd {

SchemaUpgradeDialog::SchemaUpgradeDialog(DatabaseWorker& worker, const ConnectionSpec& server,
                                         const SchemaStatus& status, QWidget* parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_status(status)
{
    setObjectName(QStringLiteral("schemaUpgradeDialog"));
    setWindowTitle(tr("FrontDesk — upgrade the database"));
    setMinimumWidth(560);

    auto* title = new QLabel(tr("<b>The database needs an upgrade from schema version %1 to %2</b>")
                                 .arg(status.currentVersion)
                                 .arg(status.latestVersion),
                             this);
    title->setObjectName(QStringLiteral("upgradeTitle"));
    title->setWordWrap(true);

    QStringList steps;
    for (const Migration& migration : status.pending)
        steps << tr("<li>%1: %2</li>").arg(migration.version).arg(migration.description.toHtmlEscaped());
    auto* explanation = new QLabel(
        tr("<p>The shared database <b>%1</b> was set up by an older FrontDesk. FrontDesk %2 needs schema "
           "version %3 and cannot work with version %4.</p>"
           "<p><b>Upgrade now</b> applies these steps in order, each in its own transaction (a step that "
           "fails "
           "is undone, and the database stays at the last finished step). Records and messages are kept. "
           "Other "
           "desks wait for a few seconds while it runs.</p><ul>%5</ul>"
           "<p>Afterwards, desks that still run an older FrontDesk refuse this database until they are "
           "updated. Make sure the server's backup is recent.</p>"
           "<p><b>Not now</b> changes nothing and closes FrontDesk on this desk.</p>")
            .arg(server.displayName().toHtmlEscaped(), QStringLiteral(FRONTDESK_VERSION))
            .arg(status.latestVersion)
            .arg(status.currentVersion)
            .arg(steps.join(QString())),
        this);
    explanation->setObjectName(QStringLiteral("upgradeExplanation"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::RichText);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("upgradeState"));
    m_state->setWordWrap(true);
    m_state->setAccessibleName(tr("Upgrade state"));

    auto* buttons = new QDialogButtonBox(this);
    m_upgrade = buttons->addButton(tr("&Upgrade now"), QDialogButtonBox::AcceptRole);
    m_upgrade->setObjectName(QStringLiteral("upgradeNow"));
    m_notNow = buttons->addButton(tr("&Not now (quit)"), QDialogButtonBox::RejectRole);
    m_notNow->setObjectName(QStringLiteral("upgradeNotNow"));
    // A deliberate click upgrades a shared database: Enter must not do it by accident.
    m_upgrade->setAutoDefault(false);
    m_notNow->setDefault(true);
    connect(m_upgrade, &QPushButton::clicked, this, &SchemaUpgradeDialog::upgrade);
    connect(m_notNow, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addWidget(m_state);
    layout->addWidget(buttons);

    if (!status.blockingTables.isEmpty()) {
        // Upgrading changes tables; the server lets only their owner (or its members) do that.
        m_upgrade->setEnabled(false);
        showStatus(
            tr("Your database login may not change these tables, so it cannot upgrade them: %1. Ask IT "
               "to run \"frontdesk migrate\" with the login that owns them.")
                .arg(status.blockingTables.join(QLatin1String(", "))),
            true);
    }
}

void SchemaUpgradeDialog::showStatus(const QString& text, bool bad)
{
    m_state->setText(text);
    StatusColors::apply(m_state, bad ? StatusColors::Tone::Bad : StatusColors::Tone::Neutral);
}

void SchemaUpgradeDialog::upgrade()
{
    m_upgrade->setEnabled(false);
    m_notNow->setEnabled(false);
    showStatus(tr("Upgrading the database…"), false);
    qCInfo(lcUi) << "an administrator upgrades the database from schema" << m_status.currentVersion << "to"
                 << m_status.latestVersion;
    m_worker.run(
        this, [](Connection& c) { return MigrationRunner(c).migrate(); },
        [this](const Result<MigrationReport>& report) {
            m_notNow->setEnabled(true);
            if (!report) {
                qCWarning(lcUi) << "database upgrade failed:" << report.error().message
                                << report.error().detail;
                m_upgrade->setText(tr("&Try again"));
                m_upgrade->setEnabled(true);
                showStatus(tr("The upgrade stopped: %1").arg(report.error().message), true);
                return;
            }
            showStatus(tr("Upgraded to schema version %1.").arg(report->toVersion), false);
            accept();
        });
}

} // namespace fd
