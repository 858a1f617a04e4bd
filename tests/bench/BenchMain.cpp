// frontdesk-bench: prints the figures the README quotes. Not a test: nothing here passes or fails.
//   frontdesk-bench [--quick] [queueing|log|gui|startup ...]
#include "BenchStats.h"
#include "Benchmarks.h"

#include <QApplication>
#include <QStringList>
#include <functional>
#include <map>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // the gui benchmark shows widgets (offscreen)
    QStringList args = app.arguments().mid(1);
    const bool quick = args.removeAll(QStringLiteral("--quick")) > 0;
    const std::map<QString, std::function<void(bool)>> benches = {
        {QStringLiteral("queueing"), fd::bench::runQueueing},
        {QStringLiteral("log"), fd::bench::runMessageLog},
        {QStringLiteral("gui"), fd::bench::runGui},
        {QStringLiteral("startup"), fd::bench::runStartup},
    };
    if (args.isEmpty()) {
        for (const auto& [name, bench] : benches)
            args << name;
    }
    for (const QString& name : args) {
        auto it = benches.find(name);
        if (it == benches.end()) {
            fd::bench::out() << "unknown benchmark " << name << "\n";
            return 1;
        }
        it->second(quick);
    }
    return 0;
}
