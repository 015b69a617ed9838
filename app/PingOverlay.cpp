// SPDX-License-Identifier: GPL-3.0-or-later
#include "PingOverlay.h"

#include "DiagramItems.h"
#include "DiagramScene.h"

#include <QApplication>
#include <QEasingCurve>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsObject>
#include <QGraphicsPathItem>
#include <QPainter>
#include <QPalette>
#include <QPen>
#include <QVariantAnimation>

namespace NetnsStudio {

using namespace DiagramMetrics;

namespace {

constexpr int kLegMs = 700;          // one way along the route
constexpr qreal kFade = 0.5;         // an unanswered packet fades for half a leg
constexpr qreal kDotRadius = 5;
constexpr qreal kCalloutWidth = 250;
constexpr qreal kLoopRadius = 12;
const QColor kRequestColour(0x1e, 0x88, 0xe5);
const QColor kReplyColour(0x2e, 0xa0, 0x43);
const QColor kStopColour(0xd3, 0x2f, 0x2f);

/// Words beside a place of the diagram (why the ping stops there, how it went), in a
/// box with a border of the colour that says which.
class CalloutItem : public QGraphicsItem {
public:
    CalloutItem(const QString& text, const QColor& colour, QGraphicsItem* parent)
        : QGraphicsItem(parent), m_text(text), m_colour(colour)
    {
        const QFontMetricsF metrics(QApplication::font());
        const QRectF textRect = metrics.boundingRect(QRectF(0, 0, kCalloutWidth - 2 * Padding, 1000),
                                                     Qt::TextWordWrap, m_text);
        m_rect = QRectF(0, 0, textRect.width() + 2 * Padding, textRect.height() + 2 * Padding);
        setToolTip(m_text);
    }
    QRectF boundingRect() const override { return m_rect.adjusted(-2, -2, 2, 2); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        const QPalette pal = QApplication::palette();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(m_colour, 2));
        painter->setBrush(pal.color(QPalette::ToolTipBase));
        painter->drawRoundedRect(m_rect, 6, 6);
        painter->setPen(pal.color(QPalette::ToolTipText));
        painter->setFont(QApplication::font());
        painter->drawText(m_rect.adjusted(Padding, Padding, -Padding, -Padding), Qt::TextWordWrap, m_text);
    }

private:
    QString m_text;
    QColor m_colour;
    QRectF m_rect;
};

QPointF pointAlong(const QPainterPath& path, qreal fraction)
{
    return path.pointAtPercent(path.percentAtLength(std::clamp(fraction, 0.0, 1.0) * path.length()));
}

} // namespace

PingOverlay::PingOverlay(DiagramScene* scene, QObject* parent) : QObject(parent), m_scene(scene)
{
    connect(scene, &DiagramScene::geometryChanged, this, [this] {
        if (m_shown)
            redraw();
    });
}

PingOverlay::~PingOverlay()
{
    stopAnimations();
    delete m_layer; // when the scene has not taken it already
}

void PingOverlay::showRoute(const PingRoute& route)
{
    m_route = route;
    m_stopReason.clear();
    m_result.clear();
    m_shown = true;
    redraw();
}

void PingOverlay::showStop(const QString& reason)
{
    m_stopReason = reason;
    redraw();
}

void PingOverlay::showResult(const QString& text)
{
    m_result = text;
    redraw();
}

void PingOverlay::clear()
{
    stopAnimations();
    delete m_layer;
    m_shown = false;
    m_route = {};
    m_stopReason.clear();
    m_result.clear();
    m_there = m_back = {};
    m_stopMarks.clear();
}

void PingOverlay::stopAnimations()
{
    qDeleteAll(m_animations); // their dots go with the layer, which every caller deletes next
    m_animations.clear();
}

QPainterPath PingOverlay::pathThrough(const QList<InterfaceRef>& way) const
{
    QPainterPath path;
    PortItem* previous = nullptr;
    for (const InterfaceRef& ref : way) {
        PortItem* port = m_scene->portItem(ref.first, ref.second);
        if (!port)
            continue; // not shown (a hidden loopback or physical interface)
        if (!previous) {
            path.moveTo(port->anchor());
        } else {
            QPainterPath step;
            for (WireItem* wire : m_scene->wires()) {
                if (wire->endA() == previous && wire->endB() == port)
                    step = wire->path();
                else if (wire->endA() == port && wire->endB() == previous)
                    step = wire->path().toReversed();
            }
            if (step.isEmpty())
                path.lineTo(port->anchor()); // through a box: a bridge, or a namespace that forwards
            else
                path.connectPath(step);
        }
        previous = port;
    }
    return path;
}

QPainterPath PingOverlay::selfLoop(NamespaceId ns) const
{
    // Delivered to its own address: a small loop at lo (or at the header, when lo is hidden).
    NamespaceItem* box = m_scene->namespaceItem(ns);
    if (!box)
        return {};
    QPointF at = box->mapToScene(QPointF(BoxWidth, HeaderHeight / 2));
    for (PortItem* port : box->ports())
        if (port->isLoopback())
            at = port->anchor();
    const bool right = at.x() >= box->sceneBoundingRect().center().x();
    const QPointF centre = at + QPointF(right ? kLoopRadius : -kLoopRadius, 0);
    QPainterPath loop(at);
    loop.arcTo(QRectF(centre - QPointF(kLoopRadius, kLoopRadius), QSizeF(2 * kLoopRadius, 2 * kLoopRadius)),
               right ? 180 : 0, right ? -360 : 360);
    return loop;
}

void PingOverlay::redraw()
{
    stopAnimations();
    delete m_layer;
    m_stopMarks.clear();
    m_there = m_route.there.isEmpty() && m_route.destination == m_route.source && m_route.source
                  ? selfLoop(m_route.source)
                  : pathThrough(m_route.there);
    m_back = pathThrough(m_route.back);

    // One translucent layer over everything, so that a way through a box (a bridge, a
    // namespace that forwards) shows as well as one along a wire.
    auto* layer = new OverlayLayer(10);
    m_layer = layer;
    m_scene->addItem(layer);
    QColor trace = kRequestColour;
    trace.setAlphaF(0.4);
    auto addTrace = [&](const QPainterPath& path, Qt::PenStyle style) {
        auto* item = new QGraphicsPathItem(path, layer);
        item->setPen(QPen(trace, 10, style, Qt::RoundCap, Qt::RoundJoin));
        item->setAcceptedMouseButtons(Qt::NoButton);
    };
    addTrace(m_there, Qt::SolidLine);
    QList<InterfaceRef> reversedThere(m_route.there.crbegin(), m_route.there.crend());
    if (m_route.back != reversedThere) // a different way back is drawn dashed
        addTrace(m_back, Qt::DashLine);

    if (!m_result.isEmpty()) {
        // How it went, under (or over) the boxes it passed, tied to the middle of the way.
        QRectF passed;
        for (const InterfaceRef& ref : m_route.there + QList<InterfaceRef>{{m_route.source, 0}})
            if (NamespaceItem* box = m_scene->namespaceItem(ref.first))
                passed |= box->sceneBoundingRect();
        const QPointF middle = m_there.isEmpty() ? passed.center() : pointAlong(m_there, 0.5);
        placeCallout(new CalloutItem(m_result, kReplyColour, layer), passed, middle, kReplyColour);
    }
    if (m_stopReason.isEmpty())
        return;
    const auto [nsId, ifindex] = m_route.failedAt;
    NamespaceItem* box = m_scene->namespaceItem(nsId);
    if (!box)
        return;
    const QPen stopPen(kStopColour, 3);
    const QRectF boxRect = box->sceneBoundingRect().adjusted(5, 5, -5, -5);
    auto* boxMark = new QGraphicsPathItem(layer);
    QPainterPath outline;
    outline.addRoundedRect(boxRect, 9, 9);
    boxMark->setPath(outline);
    boxMark->setPen(stopPen);
    boxMark->setAcceptedMouseButtons(Qt::NoButton);
    m_stopMarks << boxMark;
    QPointF target(boxRect.right(), boxRect.top() + HeaderHeight / 2);
    if (PortItem* port = ifindex ? m_scene->portItem(nsId, ifindex) : nullptr) {
        target = port->anchor();
        auto* ring = new QGraphicsEllipseItem(QRectF(target - QPointF(11, 11), QSizeF(22, 22)), layer);
        ring->setPen(stopPen);
        ring->setAcceptedMouseButtons(Qt::NoButton);
        m_stopMarks << ring;
        for (WireItem* wire : m_scene->wires()) {
            if (wire->endA() != port && wire->endB() != port)
                continue;
            auto* wireMark = new QGraphicsPathItem(wire->path(), layer);
            wireMark->setPen(QPen(kStopColour, 4, Qt::SolidLine, Qt::RoundCap));
            wireMark->setAcceptedMouseButtons(Qt::NoButton);
            m_stopMarks << wireMark;
        }
    }
    placeCallout(new CalloutItem(m_stopReason, kStopColour, layer), boxRect, target, kStopColour);
}

void PingOverlay::placeCallout(QGraphicsItem* callout, const QRectF& beside, const QPointF& target,
                               const QColor& colour)
{
    // Where it covers no box: below, above, right or left of `beside`.
    const QSizeF size = callout->boundingRect().size();
    const qreal centred = target.x() - size.width() / 2;
    const QList<QPointF> places{
        {centred, beside.bottom() + 30},
        {centred, beside.top() - 30 - size.height()},
        {beside.right() + 40, target.y() - 18},
        {beside.left() - 40 - size.width(), target.y() - 18},
    };
    QPointF place = places.first();
    for (const QPointF& candidate : places) {
        const QList<QGraphicsItem*> under =
            m_scene->items(QRectF(candidate, size).adjusted(-8, -8, 8, 8), Qt::IntersectsItemBoundingRect);
        if (std::none_of(under.begin(), under.end(), [](QGraphicsItem* item) { return item->type() == NamespaceItemType; })) {
            place = candidate;
            break;
        }
    }
    callout->setPos(place);
    const QRectF area(place, size);
    const QPointF edge(std::clamp(target.x(), area.left() + 12, area.right() - 12),
                       std::clamp(target.y(), area.top(), area.bottom()));
    auto* leader = new QGraphicsLineItem(QLineF(target, edge), callout->parentItem());
    leader->setPen(QPen(colour, 2, Qt::DotLine));
    leader->setZValue(-1); // under the callout
}

void PingOverlay::sendPacket(bool answered)
{
    if (!m_shown || !m_layer)
        return;
    auto* dot = new QGraphicsEllipseItem(QRectF(-kDotRadius, -kDotRadius, 2 * kDotRadius, 2 * kDotRadius), m_layer);
    dot->setPen(QPen(Qt::white, 1.5));
    dot->setBrush(kRequestColour);
    dot->setZValue(2);
    dot->setAcceptedMouseButtons(Qt::NoButton);
    // With no way out at all (no route), the packet never leaves its box.
    QPointF stopPoint;
    if (!m_there.isEmpty())
        stopPoint = m_there.pointAtPercent(0);
    else if (NamespaceItem* box = m_scene->namespaceItem(m_route.source))
        stopPoint = box->mapToScene(QPointF(BoxWidth / 2, HeaderHeight / 2));
    dot->setPos(stopPoint);
    const bool back = answered && !m_back.isEmpty();
    const qreal end = answered ? (back ? 2.0 : 1.0) : 1.0 + kFade;
    auto* animation = new QVariantAnimation(this);
    animation->setStartValue(0.0);
    animation->setEndValue(end);
    animation->setDuration(int(kLegMs * end));
    m_animations << animation;
    QPointer<QGraphicsObject> layer = m_layer;
    connect(animation, &QVariantAnimation::valueChanged, this, [this, layer, dot, answered, stopPoint](const QVariant& v) {
        if (!layer)
            return;
        const qreal t = v.toReal();
        if (t <= 1) {
            dot->setPos(m_there.isEmpty() ? stopPoint : pointAlong(m_there, QEasingCurve(QEasingCurve::InOutSine).valueForProgress(t)));
        } else if (answered) {
            dot->setBrush(kReplyColour);
            dot->setPos(pointAlong(m_back, QEasingCurve(QEasingCurve::InOutSine).valueForProgress(t - 1)));
        } else {
            dot->setBrush(kStopColour);
            dot->setOpacity(1 - (t - 1) / kFade);
        }
    });
    connect(animation, &QVariantAnimation::finished, this, [this, animation, layer, dot] {
        m_animations.removeOne(animation);
        animation->deleteLater();
        if (layer)
            delete dot;
    });
    animation->start();
}

} // namespace NetnsStudio
