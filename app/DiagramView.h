// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace NetnsStudio {

/// The view of the diagram: zoom (Ctrl+wheel, keys), pan (middle button, or
/// dragging empty canvas with Space held), fit to view.
class DiagramView : public QGraphicsView {
    Q_OBJECT
public:
    explicit DiagramView(QGraphicsScene* scene, QWidget* parent = nullptr);

    qreal zoom() const { return transform().m11(); }

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitAll();
    void centreOn(const QGraphicsItem* item);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;

private:
    void scaleBy(qreal factor);
    /// Sets the accessible description to what is selected in the diagram.
    void describeSelection();

    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_lastPan;
};

} // namespace NetnsStudio
