// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagramView.h"

#include <QAccessible>
#include <QGraphicsItem>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace NetnsStudio {

namespace {
constexpr qreal kZoomStep = 1.2;
constexpr qreal kMinZoom = 0.05;
constexpr qreal kMaxZoom = 5.0;
} // namespace

DiagramView::DiagramView(QGraphicsScene* scene, QWidget* parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAccessibleName(tr("Diagram of network namespaces"));
    setToolTip(tr("Drag a box's + handle to another box to make a veth pair; drag an interface "
                  "onto another box to move it there; double-click empty space for a new namespace."));
    // The boxes and wires are not widgets, so a screen reader cannot visit them; the
    // inventory lists the same things as a tree. The diagram tells what is selected in it
    // (selection follows the inventory), in the words of the selected items' tool tips.
    describeSelection();
    connect(scene, &QGraphicsScene::selectionChanged, this, &DiagramView::describeSelection);
}

void DiagramView::describeSelection()
{
    QStringList selected;
    if (scene())
        for (const QGraphicsItem* item : scene()->selectedItems())
            if (!item->toolTip().isEmpty())
                selected << item->toolTip();
    const QString description = selected.isEmpty()
                                    ? tr("Nothing selected. The inventory lists every namespace and interface.")
                                    : tr("Selected: %1").arg(selected.join(QStringLiteral("; ")));
    if (description == accessibleDescription())
        return;
    setAccessibleDescription(description);
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

void DiagramView::scaleBy(qreal factor)
{
    const qreal next = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    scale(next / zoom(), next / zoom());
}

void DiagramView::zoomIn()
{
    scaleBy(kZoomStep);
}

void DiagramView::zoomOut()
{
    scaleBy(1 / kZoomStep);
}

void DiagramView::resetZoom()
{
    setTransform(QTransform());
}

void DiagramView::fitAll()
{
    const QRectF bounds = scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (bounds.isEmpty())
        return;
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.0) // small diagrams stay at their natural size
        resetZoom();
    centerOn(bounds.center());
}

void DiagramView::centreOn(const QGraphicsItem* item)
{
    if (item)
        centerOn(item);
}

void DiagramView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        scaleBy(event->angleDelta().y() > 0 ? kZoomStep : 1 / kZoomStep);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_lastPan = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_lastPan;
        m_lastPan = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

} // namespace NetnsStudio
