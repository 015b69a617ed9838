// SPDX-License-Identifier: GPL-3.0-or-later
// netns-studio: the desktop program, and its command-line modes.
#include "HelperClient.h"
#include "CliCommands.h"
#include "MainWindow.h"
#include "TopologyDBus.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstring>
#include <memory>

namespace {

bool wantsWindow(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"--json", "--print-commands", "--help", "-h", "--version", "-v"})
            if (std::strcmp(argv[i], option) == 0)
                return false;
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    // The command-line modes need no display.
    std::unique_ptr<QCoreApplication> app(wantsWindow(argc, argv)
                                              ? new QApplication(argc, argv)
                                              : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("netns-studio"));
    QCoreApplication::setApplicationName(QStringLiteral("netns-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETNS_STUDIO_VERSION));
    NetnsStudio::registerDBusTypes();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Shows the network namespaces of this host and lets you change them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate(
                                      "main", "Print the topology as JSON and exit."));
    const QCommandLineOption repeat(
        QStringLiteral("repeat"),
        QCoreApplication::translate("main", "With --json: read the topology <count> times and "
                                            "print the median time to stderr."),
        QStringLiteral("count"), QStringLiteral("1"));
    const QCommandLineOption printCommands(
        QStringLiteral("print-commands"),
        QCoreApplication::translate("main", "Read a JSON list of actions on stdin and print the "
                                            "ip command of each."));
    const QCommandLineOption playground(
        QStringLiteral("playground"),
        QCoreApplication::translate("main", "Say in the window that it shows a private sandbox."));
    parser.addOptions({json, repeat, printCommands, playground});
    parser.process(*app);

    NetnsStudio::HelperClient helper(QDBusConnection::systemBus());
    if (parser.isSet(json))
        return NetnsStudio::runJsonCommand(helper, parser.value(repeat).toInt());
    if (parser.isSet(printCommands))
        return NetnsStudio::runPrintCommands(helper);

    NetnsStudio::MainWindow window(&helper, parser.isSet(playground));
    window.show();
    QTimer::singleShot(0, &window, &NetnsStudio::MainWindow::refresh);
    return app->exec();
}
