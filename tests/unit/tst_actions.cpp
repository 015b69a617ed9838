// SPDX-License-Identifier: GPL-3.0-or-later
// The edit vocabulary: its dictionary and JSON forms, its checks, and the ip
// command text of the tutorial's steps, word for word.
#include "Action.h"
#include "IpCommand.h"
#include "TopologyDBus.h"

Q_DECLARE_METATYPE(NetnsStudio::Action)

#include <QJsonDocument>
#include <QTest>

using namespace NetnsStudio;

namespace {

constexpr NamespaceId kHost = 4026531840;
constexpr NamespaceId kBlue = 4026532247;
constexpr NamespaceId kHeld = 4026532300;

Topology tutorialTopology()
{
    Topology t;
    Namespace host;
    host.id = kHost;
    host.kind = NamespaceKind::Host;
    host.label = QStringLiteral("host");
    Namespace blue;
    blue.id = kBlue;
    blue.kind = NamespaceKind::Named;
    blue.name = blue.label = QStringLiteral("blue");
    Namespace held;
    held.id = kHeld;
    held.kind = NamespaceKind::Process;
    held.pids = {4242};
    held.label = QStringLiteral("pid 4242 (sleep)");
    t.namespaces = {host, blue, held};
    return t;
}

QList<Action> everyType()
{
    const NamespaceRef blue = NamespaceRef::byId(kBlue);
    const NamespaceRef red = NamespaceRef::byName(QStringLiteral("red"));
    const LinkRef veth1{QStringLiteral("veth1"), 9};
    return {
        Action::addNamespace(QStringLiteral("red")),
        Action::deleteNamespace(red),
        Action::attachNamespace(NamespaceRef::byId(kHeld), QStringLiteral("held")),
        Action::addVethPair(NamespaceRef::byId(kHost), QStringLiteral("veth0"), blue, QStringLiteral("veth1")),
        Action::moveLink(blue, veth1, red),
        Action::renameLink(blue, veth1, QStringLiteral("eth0")),
        Action::setLinkUp(blue, veth1, true),
        Action::setMtu(blue, veth1, 1400),
        Action::addAddress(blue, veth1, QStringLiteral("10.1.1.1/24")),
        Action::deleteAddress(blue, veth1, QStringLiteral("fd00::1/64")),
        Action::addRoute(blue, QStringLiteral("default"), QStringLiteral("10.1.1.2"), veth1, 100),
        Action::deleteRoute(blue, QStringLiteral("10.9.0.0/16"), QString(), veth1, 0),
        Action::addBridge(blue, QStringLiteral("br0")),
        Action::setMaster(blue, veth1, {QStringLiteral("br0"), 3}),
        Action::deleteLink(blue, veth1),
        Action::setForwarding(blue, QStringLiteral("inet6"), true),
        Action::setMasquerade(blue, veth1, true),
    };
}

} // namespace

class TestActions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { registerDBusTypes(); }

    void everyTypeRoundTrips()
    {
        const QList<Action> actions = everyType();
        QCOMPARE(actions.size(), 17); // one of each Action::Type
        for (const Action& action : actions) {
            QVERIFY2(!checkAction(action), qPrintable(checkAction(action).message));
            QString error;
            const auto fromMap = actionFromMap(actionToMap(action), &error);
            QVERIFY2(fromMap && *fromMap == action, qPrintable(actionTypeName(action.type) + error));
            const QByteArray json = QJsonDocument(actionToJson(action)).toJson();
            const auto fromJson = actionFromJson(QJsonDocument::fromJson(json).object(), &error);
            QVERIFY2(fromJson && *fromJson == action, qPrintable(QString::fromUtf8(json) + error));
        }
    }

    void tutorialCommands()
    {
        const Topology t = tutorialTopology();
        const NamespaceRef host = NamespaceRef::byId(kHost), blue = NamespaceRef::byId(kBlue);
        const LinkRef veth1{QStringLiteral("veth1"), 0};
        QCOMPARE(ipCommand(Action::addNamespace(QStringLiteral("blue")), t),
                 QStringLiteral("ip netns add blue"));
        QCOMPARE(ipCommand(Action::addVethPair(host, QStringLiteral("veth0"), host, QStringLiteral("veth1")), t),
                 QStringLiteral("ip link add veth0 type veth peer name veth1"));
        QCOMPARE(ipCommand(Action::moveLink(host, veth1, blue), t),
                 QStringLiteral("ip link set veth1 netns blue"));
        QCOMPARE(ipCommand(Action::addAddress(blue, veth1, QStringLiteral("10.1.1.1/24")), t),
                 QStringLiteral("ip -n blue addr add 10.1.1.1/24 dev veth1"));
        QCOMPARE(ipCommand(Action::setLinkUp(blue, veth1, true), t),
                 QStringLiteral("ip -n blue link set veth1 up"));
    }

    void otherCommands()
    {
        const Topology t = tutorialTopology();
        const NamespaceRef blue = NamespaceRef::byId(kBlue), held = NamespaceRef::byId(kHeld);
        const LinkRef eth{QStringLiteral("eth0"), 0};
        QCOMPARE(ipCommand(Action::addVethPair(blue, QStringLiteral("a"), NamespaceRef::byId(kHost), QStringLiteral("b")), t),
                 QStringLiteral("ip -n blue link add name a type veth peer name b netns 1"));
        QCOMPARE(ipCommand(Action::setMtu(held, eth, 1400), t),
                 QStringLiteral("nsenter --net=/proc/4242/ns/net ip link set eth0 mtu 1400"));
        QCOMPARE(ipCommand(Action::attachNamespace(held, QStringLiteral("web")), t),
                 QStringLiteral("ip netns attach web 4242"));
        QCOMPARE(ipCommand(Action::addRoute(blue, QStringLiteral("default"), QStringLiteral("fe80::1"), eth, 10), t),
                 QStringLiteral("ip -n blue -6 route add default via fe80::1 dev eth0 metric 10"));
        QCOMPARE(ipCommand(Action::setMaster(blue, eth, {}), t),
                 QStringLiteral("ip -n blue link set eth0 nomaster"));
        QCOMPARE(ipCommand(Action::setForwarding(blue, QStringLiteral("inet"), true), t),
                 QStringLiteral("ip netns exec blue sysctl -w net.ipv4.ip_forward=1"));
        QCOMPARE(ipCommand(Action::setMasquerade(blue, eth, false), t),
                 QStringLiteral("ip netns exec blue nft 'delete element ip netns_studio masquerade_out "
                                "{ \"eth0\" }'"));
        QCOMPARE(ipCommand(Action::setMasquerade(held, {QStringLiteral("it's"), 0}, true), t),
                 QStringLiteral("nsenter --net=/proc/4242/ns/net nft 'add table ip netns_studio; "
                                "add set ip netns_studio masquerade_out { type ifname; }; "
                                "add chain ip netns_studio postrouting { type nat hook postrouting "
                                "priority srcnat; policy accept; }; flush chain ip netns_studio postrouting; "
                                "add rule ip netns_studio postrouting oifname @masquerade_out masquerade "
                                "comment \"netns-studio\"; add element ip netns_studio masquerade_out "
                                "{ \"it'\\''s\" }'"));
        // Names that ip would read as its own words get their keyword.
        QCOMPARE(ipCommand(Action::setLinkUp(blue, {QStringLiteral("up"), 0}, true), t),
                 QStringLiteral("ip -n blue link set dev up up"));
        QCOMPARE(ipCommand(Action::addVethPair(blue, QStringLiteral("a"), blue, QStringLiteral("b")), t),
                 QStringLiteral("ip -n blue link add name a type veth peer name b"));
        QCOMPARE(ipCommand(Action::setMtu(blue, {QStringLiteral("mtu"), 0}, 1400), t),
                 QStringLiteral("ip -n blue link set dev mtu mtu 1400"));
        QCOMPARE(ipCommand(Action::addNamespace(QStringLiteral("it's")), t),
                 QStringLiteral("ip netns add 'it'\\''s'"));
    }

    void refusesBadContent_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<int>("kind");
        const int name = int(ActionProblem::Kind::InvalidName);
        const int argument = int(ActionProblem::Kind::InvalidArgument);
        const NamespaceRef blue = NamespaceRef::byId(kBlue);
        const LinkRef veth1{QStringLiteral("veth1"), 0};
        QTest::newRow("ns ..") << Action::addNamespace(QStringLiteral("..")) << name;
        QTest::newRow("ns slash") << Action::addNamespace(QStringLiteral("../../etc")) << name;
        QTest::newRow("ns by bad name") << Action::deleteNamespace(NamespaceRef::byName(QStringLiteral("a/b"))) << name;
        QTest::newRow("no ns") << Action::deleteNamespace({}) << argument;
        QTest::newRow("iface 16") << Action::addBridge(blue, QStringLiteral("abcdefghijklmnop")) << name;
        QTest::newRow("iface colon") << Action::renameLink(blue, veth1, QStringLiteral("eth0:1")) << name;
        QTest::newRow("veth same") << Action::addVethPair(blue, QStringLiteral("a"), blue, QStringLiteral("a")) << argument;
        QTest::newRow("cidr") << Action::addAddress(blue, veth1, QStringLiteral("10.1.1.1")) << argument;
        QTest::newRow("mtu 0") << Action::setMtu(blue, veth1, 0) << argument;
        QTest::newRow("mtu huge") << Action::setMtu(blue, veth1, 1000000000) << argument;
        QTest::newRow("route nothing") << Action::addRoute(blue, QStringLiteral("default"), QString(), {}, 0) << argument;
        QTest::newRow("route mixed") << Action::addRoute(blue, QStringLiteral("10.0.0.0/8"), QStringLiteral("fd00::1"), {}, 0) << argument;
        QTest::newRow("gateway host") << Action::addRoute(blue, QStringLiteral("default"), QStringLiteral("router"), {}, 0) << argument;
        QTest::newRow("family") << Action::setForwarding(blue, QStringLiteral("ipx"), true) << argument;
        QTest::newRow("empty new name") << Action::addNamespace(QString()) << name;
        QTest::newRow("empty veth end") << Action::addVethPair(blue, QString(), blue, QStringLiteral("b")) << name;
        QTest::newRow("empty link") << Action::setLinkUp(blue, {}, true) << name;
        QTest::newRow("masquerade no link") << Action::setMasquerade(blue, {}, true) << name;
        QTest::newRow("masquerade quote") << Action::setMasquerade(blue, {QStringLiteral("a\"b"), 0}, true) << argument;
        QTest::newRow("masquerade wildcard") << Action::setMasquerade(blue, {QStringLiteral("eth*"), 0}, true) << argument;
    }
    void refusesBadContent()
    {
        QFETCH(Action, action);
        QFETCH(int, kind);
        QCOMPARE(int(checkAction(action).kind), kind);
        QVERIFY(!checkAction(action).message.isEmpty());
    }

    void refusesBadMaps_data()
    {
        QTest::addColumn<QVariantMap>("map");
        QTest::newRow("no type") << QVariantMap{{QStringLiteral("name"), QStringLiteral("x")}};
        QTest::newRow("unknown type") << QVariantMap{{QStringLiteral("type"), QStringLiteral("format-disk")}};
        QTest::newRow("type not a string") << QVariantMap{{QStringLiteral("type"), 3}};
        QTest::newRow("unknown key") << QVariantMap{{QStringLiteral("type"), QStringLiteral("add-namespace")},
                                                     {QStringLiteral("path"), QStringLiteral("/etc")}};
        QTest::newRow("key of another type") << QVariantMap{{QStringLiteral("type"), QStringLiteral("add-namespace")},
                                                             {QStringLiteral("gateway"), QStringLiteral("1.1.1.1")}};
        QTest::newRow("wrong value type") << QVariantMap{{QStringLiteral("type"), QStringLiteral("set-mtu")},
                                                          {QStringLiteral("number"), QStringLiteral("1400")}};
        QTest::newRow("signed for unsigned") << QVariantMap{{QStringLiteral("type"), QStringLiteral("set-mtu")},
                                                             {QStringLiteral("number"), -1}};
    }
    void refusesBadMaps()
    {
        QFETCH(QVariantMap, map);
        QString error;
        QVERIFY(!actionFromMap(map, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
