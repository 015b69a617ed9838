// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Action.h"
#include "Topology.h"

#include <QDBusConnection>
#include <QDBusServiceWatcher>
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

    /// What a change led to: empty error when every step was done.
    using ApplyCallback = std::function<void(const HelperError& error)>;
    /// Applies actions as one batch (all or nothing); done is called with the outcome.
    /// A long batch reports how far it got with batchProgress.
    void apply(const QList<Action>& actions, ApplyCallback done);

    /// Asks for live changes: subscribed arrives with the whole topology and its
    /// generation, then changed for each change. Call again to resync.
    void subscribe();
    bool isSubscribed() const { return m_subscribed; }

    /// What the helper answered to a ping: its probe id, or an error when it refused.
    using PingStartedCallback = std::function<void(quint64 probe, const HelperError& error)>;
    /// Pings from inside a namespace; started is called (while context lives) with the
    /// probe id whose results then arrive as pingResult and pingFinished. PingRun wraps it.
    void ping(NamespaceId ns, const QString& address, uint count, uint intervalMs, uint timeoutMs,
              QObject* context, PingStartedCallback started);

signals:
    void topologyFetched(const NetnsStudio::Topology& topology);
    void failed(const NetnsStudio::HelperError& error);
    void subscribed(quint64 generation, const NetnsStudio::Topology& topology);
    void changed(quint64 generation, const QList<NetnsStudio::Namespace>& changed,
                 const QList<NetnsStudio::NamespaceId>& removed);
    /// The helper left the bus while we were subscribed (it crashed or was stopped).
    void helperLost();
    void pingResult(quint64 probe, uint seq, const QString& status, double rttMs, const QString& detail);
    void pingFinished(quint64 probe, uint sent, uint received);
    /// Steps done of a batch this client asked for (only while it runs long).
    void batchProgress(uint done, uint total);

private slots:
    void onTopologyChanged(const QDBusMessage& message);
    void onPingResult(quint64 probe, uint seq, const QString& status, double rttMs, const QString& detail);
    void onPingFinished(quint64 probe, uint sent, uint received);
    void onBatchProgress(uint done, uint total);

private:
    /// A call to the helper, after telling it our language once per helper process.
    QDBusMessage newCall(const QString& method);

    QDBusConnection m_bus;
    std::unique_ptr<Helper1Interface> m_proxy;
    QDBusServiceWatcher* m_watcher = nullptr;
    QString m_locale; ///< what SetLocale tells the helper; empty: English
    bool m_localeSent = false;
    bool m_subscribed = false;
    bool m_listening = false;
    bool m_listeningToPings = false;
    bool m_listeningToBatches = false;
};

} // namespace NetnsStudio
