// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopologyMonitor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <linux/netfilter/nfnetlink.h>
#include <linux/rtnetlink.h>
#include <sched.h>
#include <sys/inotify.h>
#include <sys/socket.h>
#include <thread>
#include <tuple>
#include <unistd.h>

namespace NetnsStudio {

namespace {

const char* const kWatchedDirs[] = {"/run/netns", "/run/docker/netns"};

/// Raw event sockets inside the namespace of nsFd: NETLINK_ROUTE subscribed to the
/// groups that announce changes to what we show, and NETLINK_NETFILTER to nf_tables
/// changes (masquerading). Raw, because nothing is parsed: a message only says
/// "read this namespace again".
std::pair<UniqueFd, UniqueFd> openEventSockets(int nsFd, int receiveBuffer)
{
    int route = -1, netfilter = -1;
    std::thread worker([&] {
        if (::setns(nsFd, CLONE_NEWNET) != 0)
            return;
        route = ::socket(AF_NETLINK, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, NETLINK_ROUTE);
        netfilter = ::socket(AF_NETLINK, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, NETLINK_NETFILTER);
    });
    worker.join();
    std::pair<UniqueFd, UniqueFd> fds{UniqueFd(route), UniqueFd(netfilter)};
    for (const UniqueFd* fd : {&fds.first, &fds.second}) {
        // FORCE: root may go past net.core.rmem_max, which is small by default.
        if (fd->isValid() &&
            ::setsockopt(fd->get(), SOL_SOCKET, SO_RCVBUFFORCE, &receiveBuffer, sizeof receiveBuffer) != 0)
            ::setsockopt(fd->get(), SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    }
    sockaddr_nl address{};
    address.nl_family = AF_NETLINK;
    address.nl_groups = RTMGRP_LINK | RTMGRP_IPV4_IFADDR | RTMGRP_IPV6_IFADDR | RTMGRP_IPV4_ROUTE |
                        RTMGRP_IPV6_ROUTE;
    if (!fds.first.isValid() || ::bind(fds.first.get(), reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
        return {};
    for (const int group : {RTNLGRP_NSID, RTNLGRP_IPV4_NETCONF, RTNLGRP_IPV6_NETCONF})
        ::setsockopt(fds.first.get(), SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &group, sizeof group);
    // Bound first: an unbound netlink socket hears no multicast.
    const int nftables = NFNLGRP_NFTABLES;
    sockaddr_nl unicast{};
    unicast.nl_family = AF_NETLINK;
    if (fds.second.isValid() &&
        (::bind(fds.second.get(), reinterpret_cast<sockaddr*>(&unicast), sizeof unicast) != 0 ||
         ::setsockopt(fds.second.get(), SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &nftables, sizeof nftables) != 0))
        fds.second = UniqueFd(); // without nf_tables there is nothing to hear
    return fds;
}

} // namespace

struct TopologyMonitor::Session {
    DiscoveredNamespace info;
    NamespaceReading reading;
    UniqueFd events;          ///< NETLINK_ROUTE groups
    UniqueFd netfilterEvents; ///< nf_tables changes; invalid where there are none
    std::unique_ptr<QSocketNotifier> notifier;
    std::unique_ptr<QSocketNotifier> netfilterNotifier;
    bool readable = false; ///< read at least once
};

TopologyMonitor::TopologyMonitor(Options options, QObject* parent) : QObject(parent), m_options(options)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(m_options.coalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &TopologyMonitor::publish);
    m_processScan.setInterval(m_options.processScanMs);
    connect(&m_processScan, &QTimer::timeout, this, [this] {
        m_rediscoverPending = true;
        publish();
    });
}

TopologyMonitor::~TopologyMonitor()
{
    if (m_inotify >= 0)
        ::close(m_inotify);
}

void TopologyMonitor::start()
{
    if (m_running)
        return;
    m_running = true;
    watchDirectories();
    m_rediscoverPending = true;
    publish();
    m_processScan.start();
}

void TopologyMonitor::rescanNow()
{
    m_rediscoverPending = true;
    publish();
}

void TopologyMonitor::watchDirectories()
{
    m_inotify = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_inotify < 0)
        return;
    for (const char* dir : kWatchedDirs)
        ::inotify_add_watch(m_inotify, dir, IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB);
    m_inotifyNotifier = new QSocketNotifier(m_inotify, QSocketNotifier::Read, this);
    connect(m_inotifyNotifier, &QSocketNotifier::activated, this, [this] {
        char buffer[4096];
        while (::read(m_inotify, buffer, sizeof buffer) > 0) {
        }
        // A new name is bind-mounted just after its file appears: look once the
        // quiet window has passed.
        m_rediscoverPending = true;
        m_coalesce.start(m_options.coalesceMs);
    });
}

TopologyMonitor::Session* TopologyMonitor::openSession(DiscoveredNamespace&& found)
{
    auto session = std::make_unique<Session>();
    session->info = std::move(found);
    const int nsFd = session->info.fd.get();
    session->reading.fd = nsFd;
    NetlinkScanner::openSockets({&session->reading});
    std::tie(session->events, session->netfilterEvents) = openEventSockets(nsFd, m_options.receiveBufferBytes);
    if (!session->reading.socket || !session->events.isValid())
        return nullptr;
    Session* raw = session.get();
    session->notifier = std::make_unique<QSocketNotifier>(session->events.get(), QSocketNotifier::Read);
    connect(session->notifier.get(), &QSocketNotifier::activated, this,
            [this, raw] { drain(raw, raw->events.get()); });
    if (session->netfilterEvents.isValid()) {
        session->netfilterNotifier =
            std::make_unique<QSocketNotifier>(session->netfilterEvents.get(), QSocketNotifier::Read);
        connect(session->netfilterNotifier.get(), &QSocketNotifier::activated, this,
                [this, raw] { drain(raw, raw->netfilterEvents.get()); });
    }
    const NamespaceId id = session->info.id;
    m_sessions[id] = std::move(session);
    return raw;
}

void TopologyMonitor::drain(Session* session, int events)
{
    char buffer[64 * 1024];
    for (;;) {
        sockaddr_nl from{};
        iovec iov{buffer, sizeof buffer};
        msghdr msg{};
        msg.msg_name = &from;
        msg.msg_namelen = sizeof from;
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        const ssize_t n = ::recvmsg(events, &msg, MSG_DONTWAIT);
        if (n < 0) {
            if (errno == ENOBUFS) {
                // Events were lost: whatever they said, reading again tells it.
                qWarning("netns-studio-helper: event buffer of namespace %llu overflowed; reading it again",
                         static_cast<unsigned long long>(session->info.id));
                markDirty(session->info.id);
                continue;
            }
            break; // EAGAIN: drained
        }
        if (n == 0)
            break;
        if (from.nl_pid != 0) // only the kernel speaks here
            continue;
        markDirty(session->info.id);
    }
}

void TopologyMonitor::markDirty(NamespaceId id)
{
    m_dirty.insert(id);
    if (!m_coalesce.isActive()) {
        // After a quiet spell the first change goes out at once; changes that follow
        // it closely are gathered for the window.
        const bool quiet = !m_lastPublish.isValid() || m_lastPublish.elapsed() > m_options.coalesceMs;
        m_coalesce.start(quiet ? 0 : m_options.coalesceMs);
    }
}

void TopologyMonitor::rediscover()
{
    QElapsedTimer timer;
    timer.start();
    std::vector<DiscoveredNamespace> found =
        NamespaceDiscovery().discover([this](NamespaceId id) { return m_sessions.count(id) > 0; });
    QSet<NamespaceId> present;
    const bool bridgeNetfilter = NetlinkScanner::bridgeNetfilterLoaded();
    for (DiscoveredNamespace& ns : found) {
        present.insert(ns.id);
        auto it = m_sessions.find(ns.id);
        if (it == m_sessions.end()) {
            const NamespaceId id = ns.id;
            if (ns.fd.isValid() && openSession(std::move(ns)))
                m_dirty.insert(id);
            continue;
        }
        // Known: only its labels may have changed (a new name, other holders), and the
        // bridge netfilter switch, which sends no event.
        if (it->second->readable && NetlinkScanner::bridgeNetfilterChanged(it->second->reading, bridgeNetfilter))
            m_dirty.insert(ns.id);
        DiscoveredNamespace& info = it->second->info;
        if (info.name != ns.name || info.kind != ns.kind || info.label != ns.label || info.pids != ns.pids) {
            info.name = ns.name;
            info.kind = ns.kind;
            info.label = ns.label;
            info.pids = ns.pids;
            m_dirty.insert(ns.id);
        }
    }
    // Gone from every place that kept it: close our sockets and descriptor, so that
    // we are not what keeps it alive.
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (present.contains(it->first)) {
            ++it;
            continue;
        }
        m_removed.insert(it->first);
        m_dirty.remove(it->first);
        it = m_sessions.erase(it);
    }
    m_lastProcessScanMicros = timer.nsecsElapsed() / 1000;
}

void TopologyMonitor::publish()
{
    if (m_rediscoverPending) {
        m_rediscoverPending = false;
        rediscover();
    }
    if (m_dirty.isEmpty() && m_removed.isEmpty())
        return;

    // A changed veth changes its peer's view too: re-map the peers of namespaces
    // wired to a dirty one (before and after).
    QSet<NamespaceId> remap = m_dirty;
    std::vector<NamespaceReading*> all;
    for (auto& [id, session] : m_sessions)
        all.push_back(&session->reading);

    QHash<NamespaceId, Namespace> old;
    for (NamespaceId id : std::as_const(m_dirty)) {
        auto it = m_sessions.find(id);
        if (it == m_sessions.end())
            continue;
        Session& s = *it->second;
        old.insert(id, s.reading.model);
        s.reading.model.id = s.info.id;
        s.reading.model.kind = s.info.kind;
        s.reading.model.name = s.info.name;
        s.reading.model.label = s.info.label;
        s.reading.model.pids = s.info.pids;
        if (NetlinkScanner::read(s.reading) < 0) {
            qWarning("netns-studio-helper: namespace %llu could not be read", static_cast<unsigned long long>(id));
            continue;
        }
        s.readable = true;
    }
    // A veth whose other end moved on between two other namespaces gets no event
    // of its own: where a peer no longer points back, read that namespace again.
    for (auto& [id, session] : m_sessions) {
        if (m_dirty.contains(id) || !session->readable)
            continue;
        bool stale = false;
        const Namespace& model = session->reading.model;
        for (const Link& link : model.links) {
            if (!link.peer.isValid() || !(m_dirty.contains(link.peer.namespaceId) || m_removed.contains(link.peer.namespaceId)))
                continue;
            const auto peerSession = m_sessions.find(link.peer.namespaceId);
            const Link* peer = peerSession == m_sessions.end() ? nullptr
                                                               : peerSession->second->reading.model.linkByIndex(link.peer.ifindex);
            const qsizetype at = peer ? peer - peerSession->second->reading.model.links.constData() : -1;
            stale = stale || !peer || peer->kind != QLatin1String("veth") ||
                    peerSession->second->reading.wiring[size_t(at)].iflink != link.ifindex;
        }
        if (stale) {
            old.insert(id, model);
            if (NetlinkScanner::read(session->reading) >= 0)
                m_dirty.insert(id);
        }
    }
    for (auto& [id, session] : m_sessions) {
        for (const Link& link : session->reading.model.links)
            if (link.peer.isValid() && (m_dirty.contains(link.peer.namespaceId) || m_removed.contains(link.peer.namespaceId)))
                remap.insert(id);
        for (const Link& link : old.value(id).links)
            if (link.peer.isValid())
                remap.insert(link.peer.namespaceId);
    }
    std::vector<NamespaceReading*> targets;
    for (NamespaceId id : std::as_const(remap)) {
        auto it = m_sessions.find(id);
        if (it != m_sessions.end() && it->second->readable) {
            if (!old.contains(id))
                old.insert(id, it->second->reading.model);
            targets.push_back(&it->second->reading);
        }
    }
    NetlinkScanner::mapPeers(all, targets);

    QList<Namespace> changed;
    for (NamespaceId id : orderedIds()) {
        const auto it = old.constFind(id);
        const Namespace& now = m_sessions[id]->reading.model;
        if (it != old.cend() && (*it == now) && it->id != 0)
            continue;
        if (it != old.cend() || m_dirty.contains(id))
            changed.append(now);
    }
    QList<NamespaceId> removed(m_removed.cbegin(), m_removed.cend());
    m_dirty.clear();
    m_removed.clear();
    if (changed.isEmpty() && removed.isEmpty())
        return;
    ++m_generation;
    m_lastPublish.start();
    emit topologyChanged(m_generation, changed, removed);
}

QList<NamespaceId> TopologyMonitor::orderedIds() const
{
    // The order discovery gives: host, named by name, the rest by pid.
    QList<const Session*> sessions;
    for (const auto& [id, session] : m_sessions)
        if (session->readable)
            sessions << session.get();
    std::stable_sort(sessions.begin(), sessions.end(), [](const Session* a, const Session* b) {
        if (a->info.kind != b->info.kind)
            return int(a->info.kind) < int(b->info.kind);
        if (a->info.kind == NamespaceKind::Named)
            return a->info.name < b->info.name;
        const quint32 pa = a->info.pids.isEmpty() ? 0 : a->info.pids.first();
        const quint32 pb = b->info.pids.isEmpty() ? 0 : b->info.pids.first();
        return pa < pb;
    });
    QList<NamespaceId> ids;
    for (const Session* s : sessions)
        ids << s->info.id;
    return ids;
}

Topology TopologyMonitor::snapshot() const
{
    Topology topology;
    for (NamespaceId id : orderedIds())
        topology.namespaces.append(m_sessions.at(id)->reading.model);
    return topology;
}

} // namespace NetnsStudio
