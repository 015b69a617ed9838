// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabPreview.h"

#include "DiagramItems.h"
#include "DiagramScene.h"

#include <QApplication>
#include <algorithm>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QPainter>
#include <QPalette>

namespace NetnsStudio {

using namespace DiagramMetrics;

namespace {

/// Its own layer: over the boxes, under the ping's way.
constexpr qreal kLayerZ = 5;
constexpr qreal kGap = 60;
constexpr qreal kCaptionHeight = 16;

QPen dashedPen(const QColor& colour, qreal width)
{
    QPen pen(colour, width, Qt::DashLine);
    pen.setCosmetic(false);
    return pen;
}

} // namespace

/// A dashed, translucent box: a namespace the host does not have yet, or the
/// interfaces an existing one would gain. One row per interface, with a port on the
/// edge its wire leaves from.
class LabPreviewBox : public QGraphicsItem {
public:
    struct Row {
        QString name;
        QString detail;
        bool right = true;
    };

    LabPreviewBox(QString title, QList<Row> rows, QGraphicsItem* parent)
        : QGraphicsItem(parent), m_title(std::move(title)), m_rows(std::move(rows))
    {
        setToolTip(QApplication::translate("NetnsStudio::LabPreview",
                                           "Not yet on the host: applying the lab makes it."));
    }

    qreal height() const { return HeaderHeight + kCaptionHeight + qMax<qsizetype>(m_rows.size(), 1) * RowHeight + Padding; }
    QRectF boxRect() const { return {0, 0, BoxWidth, height()}; }
    QRectF boundingRect() const override { return boxRect().adjusted(-PortRadius - 2, -2, PortRadius + 2, 2); }

    int rowOf(const QString& name) const
    {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].name == name)
                return i;
        return -1;
    }
    void setRowSide(int row, bool right)
    {
        m_rows[row].right = right;
        update();
    }
    /// Scene position of a row's port on the left or right edge.
    QPointF anchor(int row, bool right) const
    {
        return mapToScene(right ? BoxWidth : 0, HeaderHeight + kCaptionHeight + row * RowHeight + RowHeight / 2);
    }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        const QPalette pal = QApplication::palette();
        const QColor accent = kindColour(NamespaceKind::Named);
        QColor fill = accent;
        fill.setAlphaF(0.10);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(dashedPen(accent, 2));
        painter->setBrush(fill);
        painter->drawRoundedRect(boxRect(), 6, 6);

        QFont bold = QApplication::font();
        bold.setBold(true);
        painter->setFont(bold);
        QColor text = pal.color(QPalette::Text);
        text.setAlphaF(0.75);
        painter->setPen(text);
        const QRectF header(Padding, 0, BoxWidth - 2 * Padding, HeaderHeight);
        painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(bold).elidedText(m_title, Qt::ElideRight, header.width()));
        QFont italic = QApplication::font();
        italic.setItalic(true);
        italic.setPointSizeF(italic.pointSizeF() * 0.85);
        painter->setFont(italic);
        painter->setPen(accent);
        painter->drawText(QRectF(Padding, HeaderHeight - 6, BoxWidth - 2 * Padding, kCaptionHeight),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QApplication::translate("NetnsStudio::LabPreview", "not yet on the host"));
        painter->setPen(dashedPen(accent, 1));
        painter->drawLine(QPointF(0, HeaderHeight + kCaptionHeight - 4), QPointF(BoxWidth, HeaderHeight + kCaptionHeight - 4));

        const QFontMetricsF plain(QApplication::font());
        for (int i = 0; i < m_rows.size(); ++i) {
            const Row& row = m_rows[i];
            const qreal y = HeaderHeight + kCaptionHeight + i * RowHeight;
            const QRectF line(Padding + 2 * PortRadius, y, BoxWidth - 2 * Padding - 4 * PortRadius, RowHeight);
            painter->setFont(QApplication::font());
            painter->setPen(text);
            const QString words = row.detail.isEmpty() ? row.name : row.name + QStringLiteral("  ") + row.detail;
            painter->drawText(line, Qt::AlignVCenter | (row.right ? Qt::AlignLeft : Qt::AlignRight),
                              plain.elidedText(words, Qt::ElideRight, line.width()));
            painter->setPen(dashedPen(accent, 1.5));
            painter->setBrush(pal.color(QPalette::Base));
            painter->drawEllipse(QPointF(row.right ? BoxWidth : 0, y + RowHeight / 2), PortRadius, PortRadius);
        }
    }

private:
    QString m_title;
    QList<Row> m_rows;
};

LabPreview::LabPreview(DiagramScene* scene, QObject* parent) : QObject(parent), m_scene(scene)
{
    // Boxes it hangs under may move, and a rebuild deletes its items with the rest.
    connect(scene, &DiagramScene::geometryChanged, this, [this] {
        if (!m_newNamespaces.isEmpty() || !m_newInterfaces.isEmpty())
            redraw();
    });
}

LabPreview::~LabPreview()
{
    clear();
}

void LabPreview::show(const Lab& lab, const Topology& live)
{
    m_lab = lab;
    m_live = live;
    redraw();
}

QList<QGraphicsItem*> LabPreview::items() const
{
    return m_layer ? m_layer->childItems() : QList<QGraphicsItem*>{};
}

void LabPreview::clear()
{
    delete m_layer; // unless the scene has already
    m_newNamespaces.clear();
    m_newInterfaces.clear();
}

void LabPreview::redraw()
{
    clear();
    const Lab& lab = m_lab;
    const Topology& live = m_live;
    if (!m_scene)
        return;

    auto liveNamespace = [&](const QString& name) -> const Namespace* {
        for (const Namespace& ns : live.namespaces)
            if (name == kLabHost ? ns.kind == NamespaceKind::Host : ns.kind != NamespaceKind::Host && ns.name == name)
                return &ns;
        return nullptr;
    };
    auto liveLink = [&](const QString& ns, const QString& name) -> const Link* {
        const Namespace* n = liveNamespace(ns);
        for (int i = 0; n && i < n->links.size(); ++i)
            if (n->links[i].name == name)
                return &n->links[i];
        return nullptr;
    };

    // The rows of each box: every missing interface, under its namespace.
    QHash<QString, QList<LabPreviewBox::Row>> rows;
    QStringList boxOrder;
    for (const LabNamespace& ns : lab.namespaces)
        if (!liveNamespace(ns.name)) {
            boxOrder << ns.name;
            rows[ns.name];
        }
    for (const LabInterface* iface : lab.interfaces()) {
        if (liveLink(iface->ns, iface->name))
            continue;
        const bool bridge = std::any_of(lab.bridges.begin(), lab.bridges.end(),
                                        [&](const LabBridge& b) { return &b.bridge == iface; });
        QString detail = iface->addresses.join(QStringLiteral(", "));
        if (bridge)
            detail = detail.isEmpty() ? tr("bridge") : tr("bridge, %1").arg(detail);
        if (!boxOrder.contains(iface->ns))
            boxOrder << iface->ns;
        rows[iface->ns] << LabPreviewBox::Row{iface->name, detail};
        m_newInterfaces << iface->ns + QLatin1Char('/') + iface->name;
    }
    if (boxOrder.isEmpty())
        return;

    auto* layer = new OverlayLayer(kLayerZ);
    m_scene->addItem(layer);
    m_layer = layer;

    // New namespaces go where the lab puts them, else in a column right of the diagram,
    // so that wires from the diagram reach each without crossing the others.
    const QRectF diagram = m_scene->itemsBoundingRect();
    QPointF next = diagram.isEmpty() ? QPointF(0, 0) : QPointF(diagram.right() + kGap, diagram.top());
    QHash<QString, LabPreviewBox*> boxes;
    for (const QString& name : std::as_const(boxOrder)) {
        const Namespace* existing = liveNamespace(name);
        NamespaceItem* existingItem = existing ? m_scene->namespaceItem(existing->id) : nullptr;
        const QString title = existing ? tr("Added to %1").arg(existing->label) : name;
        auto* box = new LabPreviewBox(title, rows.value(name), layer);
        if (existingItem) {
            box->setPos(existingItem->sceneBoundingRect().bottomLeft() + QPointF(0, 16));
        } else if (const LabNamespace* ns = lab.namespaceNamed(name); ns && ns->position) {
            box->setPos(*ns->position);
        } else {
            box->setPos(next);
            next.ry() += box->height() + kGap / 2;
        }
        boxes.insert(name, box);
        if (!existing)
            m_newNamespaces << name;
    }

    // Where an interface's wire ends: its row in a preview box, or its port on the diagram.
    struct End {
        LabPreviewBox* box = nullptr;
        int row = -1;
        QPointF port;
        bool valid = false;
    };
    auto endOf = [&](const QString& ns, const QString& name) {
        End end;
        if (LabPreviewBox* box = boxes.value(ns); box && box->rowOf(name) >= 0) {
            end.box = box;
            end.row = box->rowOf(name);
            end.valid = true;
        } else if (const Link* link = liveLink(ns, name)) {
            if (PortItem* port = m_scene->portItem(liveNamespace(ns)->id, link->ifindex)) {
                end.port = port->anchor();
                end.valid = true;
            }
        }
        return end;
    };
    auto join = [&](End a, End b, const QString& tip) {
        if (!a.valid || !b.valid)
            return;
        const QPointF centreA = a.box ? a.box->anchor(a.row, false) : a.port;
        const QPointF centreB = b.box ? b.box->anchor(b.row, false) : b.port;
        // Each end leaves from the edge facing the other.
        // A bridge and its port in one box: joined on the left, the port keeping the
        // side its veth leaves from.
        const bool sameBox = a.box && a.box == b.box;
        const bool aRight = !sameBox && centreA.x() < centreB.x();
        const bool bRight = !sameBox && !aRight;
        if (a.box)
            a.box->setRowSide(a.row, aRight);
        if (b.box && !sameBox)
            b.box->setRowSide(b.row, bRight);
        addWire(a.box ? a.box->anchor(a.row, aRight) : a.port, aRight, b.box ? b.box->anchor(b.row, bRight) : b.port,
                bRight, tip);
    };
    for (const LabVeth& veth : lab.veths)
        if (!liveLink(veth.ends[0].ns, veth.ends[0].name))
            join(endOf(veth.ends[0].ns, veth.ends[0].name), endOf(veth.ends[1].ns, veth.ends[1].name),
                    tr("veth pair %1 – %2, not yet on the host").arg(veth.ends[0].name, veth.ends[1].name));
    for (const LabBridge& bridge : lab.bridges)
        for (const QString& port : bridge.ports) {
            const Link* live = liveLink(bridge.bridge.ns, port);
            if (live && live->master == bridge.bridge.name)
                continue;
            join(endOf(bridge.bridge.ns, bridge.bridge.name), endOf(bridge.bridge.ns, port),
                    tr("%1 as a port of %2, not yet on the host").arg(port, bridge.bridge.name));
        }
}

void LabPreview::addWire(const QPointF& a, bool aRight, const QPointF& b, bool bRight, const QString& tip)
{
    const qreal reach = qMax<qreal>(40, qAbs(b.x() - a.x()) / 2);
    QPainterPath path(a);
    path.cubicTo(a + QPointF(aRight ? reach : -reach, 0), b + QPointF(bRight ? reach : -reach, 0), b);
    auto* wire = new QGraphicsPathItem(path, m_layer);
    QColor colour = kindColour(NamespaceKind::Named);
    colour.setAlphaF(0.8);
    wire->setPen(dashedPen(colour, 2.5));
    wire->setToolTip(tip);
    wire->setZValue(-1); // under the boxes' ports
}

} // namespace NetnsStudio
