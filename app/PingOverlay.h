// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PingRoute.h"

#include <QObject>
#include <QPainterPath>
#include <QPointer>

class QGraphicsObject;
class QColor;
class QGraphicsItem;
class QRectF;
class QVariantAnimation;

namespace NetnsStudio {

class DiagramScene;

/// The ping tool's layer on the diagram: the route a ping takes (a soft trace along
/// the wires and through the boxes), packets as dots that run along it there and
/// back, and where it stops (red port, wire and box, with the reason beside them).
/// Keeps only identities, and draws itself anew whenever the diagram does; nothing
/// moves unless a packet is on its way.
class PingOverlay : public QObject {
    Q_OBJECT
public:
    explicit PingOverlay(DiagramScene* scene, QObject* parent = nullptr);
    ~PingOverlay() override;

    /// Shows a route (replacing what was shown), without a stop.
    void showRoute(const PingRoute& route);
    /// Marks where the ping stops (route.failedAt: an interface, or the box when its
    /// ifindex is 0) with the reason in words beside it.
    void showStop(const QString& reason);
    /// The outcome in a few words, shown by the way there (empty: none).
    void showResult(const QString& text);
    /// One packet along the route: there and back when it was answered; when not, as
    /// far as the route goes, where it turns red and fades.
    void sendPacket(bool answered);
    void clear();

    bool isShown() const { return m_shown; }
    int packetsInFlight() const { return int(m_animations.size()); }
    /// The reason shown beside the stop (empty when none is).
    QString stopText() const { return m_stopReason; }
    /// The items that mark the stop: port, wire and box, where there are such (for tests).
    QList<QGraphicsItem*> stopMarks() const { return m_stopMarks; }
    /// The route as drawn, there and back, in scene coordinates (for tests).
    QPainterPath therePath() const { return m_there; }
    QPainterPath backPath() const { return m_back; }

private:
    void redraw();
    QPainterPath pathThrough(const QList<InterfaceRef>& way) const;
    QPainterPath selfLoop(NamespaceId ns) const;
    /// Puts a callout beside a rectangle where it covers no box, with a line to target.
    void placeCallout(QGraphicsItem* callout, const QRectF& beside, const QPointF& target, const QColor& colour);
    void stopAnimations();

    DiagramScene* m_scene;
    QPointer<QGraphicsObject> m_layer; ///< parent of every item here; the scene may delete it on a rebuild
    PingRoute m_route;
    QString m_stopReason;
    QString m_result;
    bool m_shown = false;
    QPainterPath m_there, m_back;
    QList<QGraphicsItem*> m_stopMarks;
    QList<QVariantAnimation*> m_animations;
};

} // namespace NetnsStudio
