// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagramItems.h"

#include "DiagramScene.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace NetnsStudio {

using namespace DiagramMetrics;

namespace {

constexpr qreal kTextDetail = 0.35; // below this zoom, labels are not drawn

QPalette palette()
{
    return QApplication::palette();
}

bool isDark()
{
    return palette().color(QPalette::Base).lightness() < 128;
}

QFont smallFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}

// One translation context for this file's strings, the same for lupdate and at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Diagram)
};

} // namespace

QColor kindColour(NamespaceKind kind)
{
    switch (kind) {
    case NamespaceKind::Host: return QColor(0x5b, 0x6e, 0x8c);
    case NamespaceKind::Named: return QColor(0x2f, 0x7d, 0xc1);
    case NamespaceKind::Process: return QColor(0x8a, 0x63, 0xb8);
    case NamespaceKind::Container: return QColor(0x1f, 0x9a, 0x8a);
    }
    return Qt::gray;
}

QString kindBadge(NamespaceKind kind)
{
    switch (kind) {
    case NamespaceKind::Host: return Text::tr("host");
    case NamespaceKind::Named: return Text::tr("named");
    case NamespaceKind::Process: return Text::tr("process");
    case NamespaceKind::Container: return Text::tr("container");
    }
    return {};
}

// ---------------------------------------------------------------- NamespaceItem

NamespaceItem::NamespaceItem(const Namespace& ns, const QString& layoutKey, bool showLoopback,
                             const QSet<QString>& hiddenLinks)
    : m_id(ns.id), m_layoutKey(layoutKey), m_label(ns.label), m_kind(ns.kind)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(0);
    QStringList tip{m_label, kindBadge(m_kind), Text::tr("id %1").arg(m_id)};
    if (!ns.pids.isEmpty())
        tip << Text::tr("held by pid %1").arg(ns.pids.first());
    setToolTip(tip.join(QStringLiteral(" · ")));

    // Bridges first, then their ports, then the rest: a bridge's bus reads downwards.
    QList<const Link*> order;
    for (const Link& link : ns.links)
        if (link.kind == QLatin1String("bridge"))
            order << &link;
    for (const Link& link : ns.links)
        if (!order.contains(&link) && !link.master.isEmpty())
            order << &link;
    for (const Link& link : ns.links)
        if (!order.contains(&link))
            order << &link;

    qreal y = HeaderHeight + Padding / 2;
    for (const Link* link : std::as_const(order)) {
        const bool loopback = link->linkType == QLatin1String("loopback");
        if ((loopback && !showLoopback) || hiddenLinks.contains(link->name))
            continue;
        auto* port = new PortItem(*link, m_id, this);
        port->setPos(0, y);
        y += port->height();
        m_ports << port;
    }
    for (PortItem* port : std::as_const(m_ports)) {
        if (port->link().master.isEmpty())
            continue;
        for (PortItem* bridge : std::as_const(m_ports))
            if (bridge->link().name == port->link().master)
                m_bridgeLinks << qMakePair(bridge, port);
    }
    m_size = QSizeF(BoxWidth, std::max(y + Padding / 2, HeaderHeight + RowHeight));
}

PortItem* NamespaceItem::port(int ifindex) const
{
    for (PortItem* p : m_ports)
        if (p->ifindex() == ifindex)
            return p;
    return nullptr;
}

QRectF NamespaceItem::boundingRect() const
{
    return QRectF(QPointF(-7, -7), m_size + QSizeF(14, 14)); // room for the glow
}

QRectF NamespaceItem::wireHandleRect() const
{
    return QRectF(m_size.width() - 24, 7, 16, 16);
}

void NamespaceItem::setDropTarget(bool on)
{
    if (m_dropTarget != on) {
        m_dropTarget = on;
        update();
    }
}

bool NamespaceItem::fadeHighlight(qreal step)
{
    if (m_highlight <= 0)
        return false;
    m_highlight = std::max(0.0, m_highlight - step);
    update();
    return m_highlight > 0;
}

void NamespaceItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const QPalette pal = palette();
    const QRectF box(QPointF(0, 0), m_size);
    const QColor accent = kindColour(m_kind);
    painter->setRenderHint(QPainter::Antialiasing);

    if (m_highlight > 0) { // a fading glow around what just changed
        QColor glow(0xff, 0xc1, 0x07);
        glow.setAlphaF(0.8 * m_highlight);
        painter->setPen(QPen(glow, 8));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(-2, -2, 2, 2), 10, 10);
    }

    QColor body = pal.color(QPalette::Base);
    painter->setPen(QPen(option->state & QStyle::State_Selected ? pal.color(QPalette::Highlight) : accent,
                         option->state & QStyle::State_Selected || m_dropTarget ? 3 : 1.5,
                         m_dropTarget ? Qt::DashLine : Qt::SolidLine));
    painter->setBrush(body);
    painter->drawRoundedRect(box, 8, 8);

    // Header band in the kind's colour.
    QPainterPath header;
    header.setFillRule(Qt::WindingFill); // the rounded top and the square bottom overlap
    header.addRoundedRect(QRectF(0, 0, m_size.width(), HeaderHeight), 8, 8);
    header.addRect(QRectF(0, HeaderHeight / 2, m_size.width(), HeaderHeight / 2));
    painter->setPen(Qt::NoPen);
    painter->setBrush(isDark() ? accent.darker(140) : accent);
    painter->drawPath(header);

    // Zoomed far out, text would be a pixel high: draw the shapes only.
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < kTextDetail)
        return;

    // Kind badge on the right of the header, before the wire handle.
    painter->setFont(smallFont());
    const QString badge = kindBadge(m_kind);
    const qreal badgeWidth = painter->fontMetrics().horizontalAdvance(badge) + 12;
    const QRectF badgeRect(m_size.width() - 30 - badgeWidth, 7, badgeWidth, 16);
    painter->setBrush(QColor(255, 255, 255, 60));
    painter->drawRoundedRect(badgeRect, 8, 8);
    painter->setPen(Qt::white);
    painter->drawText(badgeRect, Qt::AlignCenter, badge);

    // The label, elided to fit.
    QFont bold = QApplication::font();
    bold.setBold(true);
    painter->setFont(bold);
    const QRectF labelRect(Padding, 0, badgeRect.left() - 2 * Padding, HeaderHeight);
    painter->drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                      painter->fontMetrics().elidedText(m_label, Qt::ElideMiddle, int(labelRect.width())));

    // Wire handle: drag from here to another box to make a veth pair.
    const QRectF handle = wireHandleRect();
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(handle);
    painter->drawLine(QPointF(handle.center().x() - 4, handle.center().y()),
                      QPointF(handle.center().x() + 4, handle.center().y()));
    painter->drawLine(QPointF(handle.center().x(), handle.center().y() - 4),
                      QPointF(handle.center().x(), handle.center().y() + 4));

    // Bridge buses: a line from each bridge down to its ports, inside the box.
    painter->setPen(QPen(pal.color(QPalette::Mid), 2));
    for (const auto& [bridge, port] : std::as_const(m_bridgeLinks)) {
        const qreal x = Padding + 2;
        const qreal y1 = bridge->pos().y() + RowHeight / 2;
        const qreal y2 = port->pos().y() + RowHeight / 2;
        painter->drawLine(QPointF(x, y1), QPointF(x, y2));
        painter->drawLine(QPointF(x, y2), QPointF(x + 8, y2));
    }

    if (m_ports.isEmpty()) {
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->setFont(smallFont());
        painter->drawText(QRectF(Padding, HeaderHeight, m_size.width() - 2 * Padding, RowHeight),
                          Qt::AlignVCenter, Text::tr("no interfaces shown"));
    }
}

QVariant NamespaceItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged)
        if (auto* diagram = qobject_cast<DiagramScene*>(scene()))
            diagram->namespaceMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

// ---------------------------------------------------------------- PortItem

PortItem::PortItem(const Link& link, NamespaceId ns, QGraphicsItem* parent)
    : QGraphicsItem(parent), m_link(link), m_ns(ns)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    QStringList tip;
    tip << m_link.name << (m_link.kind.isEmpty() ? m_link.linkType : m_link.kind)
        << (m_link.up ? Text::tr("up") : Text::tr("down")) << Text::tr("state %1").arg(m_link.operstate)
        << Text::tr("MTU %1").arg(m_link.mtu);
    if (!m_link.mac.isEmpty())
        tip << m_link.mac;
    if (!m_link.master.isEmpty())
        tip << Text::tr("port of %1").arg(m_link.master);
    tip += m_link.addresses;
    if (m_link.masquerade)
        tip << Text::tr("NAT: IPv4 traffic leaving %1 is masqueraded (its source becomes this "
                  "interface's address)")
                   .arg(m_link.name);
    setToolTip(tip.join(QLatin1Char('\n')));
}

QStringList PortItem::shownAddresses() const
{
    // Loopback's and link-local addresses are in the tooltip, not on the diagram.
    if (isLoopback())
        return {};
    QStringList shown;
    for (const QString& address : m_link.addresses)
        if (!address.startsWith(QLatin1String("fe80:")))
            shown << address;
    return shown;
}

qreal PortItem::height() const
{
    if (isLoopback())
        return LoopbackHeight;
    return RowHeight + AddressHeight * shownAddresses().size();
}

QRectF PortItem::boundingRect() const
{
    return QRectF(-PortRadius - 2, 0, BoxWidth + 2 * PortRadius + 4, height());
}

void PortItem::setOnRightEdge(bool right)
{
    if (m_right != right) {
        prepareGeometryChange();
        m_right = right;
        update();
    }
}

QPointF PortItem::anchor() const
{
    const qreal rowMid = (isLoopback() ? LoopbackHeight : RowHeight) / 2;
    return mapToScene(QPointF(m_right ? BoxWidth : 0, rowMid));
}

QString PortItem::natBadgeText()
{
    return Text::tr("NAT");
}

QRectF PortItem::natBadgeRect() const
{
    if (!m_link.masquerade)
        return {};
    constexpr qreal stateWidth = 110, badgeHeight = 14;
    const qreal width = QFontMetricsF(smallFont()).horizontalAdvance(natBadgeText()) + 8;
    const qreal rowH = isLoopback() ? LoopbackHeight : RowHeight;
    return QRectF(BoxWidth - stateWidth - Padding - width, (rowH - badgeHeight) / 2, width, badgeHeight);
}

QColor PortItem::stateColour() const
{
    if (!m_link.up)
        return QColor(0x9e, 0x9e, 0x9e);
    if (m_link.operstate == QLatin1String("UP") || m_link.operstate == QLatin1String("UNKNOWN"))
        return QColor(0x2e, 0xa0, 0x43);
    return QColor(0xe0, 0x9b, 0x1a); // up, but no carrier
}

void PortItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const QPalette pal = palette();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal rowH = isLoopback() ? LoopbackHeight : RowHeight;
    const bool indented = !m_link.master.isEmpty();
    const qreal textX = Padding + (indented ? 14 : 4);

    if (option->state & QStyle::State_Selected) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(pal.color(QPalette::Highlight).lighter(isDark() ? 80 : 170));
        painter->drawRect(QRectF(1, 0, BoxWidth - 2, height()));
    }

    // The port on the box's edge: filled with carrier, hollow without.
    const QColor colour = stateColour();
    const bool carrier = m_link.operstate == QLatin1String("UP") ||
                         (m_link.operstate == QLatin1String("UNKNOWN") && m_link.up);
    const qreal radius = isLoopback() ? PortRadius - 2 : PortRadius;
    const QPointF centre(m_right ? BoxWidth : 0, rowH / 2);
    painter->setPen(QPen(colour.darker(130), 1.5));
    painter->setBrush(carrier ? colour : pal.color(QPalette::Base));
    if (isBridge())
        painter->drawRect(QRectF(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)));
    else
        painter->drawEllipse(centre, radius, radius);

    if (option->levelOfDetailFromTransform(painter->worldTransform()) < kTextDetail)
        return;

    // Name and kind.
    QFont font = isLoopback() ? smallFont() : QApplication::font();
    font.setBold(isBridge());
    painter->setFont(font);
    painter->setPen(isLoopback() ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text));
    const QString kind = m_link.kind.isEmpty() ? QString() : m_link.kind;
    constexpr qreal stateWidth = 110;
    const QRectF badge = natBadgeRect();
    const qreal nameWidth = (badge.isNull() ? BoxWidth - stateWidth : badge.left() - 4) - textX;
    painter->drawText(QRectF(textX, 0, nameWidth, rowH), Qt::AlignVCenter | Qt::AlignLeft,
                      painter->fontMetrics().elidedText(m_link.name, Qt::ElideRight, int(nameWidth)));
    painter->setFont(smallFont());
    if (!badge.isNull()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xd9, 0x77, 0x06));
        painter->drawRoundedRect(badge, 4, 4);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, natBadgeText());
    }
    painter->setPen(pal.color(QPalette::PlaceholderText));
    const QString state = m_link.up ? (carrier ? Text::tr("up") : Text::tr("no carrier")) : Text::tr("down");
    const QString stateText = kind.isEmpty() ? state : kind + QStringLiteral(" · ") + state;
    painter->drawText(QRectF(BoxWidth - stateWidth - Padding, 0, stateWidth, rowH), Qt::AlignVCenter | Qt::AlignRight,
                      painter->fontMetrics().elidedText(stateText, Qt::ElideLeft, int(stateWidth)));

    // Addresses, one a line.
    painter->setPen(pal.color(QPalette::Text));
    qreal y = rowH;
    for (const QString& address : shownAddresses()) {
        painter->drawText(QRectF(textX + 8, y - 3, BoxWidth - textX - 16, AddressHeight), Qt::AlignVCenter, address);
        y += AddressHeight;
    }
}

// ---------------------------------------------------------------- WireItem

WireItem::WireItem(PortItem* a, PortItem* b) : m_a(a), m_b(b)
{
    setFlags(ItemIsSelectable);
    setZValue(-1); // under the boxes
    setToolTip(Text::tr("veth pair %1 — %2").arg(a->link().name, b->link().name));
    updatePath();
}

void WireItem::updatePath()
{
    const QPointF p = m_a->anchor();
    const QPointF q = m_b->anchor();
    // Leave each port outwards, away from its own box.
    const qreal reach = std::max(40.0, std::abs(q.x() - p.x()) / 2);
    const QPointF pOut = p + QPointF(m_a->anchor().x() >= m_a->parentItem()->scenePos().x() + BoxWidth / 2 ? reach : -reach, 0);
    const QPointF qOut = q + QPointF(m_b->anchor().x() >= m_b->parentItem()->scenePos().x() + BoxWidth / 2 ? reach : -reach, 0);
    QPainterPath path(p);
    path.cubicTo(pOut, qOut, q);
    setPath(path);
}

void WireItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const QPalette pal = palette();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool up = m_a->link().up && m_b->link().up;
    QColor colour = up ? QColor(0x2e, 0xa0, 0x43) : pal.color(QPalette::Mid);
    if (option->state & QStyle::State_Selected)
        colour = pal.color(QPalette::Highlight);
    painter->setPen(QPen(colour, option->state & QStyle::State_Selected ? 4 : 2.5, up ? Qt::SolidLine : Qt::DashLine,
                         Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
}

} // namespace NetnsStudio
