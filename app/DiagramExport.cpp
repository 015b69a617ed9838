// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagramExport.h"

#include <QApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPalette>
#include <QPainter>
#include <QSvgGenerator>

namespace NetnsStudio {

namespace {
constexpr qreal kMargin = 20;
constexpr qreal kPngScale = 2.0;        // crisp on high-DPI screens and in print
constexpr qreal kMaxPngSide = 16384.0;  // keep huge diagrams within QImage's limits
} // namespace

QString exportDiagram(QGraphicsScene* scene, const QString& path)
{
    const QRectF source = scene->itemsBoundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin);
    const QString suffix = QFileInfo(path).suffix().toLower();
    scene->clearSelection();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(QApplication::translate("Export", "Network namespaces"));
        svg.setDescription(QApplication::translate("Export", "Drawn by Netns Studio"));
        QPainter painter;
        if (!painter.begin(&svg))
            return QApplication::translate("Export", "Cannot write %1.").arg(path);
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), QApplication::palette().color(QPalette::Window));
        scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
        return QFileInfo(path).size() > 0 ? QString()
                                           : QApplication::translate("Export", "Cannot write %1.").arg(path);
    }
    if (suffix == QLatin1String("png")) {
        const qreal scale = std::min(kPngScale, kMaxPngSide / std::max(source.width(), source.height()));
        QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(QApplication::palette().color(QPalette::Window));
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
        painter.end();
        if (!image.save(path, "PNG"))
            return QApplication::translate("Export", "Cannot write %1.").arg(path);
        return {};
    }
    return QApplication::translate("Export", "Cannot export to '%1': the name must end in .svg or .png.")
        .arg(path);
}

} // namespace NetnsStudio
