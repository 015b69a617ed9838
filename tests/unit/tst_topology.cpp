// SPDX-License-Identifier: GPL-3.0-or-later
// The topology survives its JSON form and the D-Bus wire unchanged.
#include "TopologyDBus.h"
#include "TopologyJson.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingReply>
#include <QDBusServer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace NetnsStudio;

namespace {

Topology sample()
{
    Topology t;
    Namespace host;
    host.id = 4026531840;
    host.kind = NamespaceKind::Host;
    host.label = QStringLiteral("host");
    Link veth0;
    veth0.ifindex = 10;
    veth0.name = QStringLiteral("veth0");
    veth0.kind = QStringLiteral("veth");
    veth0.linkType = QStringLiteral("ether");
    veth0.up = true;
    veth0.operstate = QStringLiteral("UP");
    veth0.mtu = 1500;
    veth0.mac = QStringLiteral("ea:1b:f1:70:67:bb");
    veth0.master = QStringLiteral("br0");
    veth0.peer = {4026532247, 9, QStringLiteral("veth1")};
    veth0.addresses = {QStringLiteral("10.1.1.2/24"), QStringLiteral("fe80::1/64")};
    veth0.rpFilter = 2;
    veth0.masquerade = true;
    host.links.append(veth0);
    Route def{QStringLiteral("inet"), QStringLiteral("unicast"), QStringLiteral("default"),
              QStringLiteral("10.1.1.1"), QStringLiteral("veth0"), QStringLiteral("global"),
              QStringLiteral("static"), 100, QStringLiteral("10.1.1.2")};
    host.routes.append(def);
    host.forwardingV4 = true;
    host.bridgeNetfilter = true;
    t.namespaces.append(host);

    Namespace held;
    held.id = 4026532300;
    held.kind = NamespaceKind::Process;
    held.label = QStringLiteral("pid 42 (sleep)");
    held.pids = {42, 43};
    Link lo;
    lo.ifindex = 1;
    lo.name = QStringLiteral("lo");
    lo.linkType = QStringLiteral("loopback");
    lo.operstate = QStringLiteral("DOWN");
    lo.mtu = 65536;
    held.links.append(lo);
    t.namespaces.append(held);
    return t;
}

} // namespace

class TopologySource : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "local.TopologySource")
public slots:
    NetnsStudio::Topology Get() { return sample(); }
};

class TestTopology : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { registerDBusTypes(); }

    void jsonRoundTrip()
    {
        const Topology original = sample();
        const QByteArray text = QJsonDocument(TopologyJson::toJson(original)).toJson();
        QString error;
        const auto back = TopologyJson::fromJson(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back == original, true);
    }

    void jsonShape()
    {
        const QJsonObject json = TopologyJson::toJson(sample());
        const QJsonObject host = json[QStringLiteral("namespaces")][0].toObject();
        QCOMPARE(host[QStringLiteral("name")].isNull(), true);
        QCOMPARE(host[QStringLiteral("kind")].toString(), QStringLiteral("host"));
        const QJsonObject veth = host[QStringLiteral("links")][0].toObject();
        QCOMPARE(veth[QStringLiteral("peer")][QStringLiteral("namespace")].toDouble(), 4026532247.0);
        QCOMPARE(veth[QStringLiteral("peer")][QStringLiteral("name")].toString(), QStringLiteral("veth1"));
        QCOMPARE(veth[QStringLiteral("master")].toString(), QStringLiteral("br0"));
        const QJsonObject lo =
            json[QStringLiteral("namespaces")][1][QStringLiteral("links")][0].toObject();
        QCOMPARE(lo[QStringLiteral("peer")].isNull(), true);
        QCOMPARE(lo[QStringLiteral("kind")].isNull(), true);
        QCOMPARE(lo[QStringLiteral("master")].isNull(), true);
    }

    void jsonRejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("no namespaces") << QByteArray("{}");
        QTest::newRow("namespaces not a list") << QByteArray(R"({"namespaces": 3})");
        QTest::newRow("bad kind") << QByteArray(
            R"({"namespaces": [{"id": 1, "name": null, "kind": "moon", "label": "x", "pids": [], "links": [], "routes": []}]})");
        QTest::newRow("name is a number") << QByteArray(
            R"({"namespaces": [{"id": 1, "name": 5, "kind": "named", "label": "x", "pids": [], "links": [], "routes": []}]})");
        QTest::newRow("link without mtu") << QByteArray(
            R"({"namespaces": [{"id": 1, "name": null, "kind": "host", "label": "x", "pids": [], "links": [{"ifindex": 1, "name": "lo", "operstate": "UP", "addresses": []}], "routes": []}]})");
    }
    void jsonRejectsMalformed()
    {
        QFETCH(QByteArray, text);
        QString error;
        QVERIFY(!TopologyJson::fromJson(QJsonDocument::fromJson(text).object(), &error));
        QVERIFY(!error.isEmpty());
    }

    void dbusSignature()
    {
        QDBusArgument arg;
        arg << sample();
        // Must match the type in helper/org.netnsstudio.Helper1.xml.
        QCOMPARE(arg.currentSignature(),
                 QStringLiteral("a(tsssaua(isssbsuss(tis)asib)a(sssssssus)bbb)"));
    }

    void dbusRoundTrip()
    {
        // A real wire between two peers, without a bus daemon.
        QDBusServer server(QStringLiteral("unix:tmpdir=") + QDir::tempPath());
        QVERIFY2(server.isConnected(), qPrintable(server.lastError().message()));
        TopologySource source;
        connect(&server, &QDBusServer::newConnection, this, [&source](const QDBusConnection& connection) {
            QDBusConnection peer(connection);
            peer.registerObject(QStringLiteral("/t"), &source, QDBusConnection::ExportAllSlots);
        });
        QDBusConnection client =
            QDBusConnection::connectToPeer(server.address(), QStringLiteral("tst_topology"));
        QVERIFY(client.isConnected());
        QDBusMessage call = QDBusMessage::createMethodCall(QString(), QStringLiteral("/t"),
                                                           QStringLiteral("local.TopologySource"),
                                                           QStringLiteral("Get"));
        QDBusPendingReply<Topology> reply = client.asyncCall(call);
        // The server side answers from this thread's event loop, so wait by spinning it.
        QTRY_VERIFY(reply.isFinished());
        QVERIFY2(!reply.isError(), qPrintable(reply.error().message()));
        QCOMPARE(reply.value() == sample(), true);
        QDBusConnection::disconnectFromPeer(QStringLiteral("tst_topology"));
    }
};

QTEST_GUILESS_MAIN(TestTopology)
#include "tst_topology.moc"
