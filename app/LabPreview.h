// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lab.h"
#include "Topology.h"

#include <QGraphicsObject>
#include <QObject>
#include <QPointer>

namespace NetnsStudio {

class DiagramScene;

/// What applying a lab would add, drawn over the diagram and dashed, as not yet on the
/// host: a translucent box for each namespace the host does not have (where the lab
/// places it, else beside the diagram), a box under an existing namespace for the
/// interfaces it would gain, and wires for the veth pairs and bridge ports to be.
/// Its items are its own, not part of the scene's picture of the model.
class LabPreview : public QObject {
    Q_OBJECT
public:
    explicit LabPreview(DiagramScene* scene, QObject* parent = nullptr);
    ~LabPreview() override;

    /// Draws what `lab` would add to `live` (nothing when all of it is there).
    void show(const Lab& lab, const Topology& live);
    void clear();
    bool isShown() const { return m_layer; }

    /// The namespaces drawn as new, and the interfaces as "namespace/name".
    const QStringList& newNamespaces() const { return m_newNamespaces; }
    const QStringList& newInterfaces() const { return m_newInterfaces; }
    /// The boxes and wires drawn (while the scene has not deleted them).
    QList<QGraphicsItem*> items() const;

private:
    void redraw();
    void addWire(const QPointF& a, bool aRight, const QPointF& b, bool bRight, const QString& tip);

    QPointer<DiagramScene> m_scene;
    Lab m_lab;
    Topology m_live;
    QPointer<QGraphicsObject> m_layer; ///< parent of every item here; the scene may delete it on a rebuild
    QStringList m_newNamespaces;
    QStringList m_newInterfaces;
};

} // namespace NetnsStudio
