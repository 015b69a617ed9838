// SPDX-License-Identifier: GPL-3.0-or-later
// The ping tool in the real window (offscreen, or under Xvfb for screenshots) against
// the real helper in the sandbox, on the tutorial's state made with ip: blue holds
// veth1 with 10.1.1.1/24; veth1, blue's lo and veth0 (in the host) are up.
//
//  1. From blue, picked with Ctrl+Shift+P and clicks (blue's box, then 10.1.1.1 on
//     the diagram): replies; the panel shows as many as the helper reported.
//  2. From the host, typed into the panel: no replies; the host's box is marked, and
//     the reason beside it (and in the panel) names the missing route.
//  3. veth0 gets 10.1.1.2/24; from the host again, by the address's context menu:
//     replies, the packet runs along the wire there and back; Esc clears it all.
//  4. A host name typed in is refused with the reason, and nothing runs.
// With NETNS_STUDIO_SCREENSHOTS=DIR it saves DIR/ping-failed.png and DIR/ping-ok.png.
//
// Runs only inside scripts/sandbox (NETNS_STUDIO_SANDBOX=1); skipped elsewhere.

#include "DiagramItems.h"
#include "DiagramScene.h"
#include "DiagramView.h"
#include "EditController.h"
#include "GuiTestSupport.h"
#include "HelperClient.h"
#include "MainWindow.h"
#include "PingOverlay.h"
#include "PingPanel.h"
#include "PingTool.h"
#include "TopologyModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace NetnsStudio;
using namespace GuiTest;

namespace {

/// Runs ip with args; empty when it worked, else what it said.
QString ip(const QStringList& args)
{
    QProcess process;
    process.start(ipProgram(), args);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("ip %1: %2").arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAllStandardError()));
    return {};
}

} // namespace

class PingToolTest : public WindowFixture {
    Q_OBJECT

public:
    PingToolTest() : WindowFixture(Opens::Live) {}

private slots:
    void pingInsideBlueByClicks();
    void pingFromHostFails();
    void pingFromHostAfterAddressingVeth0();
    void escapeClears();
    void hostNameIsRefused();

private:
    void prepareHost() override;
    bool isLoaded() const override;
    void windowLoaded() override;
    void prepareFunction() override { m_outcomes->clear(); }
    QString stateDump() const override;

    const Namespace* ns(const QString& name) const; // "" is the host
    const Link* link(const QString& nsName, const QString& linkName) const;
    PortItem* port(const QString& nsName, const QString& linkName) const;
    QPoint viewPoint(const QPointF& scenePos) const;
    void click(const QPointF& scenePos);
    /// Waits for the tool's next outcome; false when none came.
    bool waitForOutcome(PingOutcome* outcome);

    PingTool* m_tool = nullptr;
    std::unique_ptr<QSignalSpy> m_outcomes;
    uint m_helperSent = 0, m_helperReceived = 0, m_helperFinished = 0;
};

void PingToolTest::prepareHost()
{
    for (const QString& command : {QStringLiteral("netns add blue"), QStringLiteral("link add veth0 type veth peer name veth1"),
                                   QStringLiteral("link set veth1 netns blue"),
                                   QStringLiteral("-n blue addr add 10.1.1.1/24 dev veth1"),
                                   QStringLiteral("-n blue link set veth1 up"), QStringLiteral("-n blue link set lo up"),
                                   QStringLiteral("link set veth0 up")}) {
        const QString error = ip(command.split(QLatin1Char(' ')));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

bool PingToolTest::isLoaded() const
{
    // The whole state, carrier included (veth1 reports it once both ends are up).
    return link(QStringLiteral("blue"), QStringLiteral("veth1")) &&
           link(QStringLiteral("blue"), QStringLiteral("veth1"))->operstate == QLatin1String("UP") &&
           link(QStringLiteral("blue"), QStringLiteral("lo"))->up && port(QStringLiteral("blue"), QStringLiteral("veth1")) &&
           window()->scene()->wires().size() == 1;
}

void PingToolTest::windowLoaded()
{
    // The helper's own report of each ping, to hold the panel against.
    connect(helper(), &HelperClient::pingFinished, this, [this](quint64, uint sent, uint received) {
        m_helperSent = sent;
        m_helperReceived = received;
        ++m_helperFinished;
    });
    m_tool = window()->pingTool();
    QVERIFY(m_tool);
    m_outcomes = std::make_unique<QSignalSpy>(m_tool, &PingTool::outcome);
    window()->view()->fitAll();
}

QString PingToolTest::stateDump() const
{
    return QStringLiteral("panel: %1 | %2 | %3\n%4")
        .arg(m_tool->panel()->inputError(), m_tool->panel()->summary(), m_tool->panel()->verdict(),
             WindowFixture::stateDump());
}

const Namespace* PingToolTest::ns(const QString& name) const
{
    return window()->topologyModel()->topology().namespaceByName(name);
}

const Link* PingToolTest::link(const QString& nsName, const QString& linkName) const
{
    const Namespace* n = ns(nsName);
    return n ? n->linkByName(linkName) : nullptr;
}

PortItem* PingToolTest::port(const QString& nsName, const QString& linkName) const
{
    const Namespace* n = ns(nsName);
    const Link* l = link(nsName, linkName);
    return n && l ? window()->scene()->portItem(n->id, l->ifindex) : nullptr;
}

QPoint PingToolTest::viewPoint(const QPointF& scenePos) const
{
    DiagramView* view = window()->view();
    view->ensureVisible(QRectF(scenePos, QSizeF(1, 1)), 40, 40);
    return view->mapFromScene(scenePos);
}

void PingToolTest::click(const QPointF& scenePos)
{
    QTest::mouseClick(window()->view()->viewport(), Qt::LeftButton, {}, viewPoint(scenePos));
}

bool PingToolTest::waitForOutcome(PingOutcome* outcome)
{
    if (m_outcomes->isEmpty() && !m_outcomes->wait(kTimeoutMs))
        return false;
    *outcome = m_outcomes->takeFirst().at(0).value<PingOutcome>();
    return true;
}

void PingToolTest::pingInsideBlueByClicks()
{
    window()->scene()->clearSelection();
    window()->view()->setFocus();
    QTest::keyClick(window()->view(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(m_tool->isPicking(), "Ctrl+Shift+P did not start the ping tool");
    QVERIFY(m_tool->dock()->isVisible());

    NamespaceItem* blue = window()->scene()->namespaceItem(ns(QStringLiteral("blue"))->id);
    click(blue->mapToScene(QPointF(DiagramMetrics::BoxWidth / 3, DiagramMetrics::HeaderHeight / 2)));
    QCOMPARE(m_tool->panel()->source(), ns(QStringLiteral("blue"))->id);
    QVERIFY(m_tool->isPicking());
    PortItem* veth1 = port(QStringLiteral("blue"), QStringLiteral("veth1"));
    QCOMPARE(veth1->shownAddresses(), QStringList{QStringLiteral("10.1.1.1/24")});
    const uint finishedBefore = m_helperFinished;
    click(veth1->mapToScene(QPointF(DiagramMetrics::BoxWidth / 3,
                                    DiagramMetrics::RowHeight + DiagramMetrics::AddressHeight / 2)));
    QVERIFY(!m_tool->isPicking());
    QVERIFY(m_tool->isRunning());
    // A packet runs (a loop at blue's lo: blue owns the address) while replies come.
    QTRY_VERIFY_WITH_TIMEOUT(m_tool->overlay()->packetsInFlight() > 0, kTimeoutMs);

    PingOutcome outcome;
    QVERIFY2(waitForOutcome(&outcome), "the ping from blue never finished");
    QCOMPARE(m_helperFinished, finishedBefore + 1);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.address, QStringLiteral("10.1.1.1"));
    QCOMPARE(outcome.source, ns(QStringLiteral("blue"))->id);
    QCOMPARE(outcome.sent, m_helperSent);
    QCOMPARE(outcome.received, m_helperReceived);
    QCOMPARE(m_helperReceived, 3u);
    QCOMPARE(m_tool->panel()->replyCount(), int(m_helperReceived));
    QCOMPARE(m_tool->panel()->resultCount(), int(m_helperSent));
    QCOMPARE(outcome.rttsMs.size(), int(m_helperReceived));
    QVERIFY(m_tool->panel()->summary().contains(QStringLiteral("3 sent, 3 received")));
    QVERIFY(outcome.explainerAgrees());
    QVERIFY(m_tool->overlay()->stopMarks().isEmpty());
    QVERIFY(!m_tool->overlay()->therePath().isEmpty());
    // Nothing moves once the last packet is home.
    QTRY_COMPARE_WITH_TIMEOUT(m_tool->overlay()->packetsInFlight(), 0, kTimeoutMs);
}

void PingToolTest::pingFromHostFails()
{
    const NamespaceId host = ns(QString())->id;
    auto* combo = window()->findChild<QComboBox*>(QStringLiteral("PingSourceCombo"));
    auto* edit = window()->findChild<QLineEdit*>(QStringLiteral("PingAddressEdit"));
    QVERIFY(combo && edit && edit->isVisible());
    combo->setCurrentIndex(combo->findData(QVariant::fromValue(host)));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("10.1.1.1"));
    QTest::keyClick(edit, Qt::Key_Return);

    PingOutcome outcome;
    QVERIFY2(waitForOutcome(&outcome), "the ping from the host never finished");
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.source, host);
    QCOMPARE(outcome.received, 0u);
    QCOMPARE(outcome.sent, m_helperSent);
    QCOMPARE(m_helperReceived, 0u);
    QCOMPARE(m_tool->panel()->replyCount(), 0);
    QCOMPARE(m_tool->panel()->resultCount(), int(m_helperSent));
    QCOMPARE(outcome.explanation.problem, PathProblem::NoRoute);
    QVERIFY(outcome.explainerAgrees());

    // The host's box is marked, with the reason beside it and in the panel.
    PingOverlay* overlay = m_tool->overlay();
    QVERIFY(overlay->stopText().contains(QStringLiteral("no route to 10.1.1.1")));
    QVERIFY(m_tool->panel()->verdict().contains(QStringLiteral("no route to 10.1.1.1")));
    QVERIFY(!overlay->stopMarks().isEmpty());
    const QRectF hostBox = window()->scene()->namespaceItem(host)->sceneBoundingRect();
    const QRectF blueBox = window()->scene()->namespaceItem(ns(QStringLiteral("blue"))->id)->sceneBoundingRect();
    for (QGraphicsItem* mark : overlay->stopMarks()) {
        QVERIFY(mark->isVisible());
        QVERIFY(hostBox.contains(mark->sceneBoundingRect().center()));
        QVERIFY(!blueBox.intersects(mark->sceneBoundingRect()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(overlay->packetsInFlight(), 0, kTimeoutMs);
    screenshot(QStringLiteral("ping-failed.png"));
}

void PingToolTest::pingFromHostAfterAddressingVeth0()
{
    const NamespaceId host = ns(QString())->id;
    window()->edits()->addAddress(host, link(QString(), QStringLiteral("veth0"))->ifindex, QStringLiteral("10.1.1.2/24"));
    QTRY_VERIFY_WITH_TIMEOUT(port(QString(), QStringLiteral("veth0")) &&
                                 port(QString(), QStringLiteral("veth0"))->shownAddresses() ==
                                     QStringList{QStringLiteral("10.1.1.2/24")},
                             kTimeoutMs);
    // The stop that was shown belongs to the last ping; it stays until the next one.
    QVERIFY(!m_tool->overlay()->stopText().isEmpty());

    // The address's context menu: "Ping 10.1.1.1 From" > the host.
    const NamespaceId blue = ns(QStringLiteral("blue"))->id;
    QMenu menu;
    m_tool->addContextMenuEntries(&menu, blue, link(QStringLiteral("blue"), QStringLiteral("veth1"))->ifindex);
    QAction* fromHost = nullptr;
    for (QAction* action : menu.actions())
        if (action->menu() && action->text() == QStringLiteral("Ping 10.1.1.1 From"))
            for (QAction* entry : action->menu()->actions())
                if (entry->text() == ns(QString())->label)
                    fromHost = entry;
    QVERIFY2(fromHost, "no 'Ping 10.1.1.1 From > host' in the address's context menu");
    fromHost->trigger();
    QVERIFY(m_tool->isRunning());
    QVERIFY(m_tool->overlay()->stopMarks().isEmpty());

    // The way there is veth0 -> the wire -> veth1, and back the same.
    const QPainterPath there = m_tool->overlay()->therePath();
    const QPainterPath back = m_tool->overlay()->backPath();
    const QPointF veth0 = port(QString(), QStringLiteral("veth0"))->anchor();
    const QPointF veth1 = port(QStringLiteral("blue"), QStringLiteral("veth1"))->anchor();
    QVERIFY(!there.isEmpty() && !back.isEmpty());
    QCOMPARE(there.pointAtPercent(0), veth0);
    QCOMPARE(there.pointAtPercent(1), veth1);
    QCOMPARE(back.pointAtPercent(0), veth1);
    QCOMPARE(back.pointAtPercent(1), veth0);
    QTRY_VERIFY_WITH_TIMEOUT(m_tool->overlay()->packetsInFlight() > 0, kTimeoutMs);

    PingOutcome outcome;
    QVERIFY2(waitForOutcome(&outcome), "the second ping from the host never finished");
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.source, ns(QString())->id);
    QCOMPARE(outcome.received, m_helperReceived);
    QCOMPARE(m_helperReceived, 3u);
    QCOMPARE(m_tool->panel()->replyCount(), 3);
    QVERIFY(outcome.explanation.works());
    QVERIFY(outcome.explainerAgrees());
    QVERIFY(m_tool->overlay()->stopMarks().isEmpty());
    QVERIFY(m_tool->panel()->verdict().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_tool->overlay()->packetsInFlight(), 0, kTimeoutMs);
    screenshot(QStringLiteral("ping-ok.png"));
}

void PingToolTest::escapeClears()
{
    QVERIFY(m_tool->overlay()->isShown());
    window()->view()->setFocus();
    QTest::keyClick(window()->view(), Qt::Key_Escape);
    QVERIFY(!m_tool->overlay()->isShown());
    QVERIFY(m_tool->overlay()->therePath().isEmpty());
    QCOMPARE(m_tool->panel()->resultCount(), 0);
    QVERIFY(!m_tool->clearAction()->isEnabled()); // Esc is free again
}

void PingToolTest::hostNameIsRefused()
{
    const uint finishedBefore = m_helperFinished;
    m_tool->run(ns(QStringLiteral("blue"))->id, QStringLiteral("example.com"));
    PingOutcome outcome;
    QVERIFY(waitForOutcome(&outcome));
    QVERIFY(outcome.error.contains(QStringLiteral("is not an IPv4 or IPv6 address")));
    QVERIFY(m_tool->panel()->inputError().contains(QStringLiteral("is not an IPv4 or IPv6 address")));
    QVERIFY(!m_tool->isRunning());
    QVERIFY(!m_tool->overlay()->isShown());
    // No ping was asked of the helper (the runs before are gone with Esc).
    QTRY_VERIFY(m_tool->findChildren<PingRun*>().isEmpty());
    QCOMPARE(m_helperFinished, finishedBefore);
}

int main(int argc, char** argv)
{
    return GuiTest::run<PingToolTest>("tst_ping_tool", argc, argv);
}

#include "tst_ping_tool.moc"
