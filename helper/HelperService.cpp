// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelperService.h"

#include "HelperErrors.h"
#include "NamespaceDiscovery.h"
#include "NetlinkScanner.h"

#include <QDBusConnection>
#include <QDBusMessage>

namespace NetnsStudio {

namespace {
const QString kInspectAction = QStringLiteral("org.netnsstudio.inspect");
}

HelperService::HelperService(const QDBusConnection& bus, QObject* parent)
    : QObject(parent), m_authorizer(bus)
{
}

Topology HelperService::GetTopology()
{
    setDelayedReply(true);
    const QDBusMessage request = message();
    QDBusConnection bus = connection();
    m_authorizer.check(request, kInspectAction, {}, [request, bus](bool ok, const QString& why) mutable {
        if (!ok) {
            bus.send(request.createErrorReply(HelperErrors::AccessDenied, why));
            return;
        }
        const std::vector<DiscoveredNamespace> found = NamespaceDiscovery().discover();
        QStringList warnings;
        QString error;
        const std::optional<Topology> topology = NetlinkScanner().scan(found, &warnings, &error);
        for (const QString& warning : std::as_const(warnings))
            qWarning("%s", qPrintable(warning));
        if (!topology) {
            bus.send(request.createErrorReply(HelperErrors::Kernel, error));
            return;
        }
        bus.send(request.createReply(QVariant::fromValue(*topology)));
    });
    return {};
}

} // namespace NetnsStudio
