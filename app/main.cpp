// SPDX-License-Identifier: GPL-3.0-or-later
// netns-studio: the desktop program, and its command-line modes.
#include "CliCommands.h"
#include "HelperClient.h"
#include "MainWindow.h"
#include "TopologyDBus.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

#include <cstdlib>
#include <cstring>
#include <memory>

namespace {

/// Whether any argument is one of options (or "--option=value" of one of them).
bool hasOption(int argc, char** argv, std::initializer_list<const char*> options)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : options) {
            const size_t n = std::strlen(option);
            if (std::strncmp(argv[i], option, n) == 0 && (argv[i][n] == '\0' || argv[i][n] == '='))
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    // Modes without a window need no display: --export draws offscreen.
    const bool exporting = hasOption(argc, argv, {"--export"});
    if (exporting && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const bool textOnly = hasOption(
        argc, argv, {"--json", "--watch", "--explain", "--ping", "--print-commands", "--apply", "--destroy",
                     "--export-script", "--save", "--help", "-h", "--version", "-v"});
    std::unique_ptr<QCoreApplication> app(textOnly ? new QCoreApplication(argc, argv)
                                                   : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("netns-studio"));
    QCoreApplication::setApplicationName(QStringLiteral("netns-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETNS_STUDIO_VERSION));
    NetnsStudio::installTranslations(*app);
    NetnsStudio::registerDBusTypes();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Shows the network namespaces of this host and lets you change them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("main", "Print the topology as JSON and exit."));
    const QCommandLineOption repeat(
        QStringLiteral("repeat"),
        QCoreApplication::translate("main", "With --json: read the topology <count> times and "
                                            "print the median time to stderr."),
        QStringLiteral("count"), QStringLiteral("1"));
    const QCommandLineOption watch(
        QStringLiteral("watch"),
        QCoreApplication::translate("main", "Print the topology as JSON, then a JSON line for every change."));
    const QCommandLineOption explain(
        QStringLiteral("explain"),
        QCoreApplication::translate("main", "Explain whether a ping from <namespace> reaches the address given "
                                            "after it, and why not."),
        QStringLiteral("namespace"));
    const QCommandLineOption ping(
        QStringLiteral("ping"),
        QCoreApplication::translate("main", "Ping the address given after it from inside <namespace>, "
                                            "through the helper."),
        QStringLiteral("namespace"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   QCoreApplication::translate("main", "With --ping: how many requests (1-100)."),
                                   QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption interval(
        QStringLiteral("interval"),
        QCoreApplication::translate("main", "With --ping: milliseconds between requests (200-10000)."),
        QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption printCommands(
        QStringLiteral("print-commands"),
        QCoreApplication::translate("main", "Read a JSON list of actions on stdin and print the "
                                            "ip command of each."));
    const QCommandLineOption exportTo(
        QStringLiteral("export"),
        QCoreApplication::translate("main", "Draw the topology into <file> (.svg or .png) without a window."),
        QStringLiteral("file"));
    const QCommandLineOption playground(
        QStringLiteral("playground"),
        QCoreApplication::translate("main", "Say in the window that it shows a private sandbox, "
                                            "and open on the lessons."));
    const QCommandLineOption applyLab(
        QStringLiteral("apply"),
        QCoreApplication::translate("main", "Make what the lab file <lab> describes and the host lacks, as one batch."),
        QStringLiteral("lab"));
    const QCommandLineOption destroyLab(
        QStringLiteral("destroy"),
        QCoreApplication::translate("main", "Remove what the lab file <lab> describes from the host."),
        QStringLiteral("lab"));
    const QCommandLineOption exportScript(
        QStringLiteral("export-script"),
        QCoreApplication::translate("main", "Print the lab file <lab> as a bash script of ip commands."),
        QStringLiteral("lab"));
    const QCommandLineOption saveLab(
        QStringLiteral("save"),
        QCoreApplication::translate("main", "Write the namespaces given after it (all named ones if none) "
                                            "as the lab file <lab>."),
        QStringLiteral("lab"));
    parser.addOptions({json, repeat, watch, explain, ping, count, interval, printCommands, exportTo, playground, applyLab,
                       destroyLab, exportScript, saveLab});
    parser.addPositionalArgument(QStringLiteral("address"),
                                 QCoreApplication::translate("main", "With --explain or --ping: the address to reach."));
    parser.addPositionalArgument(QStringLiteral("namespaces"),
                                 QCoreApplication::translate("main", "With --save: the namespaces to save."),
                                 QStringLiteral("[namespace...]"));
    parser.process(*app);

    NetnsStudio::HelperClient helper(QDBusConnection::systemBus());
    if (parser.isSet(json))
        return NetnsStudio::runJsonCommand(helper, parser.value(repeat).toInt());
    if (parser.isSet(watch))
        return NetnsStudio::runWatchCommand(helper);
    if (parser.isSet(printCommands))
        return NetnsStudio::runPrintCommands(helper);
    if (parser.isSet(explain) || parser.isSet(ping)) {
        if (parser.positionalArguments().size() != 1) {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate(
                                              "main", "usage: netns-studio --explain|--ping NAMESPACE ADDRESS")));
            return 2;
        }
        const QString address = parser.positionalArguments().first();
        if (parser.isSet(explain))
            return NetnsStudio::runExplainCommand(helper, parser.value(explain), address);
        return NetnsStudio::runPingCommand(helper, parser.value(ping), address, parser.value(count).toUInt(),
                                           parser.value(interval).toUInt());
    }
    if (parser.isSet(exportTo))
        return NetnsStudio::runExportCommand(helper, parser.value(exportTo));
    if (parser.isSet(exportScript))
        return NetnsStudio::runExportScript(parser.value(exportScript));
    if (parser.isSet(saveLab))
        return NetnsStudio::runSaveLab(helper, parser.value(saveLab), parser.positionalArguments());
    if (parser.isSet(applyLab) || parser.isSet(destroyLab)) {
        if (!parser.positionalArguments().isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate(
                                              "main", "usage: netns-studio --apply|--destroy LAB")));
            return 2;
        }
        if (parser.isSet(applyLab))
            return NetnsStudio::runApplyLab(helper, parser.value(applyLab));
        return NetnsStudio::runDestroyLab(helper, parser.value(destroyLab));
    }

    NetnsStudio::MainWindow window(&helper, parser.isSet(playground));
    window.show();
    QTimer::singleShot(0, &window, &NetnsStudio::MainWindow::refresh);
    return app->exec();
}
