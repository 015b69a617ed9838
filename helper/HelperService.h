// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Action.h"
#include "ActionExecutor.h"
#include "CallerLanguages.h"
#include "PolkitAuthorizer.h"
#include "TopologyDBus.h"
#include "TopologyMonitor.h"

#include <QDBusContext>
#include <QDBusServiceWatcher>
#include <QSet>
#include <QObject>
#include <QTimer>
#include <functional>

namespace NetnsStudio {

/// The object behind org.netnsstudio.Helper1 (the adaptor generated from the XML
/// forwards to these slots). Each method: read arguments, validate, authorize the
/// sender with polkit, act, reply. Messages are in the language the caller set, if any.
class HelperService : public QObject, protected QDBusContext {
    Q_OBJECT
public:
    /// idleMs: quit after this long with no call in progress and no subscriber.
    HelperService(const QDBusConnection& bus, int idleMs, TopologyMonitor::Options monitorOptions,
                  QObject* parent = nullptr);

public slots:
    void SetLocale(const QString& locale);
    Topology GetTopology();
    qulonglong Subscribe(Topology& topology);
    void Unsubscribe();
    void Rescan();
    qulonglong Ping(qulonglong ns, const QString& address, uint count, uint intervalMs, uint timeoutMs);
    qulonglong CreateNamespace(const QString& name);
    void DeleteNamespace(qulonglong ns);
    void AttachNamespace(qulonglong ns, const QString& name);
    void CreateVethPair(qulonglong ns, const QString& name, qulonglong peerNs, const QString& peerName);
    void MoveLink(qulonglong ns, int ifindex, const QString& name, qulonglong targetNs);
    void RenameLink(qulonglong ns, int ifindex, const QString& name, const QString& newName);
    void SetLinkUp(qulonglong ns, int ifindex, const QString& name, bool up);
    void SetMtu(qulonglong ns, int ifindex, const QString& name, uint mtu);
    void AddAddress(qulonglong ns, int ifindex, const QString& name, const QString& address);
    void DeleteAddress(qulonglong ns, int ifindex, const QString& name, const QString& address);
    void AddRoute(qulonglong ns, const QString& destination, const QString& gateway,
                  const QString& device, uint metric);
    void DeleteRoute(qulonglong ns, const QString& destination, const QString& gateway,
                     const QString& device, uint metric);
    void CreateBridge(qulonglong ns, const QString& name);
    void SetMaster(qulonglong ns, int ifindex, const QString& name, const QString& master);
    void DeleteLink(qulonglong ns, int ifindex, const QString& name);
    void SetForwarding(qulonglong ns, const QString& family, bool on);
    void SetMasquerade(qulonglong ns, int ifindex, const QString& name, bool on);
    QList<qulonglong> ApplyBatch(const QList<QVariantMap>& actions);

signals:
    /// Nothing has happened for the idle time: the process may end (D-Bus starts it again).
    void idle();

private:
    using ReplyMaker = std::function<QDBusMessage(const QDBusMessage& request,
                                                  const ActionExecutor::Outcome& outcome)>;
    /// Validates, authorizes and applies actions as one batch, and replies.
    void submit(const QList<Action>& steps, bool isBatch, ReplyMaker makeReply);
    void begin();
    void end();
    /// Authorizes the sender for inspect, then runs act (which must reply).
    void inspect(std::function<void(const QDBusMessage& request)> act);
    void publish(quint64 generation, const QList<Namespace>& changed, const QList<NamespaceId>& removed);

    CallerLanguages m_languages;
    PolkitAuthorizer m_authorizer;
    ActionExecutor m_executor;
    QTimer m_idleTimer;
    int m_inProgress = 0;
    QDBusConnection m_bus;
    TopologyMonitor m_monitor;
    QSet<QString> m_subscribers; ///< unique bus names
    QDBusServiceWatcher m_watcher;
    quint64 m_nextProbe = 1;
};

} // namespace NetnsStudio
