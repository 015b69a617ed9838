// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lesson.h"

#include "IpCommand.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace NetnsStudio {

namespace {

// One translation context for this file's strings, the same for lupdate and at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Lessons)
};

const Link* lessonLink(const Topology& topology, const QString& ns, const QString& name)
{
    const Namespace* n = topology.namespaceByName(ns);
    return n ? n->linkByName(name) : nullptr;
}

NamespaceRef named(const QString& ns)
{
    return ns.isEmpty() ? hostRef() : NamespaceRef::byName(ns);
}

LinkRef link(const QString& name)
{
    return {name, 0};
}

LessonTask addNamespace(const QString& name)
{
    return {Action::addNamespace(name), LessonChecks::namespaceExists(name)};
}

LessonTask addVethPair(const QString& ns, const QString& name, const QString& peerNs, const QString& peer)
{
    return {Action::addVethPair(named(ns), name, named(peerNs), peer),
            LessonChecks::vethWithPeer(ns, name, peer)};
}

LessonTask addAddress(const QString& ns, const QString& dev, const QString& cidr)
{
    return {Action::addAddress(named(ns), link(dev), cidr), LessonChecks::hasAddress(ns, dev, cidr)};
}

LessonTask bringUp(const QString& ns, const QString& dev)
{
    return {Action::setLinkUp(named(ns), link(dev), true), LessonChecks::isUp(ns, dev)};
}

LessonStep ping(const QString& instruction, const QString& from, const QString& to, bool expectReplies)
{
    return {instruction, {}, LessonPing{from, to, expectReplies}};
}

Lesson tutorial()
{
    const QString host, blue = QStringLiteral("blue");
    const QString veth0 = QStringLiteral("veth0"), veth1 = QStringLiteral("veth1"), lo = QStringLiteral("lo");
    const QString inBlue = QStringLiteral("10.1.1.1/24"), inHost = QStringLiteral("10.1.1.2/24");
    Lesson lesson;
    lesson.id = QStringLiteral("tutorial");
    lesson.title = Text::tr("1. A namespace of its own");
    lesson.intro = Text::tr("The classic first experiment: make a network namespace called blue, connect it to the "
                      "host with a virtual cable, and see that it is a network of its own. At first, the host "
                      "cannot reach it.");
    lesson.steps = {
        {Text::tr("Create a network namespace called blue. It starts with nothing in it but its own loopback "
            "interface, lo, switched off."),
         {addNamespace(blue)}, {}},
        {Text::tr("Create a veth pair, veth0 and veth1, in the host: two interfaces joined like the ends of a "
            "cable. What goes in at one end comes out at the other."),
         {addVethPair(host, veth0, host, veth1)}, {}},
        {Text::tr("Move veth1 into blue. The cable now runs from the host into blue."),
         {{Action::moveLink(hostRef(), link(veth1), named(blue)),
           LessonChecks::vethWithPeerIn(blue, veth1, host, veth0)}}, {}},
        {Text::tr("Give veth1 the address 10.1.1.1/24."), {addAddress(blue, veth1, inBlue)}, {}},
        {Text::tr("Bring lo and veth1 in blue up. An interface that is down neither sends nor receives."),
         {bringUp(blue, lo), bringUp(blue, veth1)}, {}},
        ping(Text::tr("Ping 10.1.1.1 from inside blue. The address is blue's own, so this works."), blue,
             QStringLiteral("10.1.1.1"), true),
        ping(Text::tr("Now ping 10.1.1.1 from the host. This fails: blue is a network of its own and the host "
                "knows no way there. The reason is shown below."),
             host, QStringLiteral("10.1.1.1"), false),
        {Text::tr("Give the host's end of the cable, veth0, the address 10.1.1.2/24."),
         {addAddress(host, veth0, inHost)}, {}},
        {Text::tr("Bring veth0 up. With its address, this gives the host a route to 10.1.1.0/24 through veth0."),
         {bringUp(host, veth0)}, {}},
        ping(Text::tr("Ping 10.1.1.1 from the host again: now it works."), host, QStringLiteral("10.1.1.1"), true),
        ping(Text::tr("And the other way: ping 10.1.1.2, the host's end, from inside blue."), blue,
             QStringLiteral("10.1.1.2"), true),
    };
    return lesson;
}

Lesson bridge()
{
    const QString host, red = QStringLiteral("red"), green = QStringLiteral("green");
    const QString eth0 = QStringLiteral("eth0"), vred = QStringLiteral("vred"), vgreen = QStringLiteral("vgreen");
    const QString br0 = QStringLiteral("br0");
    Lesson lesson;
    lesson.id = QStringLiteral("bridge");
    lesson.title = Text::tr("2. Two namespaces and a bridge");
    lesson.intro = Text::tr("A bridge is a virtual switch. Connect two namespaces, red and green, to a bridge in the "
                      "host, and they can reach each other.");
    lesson.steps = {
        {Text::tr("Create two namespaces, red and green."), {addNamespace(red), addNamespace(green)}, {}},
        {Text::tr("Create a veth pair for each: vred in the host with eth0 in red, and vgreen in the host with eth0 "
            "in green. Each namespace has an eth0 of its own: a name needs to be unique only inside its "
            "namespace."),
         {{Action::addVethPair(hostRef(), vred, named(red), eth0),
           LessonChecks::vethWithPeerIn(host, vred, red, eth0)},
          {Action::addVethPair(hostRef(), vgreen, named(green), eth0),
           LessonChecks::vethWithPeerIn(host, vgreen, green, eth0)}},
         {}},
        {Text::tr("Give red's eth0 the address 10.2.2.1/24 and green's eth0 10.2.2.2/24, and bring both up."),
         {addAddress(red, eth0, QStringLiteral("10.2.2.1/24")), bringUp(red, eth0),
          addAddress(green, eth0, QStringLiteral("10.2.2.2/24")), bringUp(green, eth0)},
         {}},
        ping(Text::tr("Ping 10.2.2.2, green's address, from red. This fails: the host's ends, vred and vgreen, are "
                "down and joined to nothing. The reason is shown below."),
             red, QStringLiteral("10.2.2.2"), false),
        {Text::tr("Create a bridge, br0, in the host and bring it up."),
         {{Action::addBridge(hostRef(), br0), LessonChecks::bridgeExists(host, br0)}, bringUp(host, br0)}, {}},
        {Text::tr("Plug vred and vgreen into br0 and bring them up. The bridge now joins the two cables, as a "
            "switch would."),
         {{Action::setMaster(hostRef(), link(vred), link(br0)), LessonChecks::hasMaster(host, vred, br0)},
          {Action::setMaster(hostRef(), link(vgreen), link(br0)), LessonChecks::hasMaster(host, vgreen, br0)},
          bringUp(host, vred), bringUp(host, vgreen)},
         {}},
        ping(Text::tr("Ping 10.2.2.2 from red again: now it works."), red, QStringLiteral("10.2.2.2"), true),
        ping(Text::tr("And the other way: ping 10.2.2.1 from green."), green, QStringLiteral("10.2.2.1"), true),
    };
    return lesson;
}

Lesson nat()
{
    const QString host, outside = QStringLiteral("outside"), blue = QStringLiteral("blue");
    const QString eth0 = QStringLiteral("eth0"), vout = QStringLiteral("vout"), vblue = QStringLiteral("vblue");
    const QString away = QStringLiteral("203.0.113.1");
    Lesson lesson;
    lesson.id = QStringLiteral("nat");
    lesson.title = Text::tr("3. Reaching the outside through forwarding and NAT");
    lesson.intro = Text::tr("How a namespace reaches the network beyond its host. A namespace called outside stands in "
                      "for the physical network; the host is the router between it and blue. Forwarding lets "
                      "the host pass blue's packets on, and masquerading (NAT) lets the answers find their way "
                      "back.");
    lesson.playgroundOnly = true;
    lesson.steps = {
        {Text::tr("Create two namespaces: outside, the stand-in for the physical network, and blue."),
         {addNamespace(outside), addNamespace(blue)}, {}},
        {Text::tr("Connect both to the host: vout in the host with eth0 in outside, and vblue in the host with eth0 "
            "in blue."),
         {{Action::addVethPair(hostRef(), vout, named(outside), eth0),
           LessonChecks::vethWithPeerIn(host, vout, outside, eth0)},
          {Action::addVethPair(hostRef(), vblue, named(blue), eth0),
           LessonChecks::vethWithPeerIn(host, vblue, blue, eth0)}},
         {}},
        {Text::tr("Address the outside link: 203.0.113.1/24 on outside's eth0 and 203.0.113.2/24 on vout, both up."),
         {addAddress(outside, eth0, QStringLiteral("203.0.113.1/24")), bringUp(outside, eth0),
          addAddress(host, vout, QStringLiteral("203.0.113.2/24")), bringUp(host, vout)},
         {}},
        {Text::tr("Address the inside link: 10.3.3.1/24 on blue's eth0 and 10.3.3.2/24 on vblue, both up. Then give "
            "blue a default route via the host, 10.3.3.2: everything blue does not know goes there."),
         {addAddress(blue, eth0, QStringLiteral("10.3.3.1/24")), bringUp(blue, eth0),
          addAddress(host, vblue, QStringLiteral("10.3.3.2/24")), bringUp(host, vblue),
          {Action::addRoute(named(blue), QStringLiteral("default"), QStringLiteral("10.3.3.2"), link(eth0), 0),
           LessonChecks::hasRoute(blue, QStringLiteral("default"), QStringLiteral("10.3.3.2"))}},
         {}},
        {Text::tr("Turn on IPv4 forwarding in the host, so that it passes on packets that are not for itself."),
         {{Action::setForwarding(hostRef(), QStringLiteral("inet"), true), LessonChecks::forwardsIPv4(host)}}, {}},
        ping(Text::tr("Ping 203.0.113.1 from blue. The host forwards the request, but this still fails: outside "
                "has no route back to blue's 10.3.3.1, so the reply goes nowhere. The reason is shown below."),
             blue, away, false),
        {Text::tr("Turn on masquerading for what leaves the host by vout. The host then gives blue's packets its own "
            "address on vout, 203.0.113.2, which outside can answer, and turns the answers back."),
         {{Action::setMasquerade(hostRef(), link(vout), true), LessonChecks::masquerades(host, vout)}}, {}},
        ping(Text::tr("Ping 203.0.113.1 from blue again: now it works. Outside sees the ping come from 203.0.113.2."),
             blue, away, true),
    };
    return lesson;
}

} // namespace

bool LessonStep::isDoneIn(const Topology& topology) const
{
    if (isPing())
        return false;
    for (const LessonTask& task : tasks)
        if (!task.done(topology))
            return false;
    return true;
}

QList<Lesson> builtInLessons()
{
    return {tutorial(), bridge(), nat()};
}

NamespaceRef resolved(const NamespaceRef& ref, const Topology& topology)
{
    if (ref.isSet())
        return ref;
    const Namespace* host = topology.namespaceByName({});
    return NamespaceRef::byId(host ? host->id : 0);
}

Action resolved(const Action& action, const Topology& topology)
{
    Action out = action;
    if (action.type != Action::Type::AddNamespace)
        out.ns = resolved(action.ns, topology);
    if (action.type == Action::Type::AddVethPair || action.type == Action::Type::MoveLink)
        out.peerNs = resolved(action.peerNs, topology);
    return out;
}

QStringList stepCommands(const LessonStep& step, const Topology& topology)
{
    QStringList commands;
    if (step.ping)
        commands << pingCommand(resolved(named(step.ping->from), topology), step.ping->to, LessonPing::kCount, topology);
    for (const LessonTask& task : step.tasks)
        commands << ipCommand(resolved(task.action, topology), topology);
    return commands;
}

QList<Action> resetActions(const Lesson& lesson, const Topology& topology)
{
    const Namespace* host = topology.namespaceByName({});
    auto refOf = [host](const Namespace& ns) {
        return &ns == host ? NamespaceRef::byId(ns.id) : NamespaceRef::byName(ns.name);
    };
    auto namespaceOf = [&](const NamespaceRef& ref) {
        return ref.isSet() ? topology.namespaceByName(ref.name) : host;
    };
    QList<const Namespace*> namespaces;
    QList<QPair<const Namespace*, const Link*>> links;
    QList<Action> switchesOff; // forwarding and masquerading the lesson turned on
    QSet<QPair<NamespaceId, int>> going;
    // Marks the link called name in ns to go; false when ns has no such link.
    auto dropLink = [&](const Namespace* ns, const QString& name) {
        const Link* link = ns ? ns->linkByName(name) : nullptr;
        if (!link)
            return false;
        if (!going.contains({ns->id, link->ifindex})) {
            links.append({ns, link});
            going.insert({ns->id, link->ifindex});
            if (link->peer.isValid()) // a veth takes its peer along
                going.insert({link->peer.namespaceId, link->peer.ifindex});
        }
        return true;
    };
    for (const LessonStep& step : lesson.steps) {
        for (const LessonTask& task : step.tasks) {
            const Action& a = task.action;
            if (a.type == Action::Type::AddNamespace) {
                if (const Namespace* ns = topology.namespaceByName(a.name))
                    namespaces.append(ns);
            } else if (a.type == Action::Type::AddVethPair) {
                if (!dropLink(namespaceOf(a.ns), a.name))
                    dropLink(namespaceOf(a.peerNs), a.peerName);
            } else if (a.type == Action::Type::AddBridge) {
                dropLink(namespaceOf(a.ns), a.name);
            } else if (a.type == Action::Type::SetForwarding && a.flag) {
                const Namespace* ns = namespaceOf(a.ns);
                const bool v4 = a.family == QLatin1String("inet");
                if (ns && (v4 ? ns->forwardingV4 : ns->forwardingV6))
                    switchesOff << Action::setForwarding(refOf(*ns), a.family, false);
            } else if (a.type == Action::Type::SetMasquerade && a.flag) {
                const Namespace* ns = namespaceOf(a.ns);
                if (const Link* l = ns ? ns->linkByName(a.link.name) : nullptr; l && l->masquerade)
                    switchesOff << Action::setMasquerade(refOf(*ns), {l->name, l->ifindex}, false);
            }
        }
    }
    // Switches first, while the links they name are there; then links: a namespace
    // going away takes its links along, and a later delete of one of them would fail
    // the batch.
    QList<Action> actions = switchesOff;
    for (const auto& [ns, link] : links)
        if (!namespaces.contains(ns))
            actions << Action::deleteLink(refOf(*ns), {link->name, link->ifindex});
    for (const Namespace* ns : namespaces)
        actions << Action::deleteNamespace(refOf(*ns));
    return actions;
}

namespace LessonChecks {

TopologyCheck namespaceExists(const QString& ns)
{
    return [ns](const Topology& t) { return t.namespaceByName(ns) != nullptr; };
}

TopologyCheck vethWithPeer(const QString& ns, const QString& link, const QString& peer)
{
    return [=](const Topology& t) {
        const Link* l = lessonLink(t, ns, link);
        return l && l->kind == QLatin1String("veth") && l->peer.isValid() && l->peer.name == peer;
    };
}

TopologyCheck vethWithPeerIn(const QString& ns, const QString& link, const QString& peerNs, const QString& peer)
{
    return [=](const Topology& t) {
        const Link* l = lessonLink(t, ns, link);
        const Namespace* other = t.namespaceByName(peerNs);
        return l && other && l->kind == QLatin1String("veth") && l->peer.namespaceId == other->id &&
               l->peer.name == peer;
    };
}

TopologyCheck bridgeExists(const QString& ns, const QString& name)
{
    return [=](const Topology& t) {
        const Link* l = lessonLink(t, ns, name);
        return l && l->kind == QLatin1String("bridge");
    };
}

TopologyCheck hasAddress(const QString& ns, const QString& link, const QString& cidr)
{
    return [=](const Topology& t) {
        const Link* l = lessonLink(t, ns, link);
        return l && l->addresses.contains(cidr);
    };
}

TopologyCheck isUp(const QString& ns, const QString& link)
{
    return [=](const Topology& t) {
        const Link* l = lessonLink(t, ns, link);
        return l && l->up;
    };
}

TopologyCheck hasMaster(const QString& ns, const QString& link, const QString& bridge)
{
    return [=](const Topology& t) {
        const Link* l = lessonLink(t, ns, link);
        return l && l->master == bridge;
    };
}

TopologyCheck hasRoute(const QString& ns, const QString& dst, const QString& gateway)
{
    return [=](const Topology& t) {
        const Namespace* n = t.namespaceByName(ns);
        return n && std::any_of(n->routes.cbegin(), n->routes.cend(),
                                [&](const Route& r) { return r.dst == dst && r.gateway == gateway; });
    };
}

TopologyCheck forwardsIPv4(const QString& ns)
{
    return [=](const Topology& t) {
        const Namespace* n = t.namespaceByName(ns);
        return n && n->forwardingV4;
    };
}

TopologyCheck masquerades(const QString& ns, const QString& link)
{
    return [=](const Topology& t) {
        const Link* l = lessonLink(t, ns, link);
        return l && l->masquerade;
    };
}

} // namespace LessonChecks

LessonProgress::LessonProgress(Lesson lesson)
    : m_lesson(std::move(lesson)), m_changeDone(m_lesson.steps.size(), false),
      m_pingDone(m_lesson.steps.size(), false)
{
}

bool LessonProgress::update(const Topology& topology)
{
    bool changed = false;
    for (int i = 0; i < m_lesson.steps.size(); ++i) {
        const bool done = m_lesson.steps[i].isDoneIn(topology);
        changed = changed || done != m_changeDone[i];
        m_changeDone[i] = done;
    }
    for (int i = 0; i < m_lesson.steps.size(); ++i) {
        if (m_pingDone[i] && !earlierChangesDone(i)) {
            m_pingDone[i] = false;
            changed = true;
        }
    }
    return changed;
}

bool LessonProgress::recordPing(int step, bool gotReplies)
{
    if (step < 0 || step >= m_lesson.steps.size() || !m_lesson.steps[step].isPing())
        return false;
    m_pingDone[step] = gotReplies == m_lesson.steps[step].ping->expectReplies && earlierChangesDone(step);
    return m_pingDone[step];
}

void LessonProgress::forgetPings()
{
    m_pingDone.fill(false);
}

bool LessonProgress::isDone(int step) const
{
    if (step < 0 || step >= m_lesson.steps.size())
        return false;
    return m_lesson.steps[step].isPing() ? m_pingDone[step] : m_changeDone[step];
}

bool LessonProgress::earlierChangesDone(int step) const
{
    for (int i = 0; i < step && i < m_lesson.steps.size(); ++i)
        if (!m_lesson.steps[i].isPing() && !m_changeDone[i])
            return false;
    return true;
}

int LessonProgress::nextOpen() const
{
    for (int i = 0; i < m_lesson.steps.size(); ++i)
        if (!isDone(i))
            return i;
    return -1;
}

int LessonProgress::doneCount() const
{
    int count = 0;
    for (int i = 0; i < m_lesson.steps.size(); ++i)
        count += isDone(i);
    return count;
}

} // namespace NetnsStudio
