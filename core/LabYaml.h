// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lab.h"

#include <QByteArray>
#include <optional>

/// The YAML form of a lab (docs/lab-format.md), read and written with yaml-cpp.
namespace NetnsStudio::LabYaml {

/// Reads a lab. Refuses broken YAML, values of the wrong type, unknown and repeated
/// keys, and everything validateLab finds; each problem has the line and column it
/// concerns and says what was expected. Returns nothing when there is any problem.
std::optional<Lab> read(const QByteArray& text, QList<LabProblem>* problems);

/// Reads a lab file (at most a few megabytes); a file that cannot be read is a
/// problem at line 1.
std::optional<Lab> readFile(const QString& path, QList<LabProblem>* problems);

/// Writes a lab as read() reads it: only what differs from the defaults.
QByteArray write(const Lab& lab);

} // namespace NetnsStudio::LabYaml
