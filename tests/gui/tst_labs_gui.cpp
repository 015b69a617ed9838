// SPDX-License-Identifier: GPL-3.0-or-later
// Lab files in the real window (offscreen, or under Xvfb for the screenshot) against
// the real helper in the sandbox, with `ip -j` as the oracle:
//
//  1. A broken lab gives an error naming its line and column; nothing is drawn or changed.
//  2. resources/labs/bridge.yaml opens as a preview: a dashed box for each namespace
//     and for what the host gains, a wire for each veth pair and bridge port; nothing
//     is changed. (With NETNS_STUDIO_SCREENSHOTS=DIR it saves DIR/lab-preview.png.)
//  3. Apply: `ip -j` has the lab, the preview is gone; the batch is one undo step.
//  4. Opened again: "already there", nothing to apply; Esc closes the bar.
//  5. Save Selection as Lab (two boxes selected) writes a file the reader loads back
//     equal, with the boxes' places; it plans nothing against the host.
//  6. Ctrl+Z takes the lab away: `ip -j` is as at the start.
//  7. `netns-studio --apply` of the same lab gives the same state as the GUI did;
//     Tear Down (answering its question) removes it, Ctrl+Z brings it back, and
//     Tear Down again leaves the host as at the start.
//
// Runs only inside scripts/sandbox (NETNS_STUDIO_SANDBOX=1); skipped elsewhere.

#include "CommandLog.h"
#include "DiagramItems.h"
#include "DiagramScene.h"
#include "DiagramView.h"
#include "EditController.h"
#include "GuiTestSupport.h"
#include "HelperClient.h"
#include "LabFiles.h"
#include "LabPlan.h"
#include "LabPreview.h"
#include "LabYaml.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "TopologyModel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QUndoStack>
#include <QtTest>

using namespace NetnsStudio;
using namespace GuiTest;

namespace {

const QString kLab = QStringLiteral("resources/labs/bridge.yaml");
const QStringList kLabNamespaces{QStringLiteral("ns1"), QStringLiteral("ns2"), QStringLiteral("ns3")};

/// What a lab decides about every namespace, from `ip -j`: each interface's kind,
/// master, MTU, whether it is up, its addresses; each route. Not the ifindexes and
/// MACs the kernel hands out, nor the carrier state that follows by itself.
QString labState()
{
    QStringList lines;
    QStringList spaces{QString()};
    spaces += namedNamespaces();
    for (const QString& ns : std::as_const(spaces)) {
        lines << QStringLiteral("[%1]").arg(ns.isEmpty() ? QStringLiteral("host") : ns);
        QStringList links;
        for (const QJsonValue& value : ipJson(ns, {QStringLiteral("-d"), QStringLiteral("link"), QStringLiteral("show")})) {
            const QJsonObject link = value.toObject();
            const QString name = link.value(QStringLiteral("ifname")).toString();
            const bool up = link.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("UP"));
            links << QStringLiteral("%1 %2 master=%3 mtu=%4 %5 %6")
                         .arg(name,
                              link.value(QStringLiteral("linkinfo")).toObject().value(QStringLiteral("info_kind")).toString(),
                              link.value(QStringLiteral("master")).toString())
                         .arg(link.value(QStringLiteral("mtu")).toInt())
                         .arg(up ? QStringLiteral("up") : QStringLiteral("down"), ipAddresses(ns, name).join(QLatin1Char(',')));
        }
        links.sort();
        lines += links;
        QStringList routes;
        for (const QJsonValue& value : ipJson(ns, {QStringLiteral("route"), QStringLiteral("show")})) {
            const QJsonObject route = value.toObject();
            routes << QStringLiteral("route %1 via %2 dev %3")
                          .arg(route.value(QStringLiteral("dst")).toString(), route.value(QStringLiteral("gateway")).toString(),
                               route.value(QStringLiteral("dev")).toString());
        }
        routes.sort();
        lines += routes;
    }
    return lines.join(QLatin1Char('\n'));
}

/// Runs the command-line program; empty when it worked, else what it said.
QString runStudio(const QStringList& args)
{
    const QString program = qEnvironmentVariable("NETNS_STUDIO_BUILD") + QStringLiteral("/bin/netns-studio");
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(kTimeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("netns-studio %1: %2%3")
            .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAllStandardError()), process.errorString());
    return {};
}

bool hasNamespaces(const Topology& topology, const QStringList& names)
{
    for (const QString& name : names)
        if (std::none_of(topology.namespaces.cbegin(), topology.namespaces.cend(),
                         [&](const Namespace& ns) { return ns.name == name; }))
            return false;
    return true;
}

} // namespace

class LabsGuiTest : public WindowFixture {
    Q_OBJECT

public:
    LabsGuiTest() : WindowFixture(Opens::Live) {}

private slots:
    void step1_brokenLabIsRefused();
    void step2_previewOfTheBridgeLab();
    void step3_apply();
    void step4_openedAgainIsAlreadyThere();
    void step5_saveSelectionAsLab();
    void step6_undo();
    void step7_sameAsTheCommandLine_andTearDown();

private:
    void prepareHost() override { QVERIFY(m_files.isValid()); }
    bool isLoaded() const override;
    QString stateDump() const override;

    LabFiles* labs() const { return window()->labs(); }
    QWidget* bar() const { return labs()->bar(); }
    QString barText() const { return bar()->findChild<QLabel*>()->text(); }
    QPushButton* applyButton() const { return bar()->findChild<QPushButton*>(QStringLiteral("LabApplyButton")); }
    bool modelHas(const QStringList& names) const { return hasNamespaces(window()->topologyModel()->topology(), names); }

    QTemporaryDir m_files;
    QString m_guiState;
};

bool LabsGuiTest::isLoaded() const
{
    return helper()->isSubscribed() && !window()->topologyModel()->topology().namespaces.isEmpty();
}

QString LabsGuiTest::stateDump() const
{
    QStringList lines{QStringLiteral("message bar: ") + window()->messageBar()->text(),
                      QStringLiteral("lab bar (%1): %2").arg(bar()->isVisible() ? QStringLiteral("shown") : QStringLiteral("hidden"), barText()),
                      QStringLiteral("command log:"), logDump(), QStringLiteral("ip -j:"), labState()};
    return lines.join(QLatin1Char('\n'));
}

void LabsGuiTest::step1_brokenLabIsRefused()
{
    auto* open = window()->findChild<QAction*>(QStringLiteral("OpenLabAction"));
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
    const QString path = m_files.filePath(QStringLiteral("broken.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("version: 1\nnamespaces:\n  - name: red\n    colour: blue\n");
    file.close();

    QVERIFY(!labs()->open(path));
    const QString message = window()->messageBar()->text();
    QVERIFY2(message.contains(QLatin1String("broken.yaml:4:5:")) && message.contains(QLatin1String("colour")),
             qPrintable(message));
    QVERIFY(!labs()->preview()->isShown());
    QVERIFY(!bar()->isVisible());
    QVERIFY(!labs()->recentLabs().contains(QFileInfo(path).absoluteFilePath()));
    QCOMPARE(ipSnapshot(), ipAtStart());
}

void LabsGuiTest::step2_previewOfTheBridgeLab()
{
    QVERIFY(labs()->open(kLab));
    QVERIFY(bar()->isVisible());
    QVERIFY2(barText().contains(QLatin1String("Three namespaces on a bridge")) &&
                 barText().contains(QLatin1String("makes 3 namespace")),
             qPrintable(barText()));
    QVERIFY(applyButton()->isEnabled());
    QCOMPARE(labs()->recentLabs().value(0), QFileInfo(kLab).absoluteFilePath());

    LabPreview* preview = labs()->preview();
    QVERIFY(preview->isShown());
    QCOMPARE(preview->newNamespaces(), kLabNamespaces);
    QStringList interfaces = preview->newInterfaces();
    interfaces.sort();
    QCOMPARE(interfaces, QStringList({QStringLiteral("host/br-lab"), QStringLiteral("host/ns1-br"), QStringLiteral("host/ns2-br"),
                                      QStringLiteral("host/ns3-br"), QStringLiteral("ns1/eth0"), QStringLiteral("ns2/eth0"),
                                      QStringLiteral("ns3/eth0")}));
    // Three new boxes and one under the host's; three veth pairs and three bridge ports.
    int boxes = 0;
    int wires = 0;
    for (QGraphicsItem* item : preview->items()) {
        QCOMPARE(item->scene(), window()->scene());
        if (item->type() == QGraphicsPathItem::Type)
            ++wires;
        else
            ++boxes;
    }
    QCOMPARE(boxes, 4);
    QCOMPARE(wires, 6);
    // Boxes stand clear of the diagram's, and the view shows them all.
    const QRectF shown = window()->view()->mapToScene(window()->view()->viewport()->rect()).boundingRect();
    for (QGraphicsItem* item : preview->items()) {
        QVERIFY(shown.contains(item->sceneBoundingRect()));
        if (item->type() == QGraphicsPathItem::Type)
            continue;
        for (QGraphicsItem* other : window()->scene()->items())
            if (other->type() == NamespaceItemType)
                QVERIFY2(!other->sceneBoundingRect().intersects(item->sceneBoundingRect()),
                         qPrintable(static_cast<NamespaceItem*>(other)->label()));
    }
    screenshot(QStringLiteral("lab-preview.png"));
    QCOMPARE(ipSnapshot(), ipAtStart());
    QVERIFY(!modelHas({QStringLiteral("ns1")}));
}

void LabsGuiTest::step3_apply()
{
    const int undoCount = window()->edits()->undoStack()->count();
    QTest::mouseClick(applyButton(), Qt::LeftButton);
    WAIT_FOR(!bar()->isVisible() && window()->edits()->undoStack()->count() == undoCount + 1);
    QVERIFY(!labs()->preview()->isShown());
    QCOMPARE(window()->edits()->undoStack()->text(undoCount), QStringLiteral("Apply lab Three namespaces on a bridge"));
    QCOMPARE(namedNamespaces(), kLabNamespaces);
    m_guiState = labState();
    QVERIFY2(m_guiState.contains(QLatin1String("up 10.0.3.254/24")), qPrintable(m_guiState));
    QVERIFY2(m_guiState.contains(QLatin1String("ns3-br veth master=br-lab mtu=1400 up")), qPrintable(m_guiState));
    QVERIFY2(m_guiState.contains(QLatin1String("eth0 veth master= mtu=1400 up 10.0.3.3/24")), qPrintable(m_guiState));
    WAIT_FOR(modelHas(kLabNamespaces));
}

void LabsGuiTest::step4_openedAgainIsAlreadyThere()
{
    QVERIFY(labs()->open(kLab));
    QVERIFY(bar()->isVisible());
    QVERIFY2(barText().contains(QLatin1String("already there, nothing to apply")), qPrintable(barText()));
    QVERIFY(!applyButton()->isEnabled());
    QVERIFY(labs()->preview()->items().isEmpty());
    QTest::keyClick(window(), Qt::Key_Escape);
    QVERIFY(!bar()->isVisible());
    QCOMPARE(labState(), m_guiState);
}

void LabsGuiTest::step5_saveSelectionAsLab()
{
    DiagramScene* scene = window()->scene();
    const Topology& live = window()->topologyModel()->topology();
    QHash<QString, QPointF> places;
    scene->clearSelection();
    for (const Namespace& ns : live.namespaces)
        if (ns.name == QLatin1String("ns1") || ns.name == QLatin1String("ns2")) {
            NamespaceItem* item = scene->namespaceItem(ns.id);
            QVERIFY(item);
            item->setSelected(true);
            places.insert(ns.name, item->pos());
        }
    QCOMPARE(places.size(), 2);
    auto* save = window()->findChild<QAction*>(QStringLiteral("SaveLabAction"));
    QVERIFY(save);
    QCOMPARE(save->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

    const QString path = m_files.filePath(QStringLiteral("saved.yaml"));
    QVERIFY2(labs()->saveSelection(path), qPrintable(window()->messageBar()->text()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QList<LabProblem> problems;
    const std::optional<Lab> lab = LabYaml::read(text, &problems);
    QVERIFY2(lab, problems.isEmpty() ? "" : qPrintable(problems.first().toString(path)));
    QCOMPARE(LabYaml::write(*lab), text);
    QCOMPARE(lab->createdNamespaces(), QStringList({QStringLiteral("ns1"), QStringLiteral("ns2")}));
    for (const QString& name : places.keys()) {
        QVERIFY(lab->namespaceNamed(name)->position);
        QCOMPARE(*lab->namespaceNamed(name)->position, places.value(name));
    }
    QCOMPARE(lab->veths.size(), 2);
    QVERIFY(LabPlan::apply(*lab, live).actions.isEmpty()); // it says what is there
    scene->clearSelection();
}

void LabsGuiTest::step6_undo()
{
    QTest::keyClick(window(), Qt::Key_Z, Qt::ControlModifier);
    WAIT_FOR(ipSnapshot() == ipAtStart());
    WAIT_FOR(!modelHas({QStringLiteral("ns1")}));
}

void LabsGuiTest::step7_sameAsTheCommandLine_andTearDown()
{
    const QString failure = runStudio({QStringLiteral("--apply"), kLab});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(labState(), m_guiState);
    WAIT_FOR(modelHas(kLabNamespaces));

    QString outcome;
    QString question;
    onNextModalDialog(answerYes(&question, nullptr), &outcome);
    labs()->tearDown(kLab);
    QVERIFY2(outcome.isEmpty(), qPrintable(outcome));
    QVERIFY2(question.contains(QLatin1String("ip link del br-lab")) && question.contains(QLatin1String("ip netns del ns3")),
             qPrintable(question));
    WAIT_FOR(ipSnapshot() == ipAtStart());
    WAIT_FOR(window()->edits()->undoStack()->undoText() == QLatin1String("Tear down lab Three namespaces on a bridge"));

    WAIT_FOR(!modelHas({QStringLiteral("ns1")}));
    window()->activateWindow(); // it gave way to the question
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QTest::keyClick(window(), Qt::Key_Z, Qt::ControlModifier);
    WAIT_FOR(labState() == m_guiState);
    WAIT_FOR(modelHas(kLabNamespaces));

    labs()->tearDown(kLab, false);
    WAIT_FOR(ipSnapshot() == ipAtStart());
}

int main(int argc, char** argv)
{
    return GuiTest::run<LabsGuiTest>("tst_labs_gui", argc, argv);
}

#include "tst_labs_gui.moc"
