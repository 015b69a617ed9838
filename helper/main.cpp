// SPDX-License-Identifier: GPL-3.0-or-later
// netns-studio-helper: the root D-Bus service of Netns Studio, started by D-Bus activation.
#include "HelperService.h"
#include "helper1adaptor.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>

#include <cstdio>
#include <sys/resource.h>

namespace {
const QString kServiceName = QStringLiteral("org.netnsstudio.Helper1");
const QString kObjectPath = QStringLiteral("/org/netnsstudio/Helper1");
// D-Bus activation starts the helper again on the next call.
constexpr int kIdleExitMs = 60 * 1000;

// A scan holds a namespace descriptor and a netlink socket per namespace.
void raiseOpenFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("netns-studio-helper"));
    NetnsStudio::registerDBusTypes();
    raiseOpenFileLimit();

    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "netns-studio-helper: cannot connect to the system bus: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    // For tests that start the helper by hand: a smaller event buffer to provoke overflows.
    NetnsStudio::TopologyMonitor::Options monitorOptions;
    if (const int bytes = qEnvironmentVariableIntValue("NETNS_STUDIO_HELPER_EVENT_BUFFER"); bytes > 0)
        monitorOptions.receiveBufferBytes = bytes;
    NetnsStudio::HelperService service(bus, kIdleExitMs, monitorOptions);
    QObject::connect(&service, &NetnsStudio::HelperService::idle, &app, &QCoreApplication::quit);
    new Helper1Adaptor(&service);
    if (!bus.registerObject(kObjectPath, &service)) {
        std::fprintf(stderr, "netns-studio-helper: cannot register %s\n", qPrintable(kObjectPath));
        return 1;
    }
    if (!bus.registerService(kServiceName)) {
        std::fprintf(stderr, "netns-studio-helper: cannot own %s: %s\n", qPrintable(kServiceName),
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    return app.exec();
}
