// SPDX-License-Identifier: GPL-3.0-or-later
// The explainer's later kernel rules on hand-made topologies, without root: the same
// shapes as tests/explain/known_gaps.sh, whose verdicts real pings decide.
#include "PathExplainer.h"

#include <QTest>

using namespace NetnsStudio;

namespace {

/// A topology written the way `ip` would make it.
class Net {
public:
    Namespace& ns(const QString& name)
    {
        for (Namespace& n : m_topology.namespaces)
            if (n.name == name)
                return n;
        Namespace n;
        n.id = NamespaceId(m_topology.namespaces.size() + 1);
        n.name = n.label = name;
        n.kind = NamespaceKind::Named;
        Link lo;
        lo.ifindex = 1;
        lo.name = QStringLiteral("lo");
        lo.linkType = QStringLiteral("loopback");
        lo.up = true;
        lo.operstate = QStringLiteral("UNKNOWN");
        lo.addresses = {QStringLiteral("127.0.0.1/8")};
        n.links.append(lo);
        m_topology.namespaces.append(n);
        return m_topology.namespaces.last();
    }

    Link& link(const QString& nsName, const QString& name, const QString& kind, const QString& master = {})
    {
        Namespace& n = ns(nsName);
        Link l;
        l.ifindex = int(n.links.size()) + 1;
        l.name = name;
        l.kind = kind;
        l.linkType = QStringLiteral("ether");
        l.up = true;
        l.operstate = QStringLiteral("UP");
        l.master = master;
        n.links.append(l);
        return n.links.last();
    }

    /// A veth pair; an end given a master is a port of that bridge.
    void veth(const QString& a, const QString& aName, const QString& b, const QString& bName,
              const QString& aMaster = {})
    {
        // Indexes, not references: adding a namespace or link moves the others.
        const int one = link(a, aName, QStringLiteral("veth"), aMaster).ifindex;
        const int other = link(b, bName, QStringLiteral("veth")).ifindex;
        linkIn(a, aName).peer = {ns(b).id, other, bName};
        linkIn(b, bName).peer = {ns(a).id, one, aName};
    }

    Link& linkIn(const QString& nsName, const QString& name)
    {
        for (Link& l : ns(nsName).links)
            if (l.name == name)
                return l;
        qFatal("no link %s in %s", qPrintable(name), qPrintable(nsName));
    }

    /// An address, and the kernel's connected route unless it is a host address.
    void addr(const QString& nsName, const QString& dev, const QString& cidr, const QString& subnet = {})
    {
        linkIn(nsName, dev).addresses.append(cidr);
        if (!subnet.isEmpty())
            route(nsName, subnet, dev, {}, QStringLiteral("kernel"));
    }

    void route(const QString& nsName, const QString& dst, const QString& dev, const QString& gateway = {},
               const QString& protocol = QStringLiteral("boot"))
    {
        ns(nsName).routes.append({QStringLiteral("inet"), QStringLiteral("unicast"), dst, gateway, dev,
                                  gateway.isEmpty() ? QStringLiteral("link") : QStringLiteral("global"),
                                  protocol, 0, {}});
    }

    PathExplanation explain(const QString& from, const QString& address)
    {
        return PathExplainer(m_topology).explain(ns(from).id, address);
    }

private:
    Topology m_topology;
};

/// a and b on a bridge in s, which masquerades what leaves the bridge; b knows only
/// the way to the bridge's address (known_gaps.sh: bridged_nat).
Net bridgedNat(bool bridgeNetfilter, bool forwarding)
{
    Net net;
    net.link(QStringLiteral("s"), QStringLiteral("br0"), QStringLiteral("bridge")).masquerade = true;
    net.addr(QStringLiteral("s"), QStringLiteral("br0"), QStringLiteral("10.0.0.254/24"), QStringLiteral("10.0.0.0/24"));
    net.ns(QStringLiteral("s")).bridgeNetfilter = bridgeNetfilter;
    net.ns(QStringLiteral("s")).forwardingV4 = forwarding;
    net.veth(QStringLiteral("s"), QStringLiteral("pa"), QStringLiteral("a"), QStringLiteral("va"), QStringLiteral("br0"));
    net.veth(QStringLiteral("s"), QStringLiteral("pb"), QStringLiteral("b"), QStringLiteral("vb"), QStringLiteral("br0"));
    net.addr(QStringLiteral("a"), QStringLiteral("va"), QStringLiteral("10.0.0.1/24"), QStringLiteral("10.0.0.0/24"));
    net.addr(QStringLiteral("b"), QStringLiteral("vb"), QStringLiteral("10.0.0.2/32"));
    net.route(QStringLiteral("b"), QStringLiteral("10.0.0.254/32"), QStringLiteral("vb"));
    return net;
}

} // namespace

class TestExplainer : public QObject {
    Q_OBJECT
private slots:
    void arpAnsweredWhereTheReversePathFilterLetsTheAskerIn()
    {
        // s hears a's ARP request on its bridge (no way back to a there) and on vs.
        Net net;
        net.link(QStringLiteral("s"), QStringLiteral("br0"), QStringLiteral("bridge"));
        net.addr(QStringLiteral("s"), QStringLiteral("br0"), QStringLiteral("10.9.0.1/24"), QStringLiteral("10.9.0.0/24"));
        net.veth(QStringLiteral("s"), QStringLiteral("pa"), QStringLiteral("a"), QStringLiteral("va"), QStringLiteral("br0"));
        net.veth(QStringLiteral("s"), QStringLiteral("ps"), QStringLiteral("s"), QStringLiteral("vs"), QStringLiteral("br0"));
        net.addr(QStringLiteral("s"), QStringLiteral("vs"), QStringLiteral("10.0.0.1/24"), QStringLiteral("10.0.0.0/24"));
        net.addr(QStringLiteral("a"), QStringLiteral("va"), QStringLiteral("10.0.0.2/24"), QStringLiteral("10.0.0.0/24"));
        for (Link& l : net.ns(QStringLiteral("s")).links)
            l.rpFilter = 1;
        const PathExplanation e = net.explain(QStringLiteral("a"), QStringLiteral("10.0.0.1"));
        QVERIFY2(e.works(), qPrintable(e.reason));

        // Without vs nobody answers: the bridge's filter refuses the asker.
        net.linkIn(QStringLiteral("s"), QStringLiteral("vs")).up = false;
        const PathExplanation refused = net.explain(QStringLiteral("a"), QStringLiteral("10.0.0.1"));
        QCOMPARE(pathProblemName(refused.problem), QStringLiteral("rp-filter"));
        QVERIFY2(refused.reason.contains(QStringLiteral("ARP request")), qPrintable(refused.reason));
    }

    void bridgedMasquerading()
    {
        Net on = bridgedNat(true, true);
        const PathExplanation works = on.explain(QStringLiteral("a"), QStringLiteral("10.0.0.2"));
        QVERIFY2(works.works(), qPrintable(works.reason));
        QVERIFY(works.forward.first().note.contains(QStringLiteral("10.0.0.254")));

        Net off = bridgedNat(false, true);
        QCOMPARE(pathProblemName(off.explain(QStringLiteral("a"), QStringLiteral("10.0.0.2")).problem),
                 QStringLiteral("no-route"));

        Net noForwarding = bridgedNat(true, false);
        QCOMPARE(pathProblemName(noForwarding.explain(QStringLiteral("a"), QStringLiteral("10.0.0.2")).problem),
                 QStringLiteral("forwarding-off"));
    }

    void aSourceTheReceiverHasIsForged()
    {
        Net net;
        net.veth(QStringLiteral("a"), QStringLiteral("va"), QStringLiteral("b"), QStringLiteral("vb"));
        net.addr(QStringLiteral("a"), QStringLiteral("va"), QStringLiteral("10.0.0.1/24"), QStringLiteral("10.0.0.0/24"));
        net.addr(QStringLiteral("b"), QStringLiteral("vb"), QStringLiteral("10.0.0.2/24"), QStringLiteral("10.0.0.0/24"));
        QVERIFY(net.explain(QStringLiteral("a"), QStringLiteral("10.0.0.2")).works());
        net.addr(QStringLiteral("b"), QStringLiteral("lo"), QStringLiteral("10.0.0.1/32"));
        QCOMPARE(pathProblemName(net.explain(QStringLiteral("a"), QStringLiteral("10.0.0.2")).problem),
                 QStringLiteral("martian-source"));
    }

    void aMasqueradedConnectionMayNotLeaveByAnotherInterface()
    {
        // s sends out of vs, whose peer is a port of s's own bridge.
        Net net;
        net.link(QStringLiteral("s"), QStringLiteral("br0"), QStringLiteral("bridge"));
        net.ns(QStringLiteral("s")).bridgeNetfilter = true;
        net.veth(QStringLiteral("s"), QStringLiteral("ps"), QStringLiteral("s"), QStringLiteral("vs"), QStringLiteral("br0"));
        net.veth(QStringLiteral("s"), QStringLiteral("pb"), QStringLiteral("b"), QStringLiteral("vb"), QStringLiteral("br0"));
        net.addr(QStringLiteral("s"), QStringLiteral("vs"), QStringLiteral("10.0.0.1/24"), QStringLiteral("10.0.0.0/24"));
        net.addr(QStringLiteral("b"), QStringLiteral("vb"), QStringLiteral("10.0.0.2/24"), QStringLiteral("10.0.0.0/24"));
        QVERIFY(net.explain(QStringLiteral("s"), QStringLiteral("10.0.0.2")).works());
        net.linkIn(QStringLiteral("s"), QStringLiteral("vs")).masquerade = true;
        QCOMPARE(pathProblemName(net.explain(QStringLiteral("s"), QStringLiteral("10.0.0.2")).problem),
                 QStringLiteral("nat-oif-changed"));
        // Without br_netfilter the bridge passes it on untouched.
        net.ns(QStringLiteral("s")).bridgeNetfilter = false;
        QVERIFY(net.explain(QStringLiteral("s"), QStringLiteral("10.0.0.2")).works());
    }
};

QTEST_GUILESS_MAIN(TestExplainer)
#include "tst_explainer.moc"
