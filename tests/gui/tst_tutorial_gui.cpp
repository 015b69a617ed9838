// SPDX-License-Identifier: GPL-3.0-or-later
// The tutorial done with the mouse and the keyboard, end to end: the real window
// (offscreen), the real helper over the sandbox's system bus, real namespaces.
// After every step `ip -j` must show the change and the command log must hold the
// step's ip command, done; then every step is undone with Ctrl+Z, and at the end
// `ip -j` of every namespace equals what it was at the start. Between the tutorial's
// steps, masquerading (NAT) of veth1 is turned on from the properties and undone:
// nft, the log, the model and the port's badge must follow both ways.
//
// Runs only inside scripts/sandbox (NETNS_STUDIO_SANDBOX=1); skipped elsewhere.

#include "CommandLog.h"
#include "DiagramItems.h"
#include "DiagramScene.h"
#include "DiagramView.h"
#include "EditController.h"
#include "GuiTestSupport.h"
#include "HelperClient.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "TopologyModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionButton>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace NetnsStudio;
using namespace GuiTest;

namespace {

constexpr int kDragSteps = 12;

/// The interface names in blue's set of masqueraded interfaces (core/Masquerade.h),
/// as `nft -j` lists them; empty when there is no such set.
QStringList nftMasqueraded(const QString& ns)
{
    QProcess nft;
    nft.start(ipProgram(), {QStringLiteral("netns"), QStringLiteral("exec"), ns, QStringLiteral("nft"),
                            QStringLiteral("-j"), QStringLiteral("list"), QStringLiteral("ruleset")});
    if (!nft.waitForFinished(10000) || nft.exitStatus() != QProcess::NormalExit)
        return {};
    QStringList names;
    const QJsonArray objects =
        QJsonDocument::fromJson(nft.readAllStandardOutput()).object().value(QStringLiteral("nftables")).toArray();
    for (const QJsonValue& o : objects) {
        const QJsonObject set = o.toObject().value(QStringLiteral("set")).toObject();
        if (set.value(QStringLiteral("name")).toString() == QLatin1String("masquerade_out"))
            for (const QJsonValue& e : set.value(QStringLiteral("elem")).toArray())
                names << e.toString();
    }
    return names;
}

} // namespace

class TutorialGuiTest : public WindowFixture {
    Q_OBJECT

public:
    TutorialGuiTest() : WindowFixture(Opens::Playground) {}

private slots:
    void step01_newNamespaceBlue();
    void step02_vethPairInHost();
    void step03_moveVeth1IntoBlue();
    void step04_addressVeth1();
    void step05_bringVeth1Up();
    void step05b_masqueradeVeth1AndUndo();
    void step06_bringBlueLoUp();
    void step07_undoLoUp();
    void step08_undoVeth1Up();
    void step09_undoAddress();
    void step10_undoMove();
    void step11_undoVethPair();
    void step12_undoNamespace();
    void step13_backToTheStart();

private:
    bool isLoaded() const override;

    // The model's view of things.
    const Namespace* modelNamespace(const QString& name) const; // "" is the host
    const Link* modelLink(const QString& ns, const QString& link) const;
    NamespaceItem* box(const QString& ns) const;
    PortItem* port(const QString& ns, const QString& link) const;

    // Real input on the diagram's viewport.
    QPoint viewPoint(const QPointF& scenePos);
    void sendMouseMove(const QPoint& pos, Qt::MouseButtons buttons);
    void drag(const QPointF& fromScene, const QPointF& toScene);
    void click(const QPointF& scenePos);
    void shortcut(int key, Qt::KeyboardModifiers modifiers);
};

// ------------------------------------------------------------------ set-up

bool TutorialGuiTest::isLoaded() const
{
    return box(QString()) && modelLink(QString(), QStringLiteral("lo"));
}

// ------------------------------------------------------------------ helpers

const Namespace* TutorialGuiTest::modelNamespace(const QString& name) const
{
    return window()->topologyModel()->topology().namespaceByName(name);
}

const Link* TutorialGuiTest::modelLink(const QString& ns, const QString& link) const
{
    const Namespace* n = modelNamespace(ns);
    return n ? n->linkByName(link) : nullptr;
}

NamespaceItem* TutorialGuiTest::box(const QString& ns) const
{
    const Namespace* n = modelNamespace(ns);
    return n ? window()->scene()->namespaceItem(n->id) : nullptr;
}

PortItem* TutorialGuiTest::port(const QString& ns, const QString& link) const
{
    const Namespace* n = modelNamespace(ns);
    const Link* l = modelLink(ns, link);
    return n && l ? window()->scene()->portItem(n->id, l->ifindex) : nullptr;
}

QPoint TutorialGuiTest::viewPoint(const QPointF& scenePos)
{
    DiagramView* view = window()->view();
    QPoint p = view->mapFromScene(scenePos);
    if (!view->viewport()->rect().adjusted(4, 4, -4, -4).contains(p)) {
        view->ensureVisible(QRectF(scenePos, QSizeF(1, 1)), 40, 40);
        p = view->mapFromScene(scenePos);
    }
    return p;
}

void TutorialGuiTest::sendMouseMove(const QPoint& pos, Qt::MouseButtons buttons)
{
    // QTest::mouseMove only warps the cursor when it thinks no button is down; a
    // drag needs move events that carry the held button.
    QWidget* viewport = window()->view()->viewport();
    QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(viewport->mapToGlobal(pos)), Qt::NoButton, buttons,
                     Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
}

void TutorialGuiTest::drag(const QPointF& fromScene, const QPointF& toScene)
{
    QWidget* viewport = window()->view()->viewport();
    const QPoint from = viewPoint(fromScene);
    const QPoint to = window()->view()->mapFromScene(toScene);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int i = 1; i <= kDragSteps; ++i) {
        sendMouseMove(from + (to - from) * i / kDragSteps, Qt::LeftButton);
        QTest::qWait(5);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

void TutorialGuiTest::click(const QPointF& scenePos)
{
    QTest::mouseClick(window()->view()->viewport(), Qt::LeftButton, {}, viewPoint(scenePos));
}

void TutorialGuiTest::shortcut(int key, Qt::KeyboardModifiers modifiers)
{
    // From the diagram, as a person would after clicking in it (a line edit with the
    // focus would take Ctrl+Z and Ctrl+U for itself).
    window()->view()->setFocus();
    QTest::keyClick(window()->view(), Qt::Key(key), modifiers);
}

#define WAIT_FOR_LOG(command)                                                                                  \
    QTRY_VERIFY2_WITH_TIMEOUT(logHasDone(QStringLiteral(command)),                                             \
                              qPrintable(QStringLiteral("no '%1' done in the log:\n%2")                        \
                                             .arg(QStringLiteral(command), logDump())),                        \
                              kTimeoutMs)

// ------------------------------------------------------------------ the tutorial

void TutorialGuiTest::step01_newNamespaceBlue()
{
    // Double-click on empty canvas, well away from the host's box.
    DiagramView* view = window()->view();
    const QRectF hostRect = box(QString())->sceneBoundingRect();
    const QPointF empty = hostRect.topLeft() - QPointF(60, 60);
    const QPoint p = viewPoint(empty);
    QVERIFY2(!view->itemAt(p), "the point for the double-click is not empty canvas");

    QString outcome;
    onNextModalDialog([](QDialog* d) { return fillNameDialog(d, {QStringLiteral("blue")}); }, &outcome);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, p);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, p); // opens the dialog and waits for it
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, p);
    QVERIFY2(outcome.isEmpty(), qPrintable(outcome));

    WAIT_FOR(namedNamespaces() == QStringList{QStringLiteral("blue")});
    WAIT_FOR_LOG("ip netns add blue");
    WAIT_FOR(box(QStringLiteral("blue")) && port(QStringLiteral("blue"), QStringLiteral("lo")));
    QCOMPARE(window()->edits()->undoStack()->count(), 1);
}

void TutorialGuiTest::step02_vethPairInHost()
{
    // From the host box's + handle, released on the host box itself.
    NamespaceItem* host = box(QString());
    QVERIFY(host);
    const QPointF handle = host->mapToScene(host->wireHandleRect().center());
    const QPointF inside = host->mapToScene(QPointF(DiagramMetrics::BoxWidth / 2,
                                                    host->boundingRect().bottom() - 12));

    QString outcome;
    onNextModalDialog([](QDialog* d) { return fillNameDialog(d, {QStringLiteral("veth0"), QStringLiteral("veth1")}); },
                      &outcome);
    drag(handle, inside);
    QVERIFY2(outcome.isEmpty(), qPrintable(outcome));

    WAIT_FOR(ipLinkExists({}, QStringLiteral("veth0")) && ipLinkExists({}, QStringLiteral("veth1")));
    QCOMPARE(ipLink({}, QStringLiteral("veth1")).value(QStringLiteral("link")).toString(), QStringLiteral("veth0"));
    WAIT_FOR_LOG("ip link add veth0 type veth peer name veth1");
    WAIT_FOR(port(QString(), QStringLiteral("veth0")) && port(QString(), QStringLiteral("veth1")));
    WAIT_FOR(window()->scene()->wires().size() == 1);
    QCOMPARE(window()->edits()->undoStack()->count(), 2);
}

void TutorialGuiTest::step03_moveVeth1IntoBlue()
{
    PortItem* veth1 = port(QString(), QStringLiteral("veth1"));
    NamespaceItem* blue = box(QStringLiteral("blue"));
    QVERIFY(veth1 && blue);
    const QPointF grab = veth1->mapToScene(QPointF(DiagramMetrics::BoxWidth / 3, DiagramMetrics::RowHeight / 2));
    drag(grab, blue->sceneBoundingRect().center());

    WAIT_FOR(ipLinkExists(QStringLiteral("blue"), QStringLiteral("veth1")));
    QVERIFY(!ipLinkExists({}, QStringLiteral("veth1")));
    WAIT_FOR_LOG("ip link set veth1 netns blue");
    WAIT_FOR(port(QStringLiteral("blue"), QStringLiteral("veth1")) && !port(QString(), QStringLiteral("veth1")));
    WAIT_FOR(window()->scene()->wires().size() == 1); // the wire now runs from host to blue
    QCOMPARE(window()->edits()->undoStack()->count(), 3);
}

void TutorialGuiTest::step04_addressVeth1()
{
    PortItem* veth1 = port(QStringLiteral("blue"), QStringLiteral("veth1"));
    QVERIFY(veth1);
    click(veth1->mapToScene(QPointF(DiagramMetrics::BoxWidth / 3, DiagramMetrics::RowHeight / 2)));
    QTRY_VERIFY(port(QStringLiteral("blue"), QStringLiteral("veth1"))->isSelected());

    // Ctrl+L puts the cursor in the properties' new-address field.
    auto* edit = window()->findChild<QLineEdit*>(QStringLiteral("NewAddressEdit"));
    QVERIFY(edit);
    shortcut(Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY2(edit->hasFocus(), "Ctrl+L did not focus the new-address field");
    QTest::keyClicks(edit, QStringLiteral("10.1.1.1/24"));
    QCOMPARE(edit->text(), QStringLiteral("10.1.1.1/24"));
    QVERIFY(edit->hasAcceptableInput());
    QTest::keyClick(edit, Qt::Key_Return);

    WAIT_FOR(ipAddresses(QStringLiteral("blue"), QStringLiteral("veth1")) == QStringList{QStringLiteral("10.1.1.1/24")});
    WAIT_FOR_LOG("ip -n blue addr add 10.1.1.1/24 dev veth1");
    WAIT_FOR(modelLink(QStringLiteral("blue"), QStringLiteral("veth1")) &&
             modelLink(QStringLiteral("blue"), QStringLiteral("veth1"))->addresses.contains(QStringLiteral("10.1.1.1/24")) &&
             port(QStringLiteral("blue"), QStringLiteral("veth1"))->shownAddresses() ==
                 QStringList{QStringLiteral("10.1.1.1/24")});
    QCOMPARE(window()->edits()->undoStack()->count(), 4);
}

void TutorialGuiTest::step05_bringVeth1Up()
{
    // veth1 is still selected (the diagram keeps the selection across a re-read).
    QVERIFY(port(QStringLiteral("blue"), QStringLiteral("veth1"))->isSelected());
    auto* up = window()->findChild<QCheckBox*>(QStringLiteral("UpCheck"));
    QVERIFY(up);
    QTRY_VERIFY(up->isVisible());
    QVERIFY(!up->isChecked());
    QStyleOptionButton option;
    option.initFrom(up);
    const QRect indicator = up->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, up);
    QTest::mouseClick(up, Qt::LeftButton, {}, indicator.center());

    WAIT_FOR(ipLinkUp(QStringLiteral("blue"), QStringLiteral("veth1")));
    WAIT_FOR_LOG("ip -n blue link set veth1 up");
    WAIT_FOR(modelLink(QStringLiteral("blue"), QStringLiteral("veth1"))->up && up->isChecked());
    QCOMPARE(window()->edits()->undoStack()->count(), 5);
}

void TutorialGuiTest::step05b_masqueradeVeth1AndUndo()
{
    // Not in the tutorial: NAT on veth1 from the properties, then undone at once.
    QVERIFY(port(QStringLiteral("blue"), QStringLiteral("veth1"))->isSelected());
    QVERIFY(port(QStringLiteral("blue"), QStringLiteral("veth1"))->natBadgeRect().isNull());
    auto* nat = window()->findChild<QCheckBox*>(QStringLiteral("MasqueradeCheck"));
    QVERIFY(nat);
    QTRY_VERIFY(nat->isVisible());
    QVERIFY(!nat->isChecked());
    QStyleOptionButton option;
    option.initFrom(nat);
    QTest::mouseClick(nat, Qt::LeftButton, {},
                      nat->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, nat).center());

    WAIT_FOR(nftMasqueraded(QStringLiteral("blue")) == QStringList{QStringLiteral("veth1")});
    WAIT_FOR_LOG("ip netns exec blue nft 'add table ip netns_studio; add set ip netns_studio masquerade_out "
                 "{ type ifname; }; add chain ip netns_studio postrouting { type nat hook postrouting "
                 "priority srcnat; policy accept; }; flush chain ip netns_studio postrouting; add rule ip "
                 "netns_studio postrouting oifname @masquerade_out masquerade comment \"netns-studio\"; "
                 "add element ip netns_studio masquerade_out { \"veth1\" }'");
    WAIT_FOR(modelLink(QStringLiteral("blue"), QStringLiteral("veth1"))->masquerade && nat->isChecked() &&
             !port(QStringLiteral("blue"), QStringLiteral("veth1"))->natBadgeRect().isNull());
    QCOMPARE(window()->edits()->undoStack()->count(), 6);

    shortcut(Qt::Key_Z, Qt::ControlModifier);
    WAIT_FOR(nftMasqueraded(QStringLiteral("blue")).isEmpty());
    WAIT_FOR_LOG("ip netns exec blue nft 'delete element ip netns_studio masquerade_out { \"veth1\" }'");
    WAIT_FOR(!modelLink(QStringLiteral("blue"), QStringLiteral("veth1"))->masquerade && !nat->isChecked() &&
             port(QStringLiteral("blue"), QStringLiteral("veth1"))->natBadgeRect().isNull());
    QCOMPARE(window()->edits()->undoStack()->index(), 5);
}

void TutorialGuiTest::step06_bringBlueLoUp()
{
    PortItem* lo = port(QStringLiteral("blue"), QStringLiteral("lo"));
    QVERIFY(lo);
    QVERIFY(!ipLinkUp(QStringLiteral("blue"), QStringLiteral("lo")));
    click(lo->mapToScene(QPointF(DiagramMetrics::BoxWidth / 3, DiagramMetrics::LoopbackHeight / 2)));
    QTRY_VERIFY(port(QStringLiteral("blue"), QStringLiteral("lo"))->isSelected());
    QVERIFY(!port(QStringLiteral("blue"), QStringLiteral("veth1"))->isSelected());
    shortcut(Qt::Key_U, Qt::ControlModifier);

    WAIT_FOR(ipLinkUp(QStringLiteral("blue"), QStringLiteral("lo")));
    WAIT_FOR_LOG("ip -n blue link set lo up");
    WAIT_FOR(modelLink(QStringLiteral("blue"), QStringLiteral("lo"))->up);
    QCOMPARE(window()->edits()->undoStack()->count(), 6);
    // The tutorial's end state, all at once.
    QVERIFY(ipLinkUp(QStringLiteral("blue"), QStringLiteral("veth1")));
    QCOMPARE(ipAddresses(QStringLiteral("blue"), QStringLiteral("veth1")), QStringList{QStringLiteral("10.1.1.1/24")});
    QVERIFY(ipLinkExists({}, QStringLiteral("veth0")));
}

// ------------------------------------------------------------------ and back, with Ctrl+Z

void TutorialGuiTest::step07_undoLoUp()
{
    shortcut(Qt::Key_Z, Qt::ControlModifier);
    WAIT_FOR(!ipLinkUp(QStringLiteral("blue"), QStringLiteral("lo")));
    WAIT_FOR_LOG("ip -n blue link set lo down");
    WAIT_FOR(!modelLink(QStringLiteral("blue"), QStringLiteral("lo"))->up);
    QCOMPARE(window()->edits()->undoStack()->index(), 5);
    QVERIFY(ipLinkUp(QStringLiteral("blue"), QStringLiteral("veth1")));
}

void TutorialGuiTest::step08_undoVeth1Up()
{
    shortcut(Qt::Key_Z, Qt::ControlModifier);
    WAIT_FOR(!ipLinkUp(QStringLiteral("blue"), QStringLiteral("veth1")));
    WAIT_FOR_LOG("ip -n blue link set veth1 down");
    WAIT_FOR(!modelLink(QStringLiteral("blue"), QStringLiteral("veth1"))->up);
    QCOMPARE(window()->edits()->undoStack()->index(), 4);
}

void TutorialGuiTest::step09_undoAddress()
{
    shortcut(Qt::Key_Z, Qt::ControlModifier);
    WAIT_FOR(ipAddresses(QStringLiteral("blue"), QStringLiteral("veth1")).isEmpty());
    WAIT_FOR_LOG("ip -n blue addr del 10.1.1.1/24 dev veth1");
    WAIT_FOR(modelLink(QStringLiteral("blue"), QStringLiteral("veth1"))->addresses.isEmpty());
    QCOMPARE(window()->edits()->undoStack()->index(), 3);
}

void TutorialGuiTest::step10_undoMove()
{
    shortcut(Qt::Key_Z, Qt::ControlModifier);
    WAIT_FOR(ipLinkExists({}, QStringLiteral("veth1")));
    QVERIFY(!ipLinkExists(QStringLiteral("blue"), QStringLiteral("veth1")));
    QVERIFY(!ipLinkUp({}, QStringLiteral("veth1")));
    // The host is named by pid 1 in a shell command: `ip link set X netns 1`.
    WAIT_FOR_LOG("ip -n blue link set veth1 netns 1");
    WAIT_FOR(port(QString(), QStringLiteral("veth1")) && !port(QStringLiteral("blue"), QStringLiteral("veth1")));
    QCOMPARE(window()->edits()->undoStack()->index(), 2);
}

void TutorialGuiTest::step11_undoVethPair()
{
    shortcut(Qt::Key_Z, Qt::ControlModifier);
    WAIT_FOR(!ipLinkExists({}, QStringLiteral("veth0")) && !ipLinkExists({}, QStringLiteral("veth1")));
    WAIT_FOR_LOG("ip link del veth0");
    WAIT_FOR(!port(QString(), QStringLiteral("veth0")) && !port(QString(), QStringLiteral("veth1")));
    WAIT_FOR(window()->scene()->wires().isEmpty());
    QCOMPARE(window()->edits()->undoStack()->index(), 1);
}

void TutorialGuiTest::step12_undoNamespace()
{
    shortcut(Qt::Key_Z, Qt::ControlModifier);
    WAIT_FOR(namedNamespaces().isEmpty());
    WAIT_FOR_LOG("ip netns del blue");
    WAIT_FOR(!box(QStringLiteral("blue")));
    QCOMPARE(window()->edits()->undoStack()->index(), 0);
    QVERIFY(!window()->edits()->undoStack()->canUndo());
}

void TutorialGuiTest::step13_backToTheStart()
{
    // The last undo's re-read must be in before comparing.
    WAIT_FOR(window()->topologyModel()->topology().namespaces.size() == 1);
    const QByteArray now = ipSnapshot();
    if (now != ipAtStart())
        qWarning().noquote() << "at the start:\n" << ipAtStart() << "\nnow:\n" << now;
    QCOMPARE(now, ipAtStart());
    QCOMPARE(namedNamespaces(), QStringList());
    // Nothing in the window says something went wrong.
    QVERIFY2(window()->messageBar()->isHidden() || window()->messageBar()->text().isEmpty(),
             qPrintable(window()->messageBar()->text()));
}

// ------------------------------------------------------------------ main

int main(int argc, char** argv)
{
    return GuiTest::run<TutorialGuiTest>("tst_tutorial_gui", argc, argv);
}

#include "tst_tutorial_gui.moc"
