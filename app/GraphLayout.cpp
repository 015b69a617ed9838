// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphLayout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QSet>

namespace NetnsStudio {

namespace {
constexpr double kPointsPerInch = 72.0;
constexpr int kDotLimit = 150; // above this many boxes dot's ranking gets slow
constexpr int kMaxRank = 8;    // boxes in one dot column before it reads badly
} // namespace

QHash<QString, QPointF> GraphLayout::compute(const QList<Node>& nodes, const QList<Edge>& edges)
{
    QHash<QString, QPointF> centres;
    if (nodes.isEmpty())
        return centres;
    GVC_t* gvc = gvContext();
    const bool large = nodes.size() > kDotLimit;
    char graphName[] = "topology";
    Agraph_t* graph = agopen(graphName, Agundirected, nullptr);
    auto set = [](void* object, const char* name, const QByteArray& value) {
        agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.constData()),
                  const_cast<char*>(""));
    };
    set(graph, "rankdir", "LR");
    set(graph, "nodesep", "0.5");
    set(graph, "ranksep", "1.2");
    set(graph, "overlap", large ? "prism" : "false");
    set(graph, "sep", "+12");

    QHash<QString, Agnode_t*> byKey;
    for (const Node& node : nodes) {
        QByteArray name = node.key.toUtf8();
        Agnode_t* n = agnode(graph, name.data(), 1);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "width", QByteArray::number(node.size.width() / kPointsPerInch));
        set(n, "height", QByteArray::number(node.size.height() / kPointsPerInch));
        byKey.insert(node.key, n);
    }
    QSet<QPair<QString, QString>> seen;
    for (const Edge& edge : edges) {
        Agnode_t* a = byKey.value(edge.from);
        Agnode_t* b = byKey.value(edge.to);
        const auto key = edge.from < edge.to ? qMakePair(edge.from, edge.to) : qMakePair(edge.to, edge.from);
        if (!a || !b || a == b || seen.contains(key))
            continue;
        seen.insert(key);
        agedge(graph, a, b, nullptr, 1);
    }

    auto run = [&](const char* engine) {
        centres.clear();
        if (gvLayout(gvc, graph, engine) != 0)
            return;
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            const pointf p = ND_coord(it.value());
            // graphviz's y grows upwards; the scene's downwards.
            centres.insert(it.key(), QPointF(p.x, -p.y));
        }
        gvFreeLayout(gvc, graph);
    };
    run(large ? "sfdp" : "dot");
    // dot puts every leaf of a star in one rank: a column too tall to read. Spread
    // such graphs out force-directed instead.
    QHash<int, int> perRank;
    int widest = 0;
    for (const QPointF& c : std::as_const(centres))
        widest = std::max(widest, ++perRank[int(c.x())]);
    if (!large && widest > kMaxRank)
        run("neato");
    agclose(graph);
    gvFreeContext(gvc);
    return centres;
}

} // namespace NetnsStudio
