// The desk's translations (resources/translations). The .ts files are checked as committed and, through
// lupdate run into a temporary copy, against the tr() texts the code has now: a new or changed text on any
// screen fails here until `update_translations` is run and it is translated.
#include "TsFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

namespace fd::test {
namespace {

const QString kSourceDir = QStringLiteral(FRONTDESK_SOURCE_DIR);
const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("hi"), QStringLiteral("ta")};
const QStringList kTranslated = {QStringLiteral("hi"), QStringLiteral("ta")};

// The command line speaks English: main() runs a command before it installs the desk's language. Texts found
// only there need no translation; every other text (each screen, the receptionist's and the administrator's,
// and the messages of the layers below that reach them) must be in Hindi and Tamil.
const QStringList kCommandLineSources = {
    QStringLiteral("app/main.cpp"),
    QStringLiteral("app/commands/"),
};

QString tsPath(const QString& folder, const QString& language)
{
    return QDir(folder).filePath(QStringLiteral("frontdesk_%1.ts").arg(language));
}

QString committed(const QString& language)
{
    return tsPath(kSourceDir + QStringLiteral("/resources/translations"), language);
}

bool onlyOnTheCommandLine(const TsMessage& message)
{
    return std::all_of(message.files.begin(), message.files.end(), [](const QString& file) {
        const QString relative = QDir(kSourceDir).relativeFilePath(file);
        return std::any_of(kCommandLineSources.begin(), kCommandLineSources.end(),
                           [&](const QString& prefix) { return relative.startsWith(prefix); });
    });
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    std::sort(found.begin(), found.end());
    return found;
}

int accelerators(const QString& text)
{
    int count = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (i + 1 < text.size() && text[i + 1] == QLatin1Char('&'))
            ++i; // "&&" is a literal ampersand
        else
            ++count;
    }
    return count;
}

std::string describe(const TsMessage& message)
{
    return (message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"')).toStdString();
}

// lupdate over the code, into copies of the committed files (with absolute locations, to know each text's
// screen). The committed files themselves are not touched.
class LupdateRun
{
public:
    LupdateRun()
    {
        QStringList arguments{QStringLiteral("-locations"), QStringLiteral("absolute"),
                              QStringLiteral("-no-obsolete")};
        // Includes name their layer from the project root ("ui/deliveries/DeliveriesTab.h"): without it,
        // lupdate cannot see the class's namespace and files the texts under the wrong context.
        arguments << QStringLiteral("-I") << kSourceDir;
        for (const char* dir : {"models", "automation", "ui", "app"})
            arguments << QDir(kSourceDir).filePath(QLatin1String(dir));
        arguments << QStringLiteral("-ts");
        for (const QString& language : kLanguages) {
            const QString copy = tsPath(m_dir.path(), language);
            QFile::copy(committed(language), copy);
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            arguments << copy;
        }
        QProcess lupdate;
        lupdate.start(QStringLiteral(FRONTDESK_LUPDATE), arguments);
        m_ok = lupdate.waitForFinished(120000) && lupdate.exitStatus() == QProcess::NormalExit &&
               lupdate.exitCode() == 0;
        m_output = QString::fromLocal8Bit(lupdate.readAllStandardOutput() + lupdate.readAllStandardError());
    }
    bool ok() const { return m_ok; }
    QString output() const { return m_output; }
    TsFile read(const QString& language) const { return readTs(tsPath(m_dir.path(), language)); }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
    QString m_output;
};

TEST(TranslationsTest, TheTsFilesHoldNoVanishedOrObsoleteTexts)
{
    for (const QString& language : kLanguages) {
        const TsFile ts = readTs(committed(language));
        ASSERT_TRUE(ts.error.isEmpty()) << language.toStdString() << ": " << ts.error.toStdString();
        EXPECT_TRUE(ts.language.startsWith(language)) << ts.language.toStdString();
        EXPECT_GT(ts.messages.size(), 400);
        for (const TsMessage& message : ts.messages) {
            EXPECT_NE(message.type, QStringLiteral("vanished"))
                << language.toStdString() << " " << describe(message);
            EXPECT_NE(message.type, QStringLiteral("obsolete"))
                << language.toStdString() << " " << describe(message);
        }
    }
}

TEST(TranslationsTest, TranslationsKeepThePlaceholdersLineBreaksAndOneAccelerator)
{
    for (const QString& language : kLanguages) {
        const TsFile ts = readTs(committed(language));
        ASSERT_TRUE(ts.error.isEmpty());
        for (const TsMessage& message : ts.messages) {
            for (const QString& text : message.translations) {
                if (text.isEmpty())
                    continue;
                const std::string where =
                    language.toStdString() + " " + describe(message) + " -> " + text.toStdString();
                EXPECT_EQ(placeholders(text), placeholders(message.source)) << where;
                EXPECT_EQ(text.count(QLatin1Char('\n')), message.source.count(QLatin1Char('\n'))) << where;
                // Alt+letter keeps working: a text with an accelerator has exactly one in every language.
                EXPECT_EQ(accelerators(text), accelerators(message.source)) << where;
            }
        }
    }
}

TEST(TranslationsTest, EveryTextOnAScreenIsTranslatedIntoHindiAndTamil)
{
    for (const QString& source : kCommandLineSources)
        ASSERT_TRUE(QFile::exists(QDir(kSourceDir).filePath(source))) << source.toStdString() << " moved?";
    LupdateRun run;
    ASSERT_TRUE(run.ok()) << run.output().toStdString();
    for (const QString& language : kTranslated) {
        const TsFile now = run.read(language);
        ASSERT_TRUE(now.error.isEmpty()) << now.error.toStdString();
        QSet<QString> committedKeys;
        for (const TsMessage& message : readTs(committed(language)).messages)
            committedKeys.insert(message.key());
        int seen = 0;
        QStringList commandLine;
        for (const TsMessage& message : now.messages) {
            if (onlyOnTheCommandLine(message)) {
                if (!committedKeys.contains(message.key()))
                    commandLine << QString::fromStdString(describe(message));
                continue;
            }
            ++seen;
            EXPECT_TRUE(committedKeys.contains(message.key()))
                << language.toStdString()
                << ": new text, not in the .ts file yet (cmake --build BUILD --target "
                << "update_translations, then translate it): " << describe(message);
            EXPECT_TRUE(message.finished())
                << language.toStdString() << ": not translated: " << describe(message);
        }
        // The scope above must not go quietly empty (a moved folder, lupdate finding nothing).
        EXPECT_GT(seen, 1000) << language.toStdString();
        if (!commandLine.isEmpty())
            std::printf("note: %lld text(s) of the command line are not in frontdesk_%s.ts yet, e.g. %s\n",
                        static_cast<long long>(commandLine.size()), qPrintable(language),
                        qPrintable(commandLine.first()));
    }
}

} // namespace
} // namespace fd::test
