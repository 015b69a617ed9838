// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Topology.h"

#include <QGraphicsItem>
#include <QGraphicsObject>
#include <QGraphicsPathItem>

namespace NetnsStudio {

class PortItem;

/// Shared measures of the diagram, in scene units.
namespace DiagramMetrics {
constexpr qreal BoxWidth = 240;
constexpr qreal HeaderHeight = 30;
constexpr qreal RowHeight = 22;
constexpr qreal AddressHeight = 15;
constexpr qreal LoopbackHeight = 16;
constexpr qreal Padding = 8;
constexpr qreal PortRadius = 6;
} // namespace DiagramMetrics

/// Item types, so that the scene can tell its items apart.
enum DiagramItemType {
    NamespaceItemType = QGraphicsItem::UserType + 1,
    PortItemType,
    WireItemType,
};

/// A namespace as a box: header with its label and a badge for its kind, one row
/// (a PortItem) per interface. Holds only what it draws, copied from the model.
class NamespaceItem : public QGraphicsItem {
public:
    NamespaceItem(const Namespace& ns, const QString& layoutKey, bool showLoopback,
                  const QSet<QString>& hiddenLinks);

    int type() const override { return NamespaceItemType; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    NamespaceId namespaceId() const { return m_id; }
    const QString& layoutKey() const { return m_layoutKey; }
    const QString& label() const { return m_label; }
    NamespaceKind kind() const { return m_kind; }
    QList<PortItem*> ports() const { return m_ports; }
    PortItem* port(int ifindex) const;
    /// The small handle from which a new wire (veth pair) is drawn.
    QRectF wireHandleRect() const;
    /// Briefly marks the box, e.g. as the target while something is dragged over it.
    void setDropTarget(bool on);
    /// Marks the box as just changed, so that an audience sees what moved.
    void flash() { m_highlight = 1.0; update(); }
    /// Lets the mark fade by step; returns whether some is left.
    bool fadeHighlight(qreal step);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    NamespaceId m_id;
    QString m_layoutKey;
    QString m_label;
    NamespaceKind m_kind;
    QSizeF m_size;
    QList<PortItem*> m_ports;
    QList<QPair<PortItem*, PortItem*>> m_bridgeLinks; ///< (bridge, port of it)
    bool m_dropTarget = false;
    qreal m_highlight = 0; ///< 1 just changed, fading to 0
};

/// An interface: a row of its box with a round port on the box's edge; filled when
/// it has carrier, green when up and running, amber when up without carrier, grey
/// when down. Addresses are listed under its name; a "NAT" badge marks an interface
/// whose outgoing IPv4 traffic is masqueraded.
class PortItem : public QGraphicsItem {
public:
    PortItem(const Link& link, NamespaceId ns, QGraphicsItem* parent);

    int type() const override { return PortItemType; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    NamespaceId namespaceId() const { return m_ns; }
    int ifindex() const { return m_link.ifindex; }
    const Link& link() const { return m_link; }
    qreal height() const;
    /// Which edge of the box the port sits on; wires attach there.
    void setOnRightEdge(bool right);
    /// Scene position of the port's anchor, where wires end.
    QPointF anchor() const;
    QStringList shownAddresses() const;
    bool isLoopback() const { return m_link.linkType == QLatin1String("loopback"); }
    bool isBridge() const { return m_link.kind == QLatin1String("bridge"); }
    /// Where the "NAT" badge of a masqueraded interface is drawn, in item
    /// coordinates; null when its traffic is not masqueraded.
    QRectF natBadgeRect() const;

private:
    static QString natBadgeText();
    QColor stateColour() const;

    Link m_link;
    NamespaceId m_ns;
    bool m_right = true;
};

/// A veth pair: a curve between its two ports.
class WireItem : public QGraphicsPathItem {
public:
    WireItem(PortItem* a, PortItem* b);

    int type() const override { return WireItemType; }
    PortItem* endA() const { return m_a; }
    PortItem* endB() const { return m_b; }
    void updatePath();
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    PortItem* m_a;
    PortItem* m_b;
};

/// A parent for the items an overlay draws over the diagram (the ping's way, a lab's
/// preview), so that one QPointer tells whether the scene has deleted them (it does on
/// a rebuild).
class OverlayLayer : public QGraphicsObject {
public:
    explicit OverlayLayer(qreal z)
    {
        setFlag(ItemHasNoContents);
        setZValue(z);
    }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter*, const QStyleOptionGraphicsItem*, QWidget*) override {}
};

/// The colour and the words for a namespace kind.
QColor kindColour(NamespaceKind kind);
QString kindBadge(NamespaceKind kind);

} // namespace NetnsStudio
