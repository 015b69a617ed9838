// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Topology.h"

#include <QJsonObject>
#include <optional>

/// The JSON form of the topology, as `netns-studio --json` prints it.
namespace NetnsStudio::TopologyJson {

QJsonObject toJson(const Namespace& ns);
QJsonObject toJson(const Topology& topology);

/// Reads what toJson wrote. On a malformed document returns nothing and says why.
std::optional<Topology> fromJson(const QJsonObject& object, QString* error);

} // namespace NetnsStudio::TopologyJson
