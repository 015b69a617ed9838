// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagramScene.h"

#include "DiagramItems.h"
#include "GraphLayout.h"
#include "TopologyModel.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPalette>
#include <QScopedValueRollback>
#include <QPen>

namespace NetnsStudio {

using namespace DiagramMetrics;

namespace {
constexpr qreal kGap = 60; // between boxes placed next to the existing ones
constexpr int kSaveDelayMs = 500;
constexpr qreal kRowWidth = 1600; // newcomers' rows wrap at least this wide
} // namespace

DiagramScene::DiagramScene(const TopologyModel* model, LayoutStore* layout, QObject* parent)
    : QGraphicsScene(parent), m_model(model), m_layout(layout)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { m_layout->save(); });
    connect(model, &TopologyModel::reset, this, &DiagramScene::rebuild);
    connect(model, &TopologyModel::namespacesChanged, this, &DiagramScene::applyChanges);
    m_flashTimer.setInterval(40);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        bool any = false;
        for (NamespaceItem* box : std::as_const(m_boxes))
            any = box->fadeHighlight(0.04) || any;
        if (!any)
            m_flashTimer.stop();
    });
    rebuild();
}

void DiagramScene::setShowLoopback(bool show)
{
    if (m_showLoopback != show) {
        m_showLoopback = show;
        rebuild();
    }
}

void DiagramScene::setShowHostPhysical(bool show)
{
    if (m_showHostPhysical != show) {
        m_showHostPhysical = show;
        rebuild();
    }
}

NamespaceItem* DiagramScene::namespaceItem(NamespaceId id) const
{
    return m_boxes.value(id);
}

PortItem* DiagramScene::portItem(NamespaceId id, int ifindex) const
{
    NamespaceItem* box = m_boxes.value(id);
    return box ? box->port(ifindex) : nullptr;
}

void DiagramScene::rebuild()
{
    endGesture();
    const QList<QPair<NamespaceId, int>> selected = selectedIdentities();
    m_wires.clear();
    m_boxes.clear();
    clear();

    QList<NamespaceItem*> unplaced;
    for (const Namespace& ns : m_model->topology().namespaces)
        if (NamespaceItem* box = makeBox(ns); !m_layout->position(box->layoutKey()))
            unplaced << box;
    finishBoxes(unplaced, selected);
}

void DiagramScene::finishBoxes(const QList<NamespaceItem*>& unplaced, const QList<QPair<NamespaceId, int>>& selected)
{
    rebuildWires();
    placeNew(unplaced);
    orientPorts();
    for (WireItem* wire : std::as_const(m_wires))
        wire->updatePath();
    restoreSelection(selected);
    emit geometryChanged();
}

QList<QPair<NamespaceId, int>> DiagramScene::selectedIdentities() const
{
    // By identity, so that a selection survives its items being made anew.
    QList<QPair<NamespaceId, int>> selected;
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() == NamespaceItemType)
            selected << qMakePair(static_cast<NamespaceItem*>(item)->namespaceId(), 0);
        else if (item->type() == PortItemType)
            selected << qMakePair(static_cast<PortItem*>(item)->namespaceId(), static_cast<PortItem*>(item)->ifindex());
    }
    return selected;
}

void DiagramScene::restoreSelection(const QList<QPair<NamespaceId, int>>& selected)
{
    for (const auto& [id, ifindex] : selected)
        if (QGraphicsItem* item = ifindex ? static_cast<QGraphicsItem*>(portItem(id, ifindex))
                                          : static_cast<QGraphicsItem*>(namespaceItem(id)))
            item->setSelected(true);
}

NamespaceItem* DiagramScene::makeBox(const Namespace& ns)
{
    QSet<QString> hidden;
    if (!m_showHostPhysical && ns.kind == NamespaceKind::Host)
        for (const Link& link : ns.links)
            if (link.kind.isEmpty() && link.linkType != QLatin1String("loopback"))
                hidden.insert(link.name);
    auto* box = new NamespaceItem(ns, LayoutStore::keyOf(ns), m_showLoopback, hidden);
    if (const auto pos = m_layout->position(box->layoutKey()))
        box->setPos(*pos);
    addItem(box);
    m_boxes.insert(ns.id, box);
    return box;
}

void DiagramScene::applyChanges(const QList<NamespaceId>& changed, const QList<NamespaceId>& removed)
{
    endGesture();
    const QList<QPair<NamespaceId, int>> selected = selectedIdentities();
    for (WireItem* wire : std::as_const(m_wires))
        delete wire;
    m_wires.clear();
    for (NamespaceId id : removed)
        delete m_boxes.take(id);
    // Only the boxes that changed are made anew, where they stood.
    QList<NamespaceItem*> unplaced;
    for (NamespaceId id : changed) {
        const Namespace* ns = m_model->topology().namespaceById(id);
        NamespaceItem* old = m_boxes.take(id);
        const std::optional<QPointF> oldPos = old ? std::optional(old->pos()) : std::nullopt;
        delete old;
        if (!ns)
            continue;
        NamespaceItem* box = makeBox(*ns);
        if (oldPos)
            box->setPos(*oldPos);
        else if (!m_layout->position(box->layoutKey()))
            unplaced << box;
        box->flash();
    }
    m_flashTimer.start();
    finishBoxes(unplaced, selected);
}

void DiagramScene::rebuildWires()
{
    // Each veth pair once, between ports that are both shown.
    for (const Namespace& ns : m_model->topology().namespaces) {
        for (const Link& link : ns.links) {
            if (!link.peer.isValid() || link.peer.namespaceId == 0)
                continue;
            const bool first = std::pair(ns.id, link.ifindex) < std::pair(link.peer.namespaceId, link.peer.ifindex);
            PortItem* a = portItem(ns.id, link.ifindex);
            PortItem* b = portItem(link.peer.namespaceId, link.peer.ifindex);
            if (first && a && b) {
                auto* wire = new WireItem(a, b);
                addItem(wire);
                m_wires << wire;
            }
        }
    }
}

void DiagramScene::placeNew(const QList<NamespaceItem*>& unplaced)
{
    if (unplaced.isEmpty())
        return;
    if (unplaced.size() == m_boxes.size()) { // nothing placed yet: lay out everything
        relayout();
        return;
    }
    // Newcomers go in a row under what is already there, so nothing else moves.
    QRectF placed;
    for (NamespaceItem* box : std::as_const(m_boxes))
        if (!unplaced.contains(box))
            placed |= box->sceneBoundingRect();
    qreal x = placed.left();
    qreal y = placed.bottom() + kGap;
    qreal rowHeight = 0;
    const QScopedValueRollback placing(m_placing, true);
    const qreal rowEnd = placed.left() + std::max(placed.width(), kRowWidth);
    for (NamespaceItem* box : unplaced) {
        if (x > placed.left() && x + box->boundingRect().width() > rowEnd) { // wrap the row
            x = placed.left();
            y += rowHeight + kGap;
            rowHeight = 0;
        }
        box->setPos(x, y);
        m_layout->setPosition(box->layoutKey(), box->pos());
        x += box->boundingRect().width() + kGap;
        rowHeight = std::max(rowHeight, box->boundingRect().height());
    }
    m_saveTimer.start();
}

void DiagramScene::relayout()
{
    QList<GraphLayout::Node> nodes;
    for (NamespaceItem* box : std::as_const(m_boxes))
        nodes << GraphLayout::Node{box->layoutKey(), box->boundingRect().size()};
    QList<GraphLayout::Edge> edges;
    for (WireItem* wire : std::as_const(m_wires)) {
        auto* a = static_cast<NamespaceItem*>(wire->endA()->parentItem());
        auto* b = static_cast<NamespaceItem*>(wire->endB()->parentItem());
        edges << GraphLayout::Edge{a->layoutKey(), b->layoutKey()};
    }
    // A stable order, so that the same topology is laid out the same way each time.
    std::sort(nodes.begin(), nodes.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    std::sort(edges.begin(), edges.end(),
              [](const auto& a, const auto& b) { return std::tie(a.from, a.to) < std::tie(b.from, b.to); });
    const QHash<QString, QPointF> centres = GraphLayout::compute(nodes, edges);
    m_placing = true;
    for (NamespaceItem* box : std::as_const(m_boxes)) {
        const QPointF centre = centres.value(box->layoutKey());
        const QSizeF size = box->boundingRect().size();
        box->setPos(centre - QPointF(size.width() / 2, size.height() / 2));
        m_layout->setPosition(box->layoutKey(), box->pos());
    }
    m_placing = false;
    orientPorts();
    for (WireItem* wire : std::as_const(m_wires))
        wire->updatePath();
    m_layout->save();
    emit geometryChanged();
}

void DiagramScene::orientPorts()
{
    // A port faces the box its wire goes to; unwired ports face right.
    for (WireItem* wire : std::as_const(m_wires)) {
        const qreal ax = wire->endA()->parentItem()->sceneBoundingRect().center().x();
        const qreal bx = wire->endB()->parentItem()->sceneBoundingRect().center().x();
        if (wire->endA()->parentItem() == wire->endB()->parentItem()) {
            wire->endA()->setOnRightEdge(true);
            wire->endB()->setOnRightEdge(true);
            continue;
        }
        if (std::abs(bx - ax) < BoxWidth) { // stacked: both on the same side, the wire beside them
            wire->endA()->setOnRightEdge(true);
            wire->endB()->setOnRightEdge(true);
            continue;
        }
        wire->endA()->setOnRightEdge(bx >= ax);
        wire->endB()->setOnRightEdge(ax > bx);
    }
}

void DiagramScene::namespaceMoved(NamespaceItem* item)
{
    m_layout->setPosition(item->layoutKey(), item->pos());
    if (m_placing) // the placer orients ports and routes wires once, at the end
        return;
    m_saveTimer.start();
    updateWires(item);
    emit geometryChanged();
}

void DiagramScene::updateWires(NamespaceItem* moved)
{
    orientPorts();
    for (WireItem* wire : std::as_const(m_wires))
        if (wire->endA()->parentItem() == moved || wire->endB()->parentItem() == moved)
            wire->updatePath();
}

void DiagramScene::selectItem(NamespaceId id, int ifindex)
{
    QGraphicsItem* item = ifindex ? static_cast<QGraphicsItem*>(portItem(id, ifindex))
                                  : static_cast<QGraphicsItem*>(namespaceItem(id));
    if (!item || (item->isSelected() && selectedItems().size() == 1))
        return;
    clearSelection();
    item->setSelected(true);
}

NamespaceItem* DiagramScene::boxAt(const QPointF& scenePos) const
{
    for (QGraphicsItem* item : items(scenePos)) {
        if (item->type() == NamespaceItemType)
            return static_cast<NamespaceItem*>(item);
        if (item->type() == PortItemType)
            return static_cast<NamespaceItem*>(item->parentItem());
    }
    return nullptr;
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        NamespaceItem* box = boxAt(event->scenePos());
        if (box && box->wireHandleRect().contains(box->mapFromScene(event->scenePos()))) {
            m_gesture = Gesture::Wire;
            m_gestureSource = box;
            m_rubberBand = addLine(QLineF(event->scenePos(), event->scenePos()),
                                   QPen(QApplication::palette().color(QPalette::Highlight), 2, Qt::DashLine));
            event->accept();
            return;
        }
        for (QGraphicsItem* item : items(event->scenePos())) {
            if (item->type() == PortItemType) {
                m_carriedPort = static_cast<PortItem*>(item);
                m_pressPos = event->scenePos();
                break;
            }
        }
    }
    QGraphicsScene::mousePressEvent(event);
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_carriedPort && m_gesture == Gesture::None &&
        (event->scenePos() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_gesture = Gesture::CarryPort;
        m_gestureSource = static_cast<NamespaceItem*>(m_carriedPort->parentItem());
        m_rubberBand = addLine(QLineF(m_carriedPort->anchor(), event->scenePos()),
                               QPen(QApplication::palette().color(QPalette::Highlight), 2, Qt::DashLine));
    }
    if (m_gesture != Gesture::None) {
        m_rubberBand->setLine(QLineF(m_rubberBand->line().p1(), event->scenePos()));
        NamespaceItem* target = boxAt(event->scenePos());
        if (m_gesture == Gesture::CarryPort && target == m_gestureSource)
            target = nullptr;
        if (target != m_dropTarget) {
            if (m_dropTarget)
                m_dropTarget->setDropTarget(false);
            m_dropTarget = target;
            if (m_dropTarget)
                m_dropTarget->setDropTarget(true);
        }
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_gesture == Gesture::None) {
        m_carriedPort = nullptr;
        QGraphicsScene::mouseReleaseEvent(event);
        return;
    }
    NamespaceItem* target = m_dropTarget;
    const Gesture gesture = m_gesture;
    NamespaceItem* source = m_gestureSource;
    PortItem* port = m_carriedPort;
    const NamespaceId from = source->namespaceId();
    const int ifindex = port ? port->ifindex() : 0;
    const QString name = port ? port->link().name : QString();
    // Where the wire was dropped on its own box, the pair goes inside that box.
    if (gesture == Gesture::Wire && !target)
        target = boxAt(event->scenePos());
    const NamespaceId to = target ? target->namespaceId() : 0;
    endGesture();
    event->accept();
    if (!to)
        return;
    if (gesture == Gesture::Wire)
        emit vethPairRequested(from, to);
    else
        emit moveRequested(from, ifindex, name, to);
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    if (!itemAt(event->scenePos(), QTransform())) {
        emit newNamespaceRequested();
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void DiagramScene::endGesture()
{
    if (m_dropTarget)
        m_dropTarget->setDropTarget(false);
    m_dropTarget = nullptr;
    delete m_rubberBand;
    m_rubberBand = nullptr;
    m_gesture = Gesture::None;
    m_gestureSource = nullptr;
    m_carriedPort = nullptr;
}

} // namespace NetnsStudio
