// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Topology.h"

#include <QDBusArgument>
#include <QMetaType>

/// D-Bus marshalling of the topology. The wire signature of a Topology is
/// a(tsssaua(isssbsuss(tis)asib)a(sssssssus)bbb), written out in helper/org.netnsstudio.Helper1.xml.
namespace NetnsStudio {

QDBusArgument& operator<<(QDBusArgument& arg, const PeerRef& peer);
const QDBusArgument& operator>>(const QDBusArgument& arg, PeerRef& peer);
QDBusArgument& operator<<(QDBusArgument& arg, const Link& link);
const QDBusArgument& operator>>(const QDBusArgument& arg, Link& link);
QDBusArgument& operator<<(QDBusArgument& arg, const Route& route);
const QDBusArgument& operator>>(const QDBusArgument& arg, Route& route);
QDBusArgument& operator<<(QDBusArgument& arg, const Namespace& ns);
const QDBusArgument& operator>>(const QDBusArgument& arg, Namespace& ns);
QDBusArgument& operator<<(QDBusArgument& arg, const Topology& topology);
const QDBusArgument& operator>>(const QDBusArgument& arg, Topology& topology);

/// Registers the types with Qt's meta-type and D-Bus systems; call once before use.
void registerDBusTypes();

} // namespace NetnsStudio

Q_DECLARE_METATYPE(NetnsStudio::Topology)
