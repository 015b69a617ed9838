// SPDX-License-Identifier: GPL-3.0-or-later
#include "PingTool.h"

#include "DiagramItems.h"
#include "DiagramScene.h"
#include "DiagramView.h"
#include "HelperClient.h"
#include "PingOverlay.h"
#include "PingPanel.h"
#include "PingRoute.h"
#include "TopologyModel.h"
#include "Validation.h"

#include <QAction>
#include <QDockWidget>
#include <QGraphicsSceneMouseEvent>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

#include <algorithm>
#include <numeric>

namespace NetnsStudio {

namespace {

/// Three requests a second apart: enough to see it work or not, short enough to wait for.
const PingOptions kOptions{3, 1000, 1000};

QString withoutPrefix(const QString& cidr)
{
    return cidr.section(QLatin1Char('/'), 0, 0);
}

/// The address of a port under a point of the scene: the address line clicked, or
/// the first when the interface's name was clicked. Empty when it has none.
QString addressAt(const PortItem* port, const QPointF& scenePos)
{
    const QStringList addresses = port->shownAddresses();
    if (addresses.isEmpty())
        return {};
    const qreal y = port->mapFromScene(scenePos).y() - DiagramMetrics::RowHeight;
    const int line = y < 0 ? 0 : int(y / DiagramMetrics::AddressHeight);
    return withoutPrefix(addresses.value(line, addresses.first()));
}

} // namespace

PingTool::PingTool(HelperClient* helper, const TopologyModel* model, DiagramScene* scene, DiagramView* view,
                   QMainWindow* window)
    : QObject(window), m_helper(helper), m_model(model), m_scene(scene), m_view(view), m_window(window),
      m_panel(new PingPanel), m_dock(new QDockWidget(tr("Ping"), window)), m_overlay(new PingOverlay(scene, this)),
      m_action(new QAction(QIcon::fromTheme(QStringLiteral("network-transmit-receive")), tr("&Ping…"), this)),
      m_clearAction(new QAction(tr("Clear the Ping"), this))
{
    m_dock->setObjectName(QStringLiteral("PingDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide(); // until the tool is used

    m_action->setObjectName(QStringLiteral("PingAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    const QString tip = tr("Ping from a namespace: click its box, then click an address or type one");
    m_action->setToolTip(tip + QStringLiteral(" (%1)").arg(m_action->shortcut().toString(QKeySequence::NativeText)));
    m_action->setStatusTip(tip);
    connect(m_action, &QAction::triggered, this, &PingTool::start);

    m_clearAction->setObjectName(QStringLiteral("PingClearAction"));
    m_clearAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clearAction->setEnabled(false); // Esc stays free for everything else until there is a ping to clear
    window->addAction(m_clearAction);
    connect(m_clearAction, &QAction::triggered, this, &PingTool::clear);

    connect(m_panel, &PingPanel::pingRequested, this, &PingTool::run);
    connect(m_panel, &PingPanel::clearRequested, this, &PingTool::clear);
    auto namespacesChanged = [this] { m_panel->setNamespaces(m_model->topology()); };
    connect(model, &TopologyModel::reset, this, namespacesChanged);
    connect(model, &TopologyModel::namespacesChanged, this, namespacesChanged);
    m_panel->setNamespaces(m_model->topology());
    scene->installEventFilter(this);
}

bool PingTool::isRunning() const
{
    return m_run && m_run->isRunning();
}

QString PingTool::label(NamespaceId id) const
{
    const Namespace* ns = m_model->topology().namespaceById(id);
    return ns ? ns->label : QString::number(id);
}

void PingTool::addContextMenuEntries(QMenu* menu, NamespaceId ns, int ifindex)
{
    menu->addAction(m_action->icon(), ifindex ? tr("Ping from %1…").arg(label(ns)) : tr("Ping from Here…"), this,
                    [this, ns] { pingFrom(ns); });
    const PortItem* port = ifindex ? m_scene->portItem(ns, ifindex) : nullptr;
    if (!port)
        return;
    for (const QString& cidr : port->shownAddresses()) {
        const QString address = withoutPrefix(cidr);
        QMenu* from = menu->addMenu(tr("Ping %1 From").arg(address));
        for (const Namespace& source : m_model->topology().namespaces)
            from->addAction(source.label, this, [this, id = source.id, address] { run(id, address); });
    }
}

void PingTool::start()
{
    m_dock->show();
    m_dock->raise();
    NamespaceId selected = 0;
    for (QGraphicsItem* item : m_scene->selectedItems()) {
        if (item->type() == NamespaceItemType)
            selected = static_cast<NamespaceItem*>(item)->namespaceId();
        else if (item->type() == PortItemType)
            selected = static_cast<PortItem*>(item)->namespaceId();
    }
    if (selected) {
        pingFrom(selected);
        return;
    }
    setPicking(Picking::Source);
}

void PingTool::pingFrom(NamespaceId source)
{
    m_dock->show();
    m_dock->raise();
    m_panel->setSource(source);
    setPicking(Picking::Target);
    m_panel->focusAddress();
}

void PingTool::setPicking(Picking picking)
{
    m_picking = picking;
    QString hint;
    if (picking == Picking::Source)
        hint = tr("Click the namespace to ping from.");
    else if (picking == Picking::Target)
        hint = tr("Pinging from %1: click an address on the diagram, or type one and press Enter. "
                  "Clicking another box pings from there instead. Esc stops.")
                   .arg(label(m_panel->source()));
    m_panel->showHint(hint);
    if (hint.isEmpty()) {
        m_view->viewport()->unsetCursor();
        m_window->statusBar()->clearMessage();
    } else {
        m_view->viewport()->setCursor(Qt::CrossCursor);
        m_window->statusBar()->showMessage(hint);
    }
    updateClearAction();
}

void PingTool::updateClearAction()
{
    m_clearAction->setEnabled(isPicking() || m_overlay->isShown() || isRunning());
}

bool PingTool::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_scene || !isPicking())
        return false;
    switch (event->type()) {
    case QEvent::GraphicsSceneMousePress:
    case QEvent::GraphicsSceneMouseRelease:
    case QEvent::GraphicsSceneMouseDoubleClick: {
        // While picking, a left click picks and does nothing else (no drag, no selection).
        auto* mouse = static_cast<QGraphicsSceneMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        if (event->type() == QEvent::GraphicsSceneMousePress)
            pick(mouse->scenePos());
        return true;
    }
    default:
        return false;
    }
}

void PingTool::pick(const QPointF& scenePos)
{
    NamespaceId ns = 0;
    const PortItem* port = nullptr;
    for (QGraphicsItem* item : m_scene->items(scenePos)) {
        if (item->type() == PortItemType) {
            port = static_cast<PortItem*>(item);
            ns = port->namespaceId();
            break;
        }
        if (item->type() == NamespaceItemType) {
            ns = static_cast<NamespaceItem*>(item)->namespaceId();
            break;
        }
    }
    if (!ns)
        return; // empty canvas
    const QString address = port ? addressAt(port, scenePos) : QString();
    if (m_picking == Picking::Target && !address.isEmpty()) {
        run(m_panel->source(), address);
        return;
    }
    m_panel->setSource(ns);
    setPicking(Picking::Target);
}

void PingTool::run(NamespaceId source, const QString& address)
{
    if (m_run) {
        m_run->disconnect(this);
        m_run->deleteLater();
    }
    m_overlay->clear();
    m_dock->show();
    m_panel->clearResults();
    m_panel->setSource(source);
    m_panel->setAddress(address);
    setPicking(Picking::None);
    m_current = PingOutcome{};
    m_current.source = source;
    m_current.address = address;

    QString error;
    if (!Validation::parseIpLiteral(address, &error)) {
        refuse(error);
        return;
    }
    if (!m_model->topology().namespaceById(source)) {
        refuse(tr("There is no namespace with id %1 to ping from.").arg(source));
        return;
    }
    const Topology& topology = m_model->topology();
    m_current.explanation = PathExplainer(topology).explain(source, address);
    const PathExplanation& path = m_current.explanation;
    m_overlay->showRoute(PingRoute::of(topology, source, path));
    const QString expectation = path.works()
        ? tr("Expected to work: there %1; back %2.").arg(describe(path.forward), describe(path.back))
        : tr("Expected to fail: %1").arg(path.reason);
    m_panel->startRun(tr("Ping %1 from %2").arg(address, label(source)), expectation);

    m_run = new PingRun(*m_helper, source, address, kOptions, this);
    connect(m_run, &PingRun::reply, this, &PingTool::onReply);
    connect(m_run, &PingRun::noReply, this, &PingTool::onNoReply);
    connect(m_run, &PingRun::finished, this, &PingTool::onFinished);
    connect(m_run, &PingRun::failed, this, [this](const HelperError& e) {
        refuse(tr("The helper refused the ping: %1").arg(e.message), e.name + QStringLiteral(": ") + e.message);
    });
    emit started(source, address);
    m_run->start();
    updateClearAction();
}

QString PingTool::describe(const QList<PathHop>& hops) const
{
    QStringList steps;
    for (const PathHop& hop : hops)
        steps << (hop.outLink.isEmpty() ? hop.nsLabel : tr("%1 (out of %2)").arg(hop.nsLabel, hop.outLink));
    return steps.join(QStringLiteral(" → "));
}

void PingTool::refuse(const QString& reason, const QString& error)
{
    m_overlay->clear();
    m_panel->clearResults();
    m_panel->showInputError(reason);
    m_current.error = error.isEmpty() ? reason : error;
    updateClearAction();
    emit outcome(m_current);
}

void PingTool::onReply(uint seq, double rttMs)
{
    m_current.rttsMs << rttMs;
    m_panel->addReply(seq, rttMs);
    m_overlay->sendPacket(true);
}

void PingTool::onNoReply(uint seq, const QString& status, const QString& detail)
{
    m_panel->addNoReply(seq, status, detail);
    m_overlay->sendPacket(false);
}

void PingTool::onFinished(uint sent, uint received)
{
    m_current.sent = sent;
    m_current.received = received;
    const PathExplanation& path = m_current.explanation;
    QString summary = tr("%1 sent, %2 received.").arg(sent).arg(received);
    const QList<double>& rtts = m_current.rttsMs;
    const double average = rtts.isEmpty() ? 0 : std::accumulate(rtts.begin(), rtts.end(), 0.0) / double(rtts.size());
    if (!rtts.isEmpty()) {
        const auto [min, max] = std::minmax_element(rtts.begin(), rtts.end());
        summary += QLatin1Char(' ') + tr("Round trip: at least %1 ms, on average %2 ms, at most %3 ms.")
                                          .arg(*min, 0, 'f', 3).arg(average, 0, 'f', 3).arg(*max, 0, 'f', 3);
    }
    QString verdict;
    if (m_current.replied() && !path.works())
        verdict = tr("The explainer expected this ping to fail (%1), but replies came. The ping is the truth: "
                     "the explainer misses something here.")
                      .arg(path.reason);
    else if (!m_current.replied() && path.works())
        verdict = tr("The explainer expected replies, but none came. The ping is the truth: something the "
                     "diagram does not show stops it (a firewall rule, for example).");
    else if (!m_current.replied()) {
        verdict = tr("It stops in %1: %2").arg(label(path.failedAt), path.reason);
        m_overlay->showStop(path.reason);
    }
    m_panel->finishRun(summary, verdict, !m_current.replied() || !m_current.explainerAgrees());
    if (m_current.replied())
        m_overlay->showResult(
            tr("%1 of %2 replies, %3 ms on average").arg(received).arg(sent).arg(average, 0, 'f', 3));
    updateClearAction();
    emit outcome(m_current);
}

void PingTool::clear()
{
    if (m_run) {
        m_run->disconnect(this);
        m_run->deleteLater();
    }
    setPicking(Picking::None);
    m_overlay->clear();
    m_panel->clearResults();
    m_panel->showInputError({});
    updateClearAction();
}

} // namespace NetnsStudio
