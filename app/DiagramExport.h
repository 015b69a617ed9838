// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QGraphicsScene;

namespace NetnsStudio {

/// Writes the whole diagram to a file: SVG (QSvgGenerator) or PNG, by the file's
/// suffix. Returns an empty string, or why it failed.
QString exportDiagram(QGraphicsScene* scene, const QString& path);

} // namespace NetnsStudio
