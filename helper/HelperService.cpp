// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelperService.h"

#include "AuthorizationPlan.h"
#include "HelperErrors.h"
#include "IpCommand.h"
#include "NamespaceDiscovery.h"
#include "NetlinkScanner.h"
#include "NetlinkSocket.h"
#include "PingProbe.h"
#include "Validation.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QElapsedTimer>

#include <netlink/route/link.h>

namespace NetnsStudio {

namespace {

/// Namespaces without their contents: enough to write `ip` commands and to decide
/// which polkit action a change needs.
Topology skeletonOf(const std::vector<DiscoveredNamespace>& namespaces)
{
    Topology topology;
    for (const DiscoveredNamespace& d : namespaces) {
        Namespace ns;
        ns.id = d.id;
        ns.kind = d.kind;
        ns.name = d.name;
        ns.label = d.label;
        ns.pids = d.pids;
        topology.namespaces.append(ns);
    }
    return topology;
}

/// Links of the host namespace without a link kind: its physical devices and lo.
QStringList hostPhysicalLinks(const std::vector<DiscoveredNamespace>& namespaces)
{
    QStringList names;
    for (const DiscoveredNamespace& ns : namespaces) {
        if (ns.kind != NamespaceKind::Host)
            continue;
        std::vector<SocketPtr> sockets = openRouteSockets({ns.fd.get()});
        nl_cache* raw = nullptr;
        if (!sockets[0] || rtnl_link_alloc_cache(sockets[0].get(), AF_UNSPEC, &raw) < 0)
            return names;
        CachePtr cache(raw);
        for (nl_object* o = nl_cache_get_first(raw); o; o = nl_cache_get_next(o)) {
            auto* link = reinterpret_cast<rtnl_link*>(o);
            if (!rtnl_link_get_type(link))
                names << QString::fromUtf8(rtnl_link_get_name(link));
        }
    }
    return names;
}

QDBusMessage emptyReply(const QDBusMessage& request, const ActionExecutor::Outcome&)
{
    return request.createReply();
}

} // namespace

namespace {
// Each subscriber costs a little per change; thousands from one client are refused.
constexpr int kMaxSubscribers = 256;
const QString kInterface = QStringLiteral("org.netnsstudio.Helper1");
const QString kPath = QStringLiteral("/org/netnsstudio/Helper1");
constexpr qint64 kProgressIntervalMs = 250;
} // namespace

HelperService::HelperService(const QDBusConnection& bus, int idleMs, TopologyMonitor::Options monitorOptions,
                             QObject* parent)
    : QObject(parent), m_languages(bus), m_authorizer(bus, m_languages), m_bus(bus), m_monitor(monitorOptions)
{
    m_watcher.setConnection(bus);
    m_watcher.setWatchMode(QDBusServiceWatcher::WatchForUnregistration);
    connect(&m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this](const QString& name) {
        m_watcher.removeWatchedService(name);
        m_subscribers.remove(name);
        if (m_subscribers.isEmpty() && m_inProgress == 0)
            m_idleTimer.start();
    });
    connect(&m_monitor, &TopologyMonitor::topologyChanged, this, &HelperService::publish);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(idleMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_inProgress == 0)
            emit idle();
    });
    m_idleTimer.start();
}

void HelperService::SetLocale(const QString& locale)
{
    // Changes nothing on the host, so there is nothing to ask polkit (as PackageKit's SetHints).
    const MessageCatalog::Scope language(m_languages.of(message().service()));
    if (!MessageCatalog::isLocaleName(locale)) {
        sendErrorReply(HelperErrors::InvalidArgument,
                       HelperText::tr("A locale is a language code with an optional country code, "
                                      "such as de or de_DE."));
        return;
    }
    m_languages.set(message().service(), locale);
    // A caller that sets its language is about to call again: it keeps the helper a while.
    if (m_inProgress == 0 && m_subscribers.isEmpty())
        m_idleTimer.start();
}

void HelperService::begin()
{
    ++m_inProgress;
    m_idleTimer.stop();
}

void HelperService::end()
{
    --m_inProgress;
    if (m_inProgress == 0 && m_subscribers.isEmpty())
        m_idleTimer.start();
}

void HelperService::inspect(std::function<void(const QDBusMessage& request)> act)
{
    setDelayedReply(true);
    begin();
    const QDBusMessage request = message();
    m_authorizer.check(request, PolkitActions::forMethod(request.member()).value(0), {},
                       [this, request, act = std::move(act)](bool ok, const QString& why) {
                           if (ok)
                               act(request);
                           else
                               m_bus.send(request.createErrorReply(HelperErrors::AccessDenied, why));
                           end();
                       });
}

qulonglong HelperService::Subscribe(Topology&)
{
    inspect([this](const QDBusMessage& request) {
        const QString subscriber = request.service();
        if (!m_subscribers.contains(subscriber) && m_subscribers.size() >= kMaxSubscribers) {
            m_bus.send(request.createErrorReply(HelperErrors::Busy,
                                                HelperText::tr("Too many subscribers already.")));
            return;
        }
        m_monitor.start();
        if (!m_subscribers.contains(subscriber)) {
            m_subscribers.insert(subscriber);
            m_watcher.addWatchedService(subscriber);
        }
        m_bus.send(request.createReply({QVariant::fromValue(qulonglong(m_monitor.generation())),
                                        QVariant::fromValue(m_monitor.snapshot())}));
    });
    return 0;
}

void HelperService::Unsubscribe()
{
    inspect([this](const QDBusMessage& request) {
        m_subscribers.remove(request.service());
        m_watcher.removeWatchedService(request.service());
        m_bus.send(request.createReply());
    });
}

void HelperService::Rescan()
{
    inspect([this](const QDBusMessage& request) {
        if (m_monitor.isRunning())
            m_monitor.rescanNow();
        m_bus.send(request.createReply());
    });
}

qulonglong HelperService::Ping(qulonglong ns, const QString& address, uint count, uint intervalMs, uint timeoutMs)
{
    setDelayedReply(true);
    const QDBusMessage request = message();
    const MessageCatalog::Scope language(m_languages.of(request.service()));
    // 1. Validate, before anything is sent or asked.
    QString error;
    const auto target = Validation::parseIpLiteral(address, &error);
    QString problem;
    if (!target)
        problem = error;
    else if (count < 1 || count > PingProbe::Limits::MaxCount)
        problem = HelperText::tr("The count must be from 1 to %1.").arg(PingProbe::Limits::MaxCount);
    else if (intervalMs < PingProbe::Limits::MinIntervalMs || intervalMs > PingProbe::Limits::MaxIntervalMs)
        problem = HelperText::tr("The interval must be from %1 to %2 ms.")
                      .arg(PingProbe::Limits::MinIntervalMs)
                      .arg(PingProbe::Limits::MaxIntervalMs);
    else if (timeoutMs < PingProbe::Limits::MinTimeoutMs || timeoutMs > PingProbe::Limits::MaxTimeoutMs)
        problem = HelperText::tr("The timeout must be from %1 to %2 ms.")
                      .arg(PingProbe::Limits::MinTimeoutMs)
                      .arg(PingProbe::Limits::MaxTimeoutMs);
    if (!problem.isEmpty()) {
        m_bus.send(request.createErrorReply(HelperErrors::InvalidArgument, problem));
        return 0;
    }
    begin();
    std::vector<DiscoveredNamespace> found = NamespaceDiscovery().discover();
    QString label = QString::number(ns);
    for (const DiscoveredNamespace& d : found)
        if (d.id == ns)
            label = d.label;
    // 2. Authorize, 3. act: the namespace is looked up again after the answer.
    m_authorizer.check(request, PolkitActions::Probe, {{QStringLiteral("namespace"), label}},
                       [this, request, ns, target = *target, count, intervalMs, timeoutMs](bool ok, const QString& why) {
        if (!ok) {
            m_bus.send(request.createErrorReply(HelperErrors::AccessDenied, why));
            end();
            return;
        }
        std::vector<DiscoveredNamespace> now = NamespaceDiscovery().discover();
        const auto it = std::find_if(now.begin(), now.end(), [ns](const DiscoveredNamespace& d) { return d.id == ns; });
        if (it == now.end()) {
            m_bus.send(request.createErrorReply(HelperErrors::NotFound,
                                                HelperText::tr("There is no network namespace with id %1.").arg(ns)));
            end();
            return;
        }
        const quint64 id = m_nextProbe++;
        const QString caller = request.service();
        auto* probe = new PingProbe(id, it->fd.get(), target, count, intervalMs, timeoutMs, this);
        connect(probe, &PingProbe::result, this,
                [this, caller](quint64 probeId, uint seq, const QString& status, double rtt, const QString& detail) {
                    QDBusMessage signal = QDBusMessage::createTargetedSignal(caller, kPath, kInterface,
                                                                             QStringLiteral("PingResult"));
                    signal << QVariant::fromValue(qulonglong(probeId)) << seq << status << rtt << detail;
                    m_bus.send(signal);
                });
        connect(probe, &PingProbe::finished, this, [this, caller, probe](quint64 probeId, uint sent, uint received) {
            QDBusMessage signal = QDBusMessage::createTargetedSignal(caller, kPath, kInterface,
                                                                     QStringLiteral("PingFinished"));
            signal << QVariant::fromValue(qulonglong(probeId)) << sent << received;
            m_bus.send(signal);
            probe->deleteLater();
            end();
        });
        m_bus.send(request.createReply(QVariant::fromValue(qulonglong(id))));
        probe->start(); // the probe keeps the helper busy (begin/end) until it finishes
    });
    return 0;
}

void HelperService::publish(quint64 generation, const QList<Namespace>& changed, const QList<NamespaceId>& removed)
{
    QList<qulonglong> removedIds;
    for (NamespaceId id : removed)
        removedIds << id;
    // Sent to each subscriber alone, never broadcast: others may not inspect.
    for (const QString& subscriber : std::as_const(m_subscribers)) {
        QDBusMessage signal = QDBusMessage::createTargetedSignal(subscriber, kPath, kInterface,
                                                                 QStringLiteral("TopologyChanged"));
        signal << QVariant::fromValue(qulonglong(generation)) << QVariant::fromValue(changed)
               << QVariant::fromValue(removedIds);
        m_bus.send(signal);
    }
}

Topology HelperService::GetTopology()
{
    inspect([this](const QDBusMessage& request) {
        const std::vector<DiscoveredNamespace> found = NamespaceDiscovery().discover();
        QStringList warnings;
        QString error;
        const std::optional<Topology> topology = NetlinkScanner::scan(found, &warnings, &error);
        for (const QString& warning : std::as_const(warnings))
            qWarning("%s", qPrintable(warning));
        if (!topology)
            m_bus.send(request.createErrorReply(HelperErrors::Kernel, error));
        else
            m_bus.send(request.createReply(QVariant::fromValue(*topology)));
    });
    return {};
}

void HelperService::submit(const QList<Action>& steps, bool isBatch, ReplyMaker makeReply)
{
    setDelayedReply(true);
    const QDBusMessage request = message();
    const MessageCatalog::Scope language(m_languages.of(request.service()));
    QDBusConnection bus = connection();

    // 1. Validate: nothing is looked up or asked before the arguments are sound.
    for (int i = 0; i < steps.size(); ++i) {
        if (const ActionProblem problem = checkAction(steps[i])) {
            const QString name = problem.kind == ActionProblem::Kind::InvalidName
                                     ? HelperErrors::InvalidName
                                     : HelperErrors::InvalidArgument;
            const QString message = isBatch ? HelperText::tr("Step %1 of %2: %3")
                                                  .arg(i + 1)
                                                  .arg(steps.size())
                                                  .arg(problem.message)
                                            : problem.message;
            bus.send(request.createErrorReply(name, message));
            return;
        }
    }
    begin();

    // 2. Authorize the sender, for the kind of change.
    const std::vector<DiscoveredNamespace> known = NamespaceDiscovery().discover();
    const Topology skeleton = skeletonOf(known);
    QStringList commands;
    bool touchesHost = false;
    for (const Action& step : steps) {
        commands << ipCommand(step, skeleton);
        const Namespace* ns = skeleton.namespaceById(step.ns.id);
        touchesHost = touchesHost || (ns && ns->kind == NamespaceKind::Host);
    }
    const AuthorizationRequest auth = AuthorizationPlan::plan(
        steps, known, touchesHost ? hostPhysicalLinks(known) : QStringList(), commands);

    if (!PolkitActions::forMethod(request.member()).contains(auth.actionId)) {
        bus.send(request.createErrorReply(
            HelperErrors::AccessDenied,
            HelperText::tr("%1 may not ask for %2.").arg(request.member(), auth.actionId)));
        end();
        return;
    }
    m_authorizer.check(request, auth.actionId, auth.details,
                       [this, request, bus, steps, commands, isBatch, makeReply](bool ok, const QString& why) mutable {
        if (!ok) {
            bus.send(request.createErrorReply(HelperErrors::AccessDenied, why));
            end();
            return;
        }
        // 3. Act: the executor resolves every name again, now.
        // A long batch tells its caller how far it got, a few times a second.
        QElapsedTimer sinceProgress;
        sinceProgress.start();
        const QString caller = request.service();
        const ActionExecutor::Outcome outcome = m_executor.apply(steps, [&](int done, int total) {
            if (!isBatch || sinceProgress.elapsed() < kProgressIntervalMs || done == total)
                return;
            sinceProgress.restart();
            QDBusMessage signal = QDBusMessage::createTargetedSignal(caller, kPath, kInterface,
                                                                     QStringLiteral("BatchProgress"));
            signal << uint(done) << uint(total);
            m_bus.send(signal);
        });
        if (outcome.failure) {
            QString message = outcome.failure->message;
            if (isBatch)
                message = HelperText::tr("Step %1 of %2 (%3) failed: %4")
                              .arg(outcome.failedStep + 1)
                              .arg(steps.size())
                              .arg(commands.value(outcome.failedStep), message);
            if (outcome.failedStep > 0)
                message = outcome.undoFailures.isEmpty()
                              ? HelperText::tr("%1 The steps before it were undone.").arg(message)
                              : HelperText::tr("%1 Undoing the steps before it did not fully work: %2")
                                    .arg(message, outcome.undoFailures.join(QLatin1Char(' ')));
            bus.send(request.createErrorReply(outcome.failure->name, message));
        } else {
            bus.send(makeReply(request, outcome));
        }
        end();
    });
}

qulonglong HelperService::CreateNamespace(const QString& name)
{
    submit({Action::addNamespace(name)}, false, [](const QDBusMessage& request, const ActionExecutor::Outcome& outcome) {
        return request.createReply(QVariant::fromValue(qulonglong(outcome.created.value(0))));
    });
    return 0;
}

void HelperService::DeleteNamespace(qulonglong ns)
{
    submit({Action::deleteNamespace(NamespaceRef::byId(ns))}, false, emptyReply);
}

void HelperService::AttachNamespace(qulonglong ns, const QString& name)
{
    submit({Action::attachNamespace(NamespaceRef::byId(ns), name)}, false, emptyReply);
}

void HelperService::CreateVethPair(qulonglong ns, const QString& name, qulonglong peerNs,
                                   const QString& peerName)
{
    submit({Action::addVethPair(NamespaceRef::byId(ns), name, NamespaceRef::byId(peerNs), peerName)},
           false, emptyReply);
}

void HelperService::MoveLink(qulonglong ns, int ifindex, const QString& name, qulonglong targetNs)
{
    submit({Action::moveLink(NamespaceRef::byId(ns), {name, ifindex}, NamespaceRef::byId(targetNs))},
           false, emptyReply);
}

void HelperService::RenameLink(qulonglong ns, int ifindex, const QString& name, const QString& newName)
{
    submit({Action::renameLink(NamespaceRef::byId(ns), {name, ifindex}, newName)}, false, emptyReply);
}

void HelperService::SetLinkUp(qulonglong ns, int ifindex, const QString& name, bool up)
{
    submit({Action::setLinkUp(NamespaceRef::byId(ns), {name, ifindex}, up)}, false, emptyReply);
}

void HelperService::SetMtu(qulonglong ns, int ifindex, const QString& name, uint mtu)
{
    submit({Action::setMtu(NamespaceRef::byId(ns), {name, ifindex}, mtu)}, false, emptyReply);
}

void HelperService::AddAddress(qulonglong ns, int ifindex, const QString& name, const QString& address)
{
    submit({Action::addAddress(NamespaceRef::byId(ns), {name, ifindex}, address)}, false, emptyReply);
}

void HelperService::DeleteAddress(qulonglong ns, int ifindex, const QString& name, const QString& address)
{
    submit({Action::deleteAddress(NamespaceRef::byId(ns), {name, ifindex}, address)}, false,
           emptyReply);
}

void HelperService::AddRoute(qulonglong ns, const QString& destination, const QString& gateway,
                             const QString& device, uint metric)
{
    submit({Action::addRoute(NamespaceRef::byId(ns), destination, gateway, {device, 0}, metric)},
           false, emptyReply);
}

void HelperService::DeleteRoute(qulonglong ns, const QString& destination, const QString& gateway,
                                const QString& device, uint metric)
{
    submit({Action::deleteRoute(NamespaceRef::byId(ns), destination, gateway, {device, 0}, metric)},
           false, emptyReply);
}

void HelperService::CreateBridge(qulonglong ns, const QString& name)
{
    submit({Action::addBridge(NamespaceRef::byId(ns), name)}, false, emptyReply);
}

void HelperService::SetMaster(qulonglong ns, int ifindex, const QString& name, const QString& master)
{
    submit({Action::setMaster(NamespaceRef::byId(ns), {name, ifindex}, {master, 0})}, false,
           emptyReply);
}

void HelperService::DeleteLink(qulonglong ns, int ifindex, const QString& name)
{
    submit({Action::deleteLink(NamespaceRef::byId(ns), {name, ifindex})}, false, emptyReply);
}

void HelperService::SetForwarding(qulonglong ns, const QString& family, bool on)
{
    submit({Action::setForwarding(NamespaceRef::byId(ns), family, on)}, false, emptyReply);
}

void HelperService::SetMasquerade(qulonglong ns, int ifindex, const QString& name, bool on)
{
    submit({Action::setMasquerade(NamespaceRef::byId(ns), {name, ifindex}, on)}, false, emptyReply);
}

QList<qulonglong> HelperService::ApplyBatch(const QList<QVariantMap>& actions)
{
    const MessageCatalog::Scope language(m_languages.of(message().service()));
    QList<Action> steps;
    for (int i = 0; i < actions.size(); ++i) {
        QString error;
        const std::optional<Action> action = actionFromMap(actions[i], &error);
        if (!action) {
            sendErrorReply(HelperErrors::InvalidArgument,
                           HelperText::tr("Step %1 of %2: %3").arg(i + 1).arg(actions.size()).arg(error));
            return {};
        }
        steps.append(*action);
    }
    if (steps.isEmpty()) {
        sendErrorReply(HelperErrors::InvalidArgument, HelperText::tr("The batch has no actions."));
        return {};
    }
    submit(steps, true, [](const QDBusMessage& request, const ActionExecutor::Outcome& outcome) {
        QList<qulonglong> ids;
        for (NamespaceId id : outcome.created)
            ids.append(id);
        return request.createReply(QVariant::fromValue(ids));
    });
    return {};
}

} // namespace NetnsStudio
