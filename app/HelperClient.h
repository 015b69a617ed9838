// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Topology.h"

#include <QDBusConnection>
#include <QObject>
#include <functional>
#include <memory>

class Helper1Interface;

namespace NetnsStudio {

/// What went wrong in a call to the helper: the D-Bus error name and its message.
struct HelperError {
    QString name;
    QString message;
};

/// The one class of the app that talks to the root helper over the system bus.
class HelperClient : public QObject {
    Q_OBJECT
public:
    explicit HelperClient(const QDBusConnection& bus, QObject* parent = nullptr);
    ~HelperClient() override;

    /// Whether the system bus could be reached at all.
    bool isConnected() const;
    QString connectionError() const;

    /// Reads the whole topology, waiting for the answer.
    std::optional<Topology> fetchTopologyBlocking(HelperError* error);

    /// Reads the whole topology; the answer arrives as topologyFetched or failed.
    void fetchTopology();

signals:
    void topologyFetched(const NetnsStudio::Topology& topology);
    void failed(const NetnsStudio::HelperError& error);

private:
    QDBusMessage newCall(const QString& method) const;

    QDBusConnection m_bus;
    std::unique_ptr<Helper1Interface> m_proxy;
};

} // namespace NetnsStudio
