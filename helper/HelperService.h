// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PolkitAuthorizer.h"
#include "TopologyDBus.h"

#include <QDBusContext>
#include <QObject>

namespace NetnsStudio {

/// The object behind org.netnsstudio.Helper1 (the adaptor generated from the XML
/// forwards to these slots). Each method: read arguments, validate, authorize the
/// sender with polkit, act, reply.
class HelperService : public QObject, protected QDBusContext {
    Q_OBJECT
public:
    explicit HelperService(const QDBusConnection& bus, QObject* parent = nullptr);

public slots:
    Topology GetTopology();

private:
    PolkitAuthorizer m_authorizer;
};

} // namespace NetnsStudio
