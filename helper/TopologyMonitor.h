// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NamespaceDiscovery.h"
#include "NetlinkScanner.h"
#include "Topology.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <map>
#include <memory>

class QSocketNotifier;

namespace NetnsStudio {

/// Keeps a live copy of every namespace: a netlink event socket inside each one
/// (link, address, route and nsid groups, and nf_tables), inotify on /run/netns and Docker's
/// directory, and a periodic look at /proc for namespaces that processes hold.
/// Events only mark a namespace dirty; after a short quiet window the dirty ones
/// are read again and one change is published with a generation that only grows.
class TopologyMonitor : public QObject {
    Q_OBJECT
public:
    struct Options {
        int receiveBufferBytes = 4 * 1024 * 1024; ///< per event socket; overflow means re-read
        int coalesceMs = 20;                      ///< quiet window before publishing
        int processScanMs = 2000;                 ///< how often /proc is looked at
    };

    explicit TopologyMonitor(Options options, QObject* parent = nullptr);
    ~TopologyMonitor() override;

    /// Discovers and reads everything, and starts listening. Idempotent.
    void start();
    bool isRunning() const { return m_running; }

    quint64 generation() const { return m_generation; }
    Topology snapshot() const;

    /// Reads /proc now (and whatever else is pending) instead of at the next interval.
    void rescanNow();

    /// How long the last look at /proc took, in microseconds (for the record).
    qint64 lastProcessScanMicros() const { return m_lastProcessScanMicros; }

signals:
    /// changed: the full new state of each namespace that changed or appeared.
    void topologyChanged(quint64 generation, const QList<NetnsStudio::Namespace>& changed,
                         const QList<NetnsStudio::NamespaceId>& removed);

private:
    struct Session;

    void rediscover();
    /// Reads one of a session's event sockets until EAGAIN.
    void drain(Session* session, int events);
    void markDirty(NamespaceId id);
    void publish();
    Session* openSession(DiscoveredNamespace&& found);
    void watchDirectories();
    QList<NamespaceId> orderedIds() const;

    Options m_options;
    bool m_running = false;
    quint64 m_generation = 0;
    std::map<NamespaceId, std::unique_ptr<Session>> m_sessions;
    QSet<NamespaceId> m_dirty;
    QSet<NamespaceId> m_removed;
    bool m_rediscoverPending = false;
    QTimer m_coalesce;
    QTimer m_processScan;
    int m_inotify = -1;
    QSocketNotifier* m_inotifyNotifier = nullptr;
    qint64 m_lastProcessScanMicros = 0;
    QElapsedTimer m_lastPublish;
};

} // namespace NetnsStudio
