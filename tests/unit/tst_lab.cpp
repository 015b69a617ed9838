// SPDX-License-Identifier: GPL-3.0-or-later
// Lab files: reading (and its errors, with line and column), writing, validation,
// the plan that applies or destroys a lab against a topology, and capturing one.
#include "IpCommand.h"
#include "Lab.h"
#include "LabPlan.h"
#include "LabYaml.h"

#include <QTest>

using namespace NetnsStudio;

namespace {

constexpr NamespaceId kHost = 4026531840;
constexpr NamespaceId kRed = 4026532300;
constexpr NamespaceId kBlue = 4026532301;

const char* const kRouterLab = R"(# two subnets and a router
version: 1
title: router
namespaces:
  - name: red
    routes:
      - {to: default, via: 10.0.1.1}
  - name: router
    forwarding: {ipv4: true}
    position: {x: 10, y: -20.5}
  - name: blue
    loopback-up: false
    routes:
      - to: 10.0.1.0/24
        via: 10.0.2.1
        dev: b0
        metric: 5
links:
  - type: veth
    ends:
      - {namespace: red, name: r0, addresses: [10.0.1.2/24]}
      - {namespace: router, name: rr, addresses: [10.0.1.1/24, "fd00::1/64"], mtu: 1400}
  - type: veth
    ends:
      - namespace: blue
        name: b0
        addresses: [10.0.2.2/24]
      - namespace: router
        name: rb
        up: false
        addresses: [10.0.2.1/24]
  - type: bridge
    namespace: host
    name: br0
    ports: [h0]
  - type: veth
    ends:
      - {namespace: host, name: h0}
      - {namespace: blue, name: bh}
)";

Lab routerLab()
{
    QList<LabProblem> problems;
    const auto lab = LabYaml::read(kRouterLab, &problems);
    if (!lab)
        qFatal("the router lab does not read: %s", qPrintable(problems.value(0).toString(QStringLiteral("lab"))));
    return *lab;
}

Link link(int ifindex, const QString& name, const QString& kind, bool up, QStringList addresses = {})
{
    Link l;
    l.ifindex = ifindex;
    l.name = name;
    l.kind = kind;
    l.up = up;
    l.mtu = name == QLatin1String("lo") ? 65536 : 1500;
    l.addresses = addresses;
    return l;
}

Link veth(int ifindex, const QString& name, NamespaceId peerNs, int peerIndex, bool up, QStringList addresses = {})
{
    Link l = link(ifindex, name, QStringLiteral("veth"), up, addresses);
    l.peer = {peerNs, peerIndex, {}};
    return l;
}

Namespace ns(NamespaceId id, const QString& name, QList<Link> links)
{
    Namespace n;
    n.id = id;
    n.name = name;
    n.label = name.isEmpty() ? QStringLiteral("host") : name;
    n.kind = name.isEmpty() ? NamespaceKind::Host : NamespaceKind::Named;
    n.links = links;
    return n;
}

/// The tutorial's blue as the helper reports it after the lab below is applied.
const char* const kBlueLab = R"(namespaces:
  - name: blue
links:
  - type: veth
    ends:
      - {namespace: host, name: veth0, up: false}
      - {namespace: blue, name: veth1, addresses: [10.1.1.1/24]}
)";

Topology blueApplied()
{
    Namespace host = ns(kHost, {}, {link(1, QStringLiteral("lo"), {}, true), veth(5, QStringLiteral("veth0"), kBlue, 2, false)});
    Namespace blue = ns(kBlue, QStringLiteral("blue"),
                        {link(1, QStringLiteral("lo"), {}, true),
                         veth(2, QStringLiteral("veth1"), kHost, 5, true, {QStringLiteral("10.1.1.1/24"),
                                                                          QStringLiteral("fe80::1/64")})});
    Route kernel;
    kernel.family = QStringLiteral("inet");
    kernel.type = QStringLiteral("unicast");
    kernel.dst = QStringLiteral("10.1.1.0/24");
    kernel.dev = QStringLiteral("veth1");
    kernel.protocol = QStringLiteral("kernel");
    blue.routes << kernel;
    return {{host, blue}};
}

QStringList commands(const QList<Action>& actions, const Topology& topology)
{
    QStringList lines;
    for (const Action& a : actions)
        lines << ipCommand(a, topology);
    return lines;
}

} // namespace

class TestLab : public QObject {
    Q_OBJECT
private slots:
    void readsEveryField()
    {
        const Lab lab = routerLab();
        QCOMPARE(lab.title, QStringLiteral("router"));
        QCOMPARE(lab.namespaces.size(), 3);
        QCOMPARE(lab.namespaces[1].forwardingV4, std::optional<bool>(true));
        QCOMPARE(lab.namespaces[1].forwardingV6, std::optional<bool>());
        QCOMPARE(lab.namespaces[1].position, std::optional<QPointF>(QPointF(10, -20.5)));
        QCOMPARE(lab.namespaces[2].loopbackUp, false);
        QCOMPARE(lab.namespaces[2].routes[0].metric, 5u);
        QCOMPARE(lab.namespaces[2].mark.line, 11);
        QCOMPARE(lab.veths.size(), 3);
        QCOMPARE(lab.veths[0].ends[1].mtu, 1400u);
        QCOMPARE(lab.veths[0].ends[1].addresses, QStringList({QStringLiteral("10.0.1.1/24"), QStringLiteral("fd00::1/64")}));
        QCOMPARE(lab.veths[1].ends[1].up, false);
        QCOMPARE(lab.bridges.size(), 1);
        QCOMPARE(lab.bridges[0].ports, QStringList{QStringLiteral("h0")});
    }

    void writesWhatItReads()
    {
        Lab lab = routerLab();
        // Names YAML would otherwise take for something else.
        lab.title = QStringLiteral("it's: #1 [lab]");
        lab.namespaces[0].name = QStringLiteral("yes");
        for (LabVeth& v : lab.veths)
            for (LabInterface& end : v.ends)
                if (end.ns == QLatin1String("red"))
                    end.ns = QStringLiteral("yes");
        lab.namespaces[2].forwardingV6 = false;
        QList<LabProblem> problems;
        const auto again = LabYaml::read(LabYaml::write(lab), &problems);
        QVERIFY2(again, qPrintable(problems.value(0).toString(QStringLiteral("written"))));
        QCOMPARE(*again, lab);
        QCOMPARE(LabYaml::write(*again), LabYaml::write(lab));
    }

    void refusesWithLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        QTest::newRow("broken yaml") << QByteArray("namespaces:\n  - name: [a\n") << 3 << 1 << "not valid YAML";
        QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << 1 << 1 << "expected a lab";
        QTest::newRow("empty") << QByteArray("") << 1 << 1 << "empty";
        QTest::newRow("unknown top key") << QByteArray("namespaces: []\nlink: []\n") << 2 << 1 << "unknown key 'link'";
        QTest::newRow("repeated key") << QByteArray("namespaces:\n  - name: a\n    name: b\n") << 3 << 5 << "given twice";
        QTest::newRow("wrong type") << QByteArray("namespaces:\n  - name: a\n    loopback-up: maybe\n") << 3 << 18
                                    << "true or false";
        QTest::newRow("list expected") << QByteArray("namespaces: blue\n") << 1 << 13 << "a list of namespaces";
        QTest::newRow("name missing") << QByteArray("namespaces:\n  - routes: []\n") << 2 << 5 << "'name' is missing";
        QTest::newRow("duplicate namespace")
            << QByteArray("namespaces:\n  - name: a\n  - name: a\n") << 3 << 5 << "declared twice (first on line 2)";
        QTest::newRow("bad namespace name") << QByteArray("namespaces:\n  - name: a/b\n") << 2 << 5 << "'/'";
        QTest::newRow("missing namespace")
            << QByteArray("namespaces: []\nlinks:\n  - type: bridge\n    namespace: red\n    name: br0\n") << 3 << 5
            << "'red'";
        QTest::newRow("bad address")
            << QByteArray("links:\n  - type: bridge\n    namespace: host\n    name: br0\n    addresses: [10.1.1.300/24]\n")
            << 2 << 5 << "10.1.1.300/24";
        QTest::newRow("mtu out of range")
            << QByteArray("links:\n  - type: bridge\n    namespace: host\n    name: br0\n    mtu: 99999\n") << 5 << 10
            << "MTU";
        QTest::newRow("mtu zero")
            << QByteArray("links:\n  - type: bridge\n    namespace: host\n    name: br0\n    mtu: 0\n") << 5 << 10
            << "from 1 to 65536";
        QTest::newRow("unknown link type") << QByteArray("links:\n  - type: vxlan\n") << 2 << 11 << "veth or bridge";
        QTest::newRow("one veth end")
            << QByteArray("links:\n  - type: veth\n    ends: [{namespace: host, name: a}]\n") << 3 << 11 << "two ends";
        QTest::newRow("port that is not there")
            << QByteArray("links:\n  - type: bridge\n    namespace: host\n    name: br0\n    ports: [p]\n") << 2 << 5
            << "port 'p'";
        QTest::newRow("route without via or dev")
            << QByteArray("namespaces:\n  - name: a\n    routes:\n      - to: default\n") << 4 << 9 << "needs 'via'";
        QTest::newRow("route through a missing link")
            << QByteArray("namespaces:\n  - name: a\n    routes:\n      - {to: 10.0.0.0/8, dev: eth0}\n") << 4 << 9
            << "'eth0'";
        QTest::newRow("route families differ")
            << QByteArray("namespaces:\n  - name: a\n    routes:\n      - {to: 10.0.0.0/8, via: 'fd00::1'}\n") << 4 << 9
            << "same IP version";
        QTest::newRow("route to a host address with prefix")
            << QByteArray("namespaces:\n  - name: a\n    routes:\n      - {to: 10.0.0.1/8, via: 10.9.9.9}\n") << 4 << 9
            << "10.0.0.0/8";
        QTest::newRow("two documents") << QByteArray("namespaces: []\n---\nnamespaces: []\n") << 3 << 1 << "2 YAML documents";
        QTest::newRow("deep nesting") << QByteArray(20000, '[') << 1 << 1 << "not valid YAML";
        QTest::newRow("lo declared")
            << QByteArray("links:\n  - type: veth\n    ends: [{namespace: host, name: lo}, {namespace: host, name: x}]\n")
            << 3 << 12 << "loopback";
        QTest::newRow("wrong version") << QByteArray("version: 2\n") << 1 << 10 << "version 1";
    }

    void refusesWithLineAndColumn()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        QList<LabProblem> problems;
        QVERIFY(!LabYaml::read(yaml, &problems));
        QVERIFY(!problems.isEmpty());
        const QString first = problems.first().toString(QStringLiteral("lab.yaml"));
        QVERIFY2(first.contains(says), qPrintable(first));
        if (yaml.startsWith('[')) // where yaml-cpp gives up on deep nesting is its business
            return;
        QCOMPARE(first.section(QLatin1Char(':'), 0, 2), QStringLiteral("lab.yaml:%1:%2").arg(line).arg(column));
    }

    void planOnAFreshHostIsEveryStep()
    {
        const Topology fresh = LabPlan::freshHost();
        const LabPlan::Plan plan = LabPlan::apply(routerLab(), fresh);
        QVERIFY(plan.conflicts.isEmpty());
        const QStringList expected = {
            QStringLiteral("ip netns add red"),
            QStringLiteral("ip netns add router"),
            QStringLiteral("ip netns add blue"),
            QStringLiteral("ip link add br0 type bridge"),
            QStringLiteral("ip -n red link add r0 type veth peer name rr netns router"),
            QStringLiteral("ip -n blue link add b0 type veth peer name rb netns router"),
            QStringLiteral("ip link add h0 type veth peer name bh netns blue"),
            QStringLiteral("ip -n router link set rr mtu 1400"),
            QStringLiteral("ip link set h0 master br0"),
            QStringLiteral("ip -n red addr add 10.0.1.2/24 dev r0"),
            QStringLiteral("ip -n router addr add 10.0.1.1/24 dev rr"),
            QStringLiteral("ip -n router addr add fd00::1/64 dev rr"),
            QStringLiteral("ip -n blue addr add 10.0.2.2/24 dev b0"),
            QStringLiteral("ip -n router addr add 10.0.2.1/24 dev rb"),
            QStringLiteral("ip link set br0 up"),
            QStringLiteral("ip -n red link set r0 up"),
            QStringLiteral("ip -n router link set rr up"),
            QStringLiteral("ip -n blue link set b0 up"),
            QStringLiteral("ip link set h0 up"),
            QStringLiteral("ip -n blue link set bh up"),
            QStringLiteral("ip -n red link set lo up"),
            QStringLiteral("ip -n router link set lo up"),
            QStringLiteral("ip -n red route add default via 10.0.1.1"),
            QStringLiteral("ip -n blue route add 10.0.1.0/24 via 10.0.2.1 dev b0 metric 5"),
            QStringLiteral("ip netns exec router sysctl -w net.ipv4.ip_forward=1"),
        };
        QCOMPARE(commands(plan.actions, fresh), expected);
        for (const Action& a : plan.actions)
            QVERIFY2(!checkAction(a), qPrintable(checkAction(a).message));
    }

    void planAgainstWhatIsThereIsEmpty()
    {
        QList<LabProblem> problems;
        const Lab lab = *LabYaml::read(kBlueLab, &problems);
        QVERIFY(LabPlan::apply(lab, blueApplied()).actions.isEmpty());
    }

    void planAddsOnlyWhatIsMissing()
    {
        QList<LabProblem> problems;
        const Lab lab = *LabYaml::read(kBlueLab, &problems);
        Topology live = blueApplied();
        live.namespaces[1].links[1].addresses.clear();
        live.namespaces[1].links[0].up = false;
        live.namespaces[0].links[1].up = true;
        const LabPlan::Plan plan = LabPlan::apply(lab, live);
        QCOMPARE(commands(plan.actions, live), QStringList({QStringLiteral("ip -n blue addr add 10.1.1.1/24 dev veth1"),
                                                           QStringLiteral("ip link set veth0 down"),
                                                           QStringLiteral("ip -n blue link set lo up")}));
    }

    void conflictsAreNamed()
    {
        QList<LabProblem> problems;
        const Lab lab = *LabYaml::read(kBlueLab, &problems);
        Topology live = blueApplied();
        live.namespaces[1].links[1].kind = QStringLiteral("dummy"); // veth1 is no veth
        live.namespaces[1].links[1].peer = {};
        const LabPlan::Plan plan = LabPlan::apply(lab, live);
        QCOMPARE(plan.conflicts.size(), 1);
        QVERIFY2(plan.conflicts[0].contains(QStringLiteral("veth0")), qPrintable(plan.conflicts[0]));
    }

    void destroyRemovesTheHostEndsThenTheNamespaces()
    {
        QList<LabProblem> problems;
        const Lab lab = *LabYaml::read(kBlueLab, &problems);
        const Topology live = blueApplied();
        QCOMPARE(commands(LabPlan::destroy(lab, live).actions, live),
                 QStringList({QStringLiteral("ip link del veth0"), QStringLiteral("ip netns del blue")}));
        QVERIFY(LabPlan::destroy(lab, LabPlan::freshHost()).actions.isEmpty());
    }

    void masqueradeGoesRoundTheLoop()
    {
        QList<LabProblem> problems;
        const auto read = LabYaml::read(QByteArray(kBlueLab).replace("up: false}", "up: false, masquerade: true}"),
                                        &problems);
        QVERIFY2(read, qPrintable(problems.value(0).toString(QStringLiteral("lab"))));
        const Lab lab = *read;
        QVERIFY(lab.veths[0].ends[0].masquerade);
        QVERIFY(!lab.veths[0].ends[1].masquerade);
        QVERIFY(LabYaml::write(lab).contains("masquerade: true"));
        QCOMPARE(*LabYaml::read(LabYaml::write(lab), &problems), lab);

        // Applied last, when the host does not masquerade yet; nothing to do when it does.
        Topology live = blueApplied();
        const Action on = Action::setMasquerade(NamespaceRef::byId(kHost), {QStringLiteral("veth0"), 0}, true);
        QCOMPARE(LabPlan::apply(lab, live).actions, QList<Action>{on});
        const Topology fresh = LabPlan::freshHost();
        QCOMPARE(ipCommand(LabPlan::apply(lab, fresh).actions.last(), fresh), ipCommand(on, live));
        live.namespaces[0].links[1].masquerade = true;
        QVERIFY(LabPlan::apply(lab, live).actions.isEmpty());

        // Destroy turns it off first, while veth0 is there to name.
        QCOMPARE(commands(LabPlan::destroy(lab, live).actions, live),
                 QStringList({ipCommand(Action::setMasquerade(NamespaceRef::byId(kHost), {QStringLiteral("veth0"), 0},
                                                               false),
                                        live),
                              QStringLiteral("ip link del veth0"), QStringLiteral("ip netns del blue")}));

        // Saved as it is.
        QStringList leftOut;
        QString error;
        const auto captured = LabPlan::capture(live, {QStringLiteral("blue")}, &leftOut, &error);
        QVERIFY2(captured, qPrintable(error));
        QVERIFY(captured->veths[0].ends[1].masquerade); // the host's end, taken from blue's side
        QVERIFY(!captured->veths[0].ends[0].masquerade);
    }

    void captureGivesBackTheLab()
    {
        Topology live = blueApplied();
        Namespace other = ns(kRed, QStringLiteral("red"), {link(1, QStringLiteral("lo"), {}, false)});
        Link vx = link(3, QStringLiteral("vx0"), QStringLiteral("vxlan"), true);
        live.namespaces[1].links << vx;
        live.namespaces << other;
        QStringList leftOut;
        QString error;
        const auto lab = LabPlan::capture(live, {QStringLiteral("blue")}, &leftOut, &error);
        QVERIFY2(lab, qPrintable(error));
        QList<LabProblem> problems;
        Lab expected = *LabYaml::read(kBlueLab, &problems);
        std::swap(expected.veths[0].ends[0], expected.veths[0].ends[1]); // taken from blue's side
        QCOMPARE(*lab, expected);
        QCOMPARE(leftOut.size(), 1);
        QVERIFY(leftOut[0].contains(QStringLiteral("vxlan")));

        QVERIFY(!LabPlan::capture(live, {QStringLiteral("green")}, &leftOut, &error));
        QVERIFY(error.contains(QStringLiteral("green")));
        const auto all = LabPlan::capture(live, {}, &leftOut, &error);
        QCOMPARE(all->createdNamespaces(), QStringList({QStringLiteral("blue"), QStringLiteral("red")}));
        QCOMPARE(all->namespaces[1].loopbackUp, false);
    }
};

QTEST_GUILESS_MAIN(TestLab)
#include "tst_lab.moc"
