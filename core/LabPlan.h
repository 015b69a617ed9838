// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Action.h"
#include "Lab.h"
#include "Topology.h"

#include <QStringList>

/// Between labs and hosts: what to do to make a lab real (or to take it away), as
/// Actions for one ApplyBatch, and the lab that describes what a host has.
namespace NetnsStudio::LabPlan {

/// The steps of a plan, and what stands in its way. A plan with conflicts must not be
/// applied: it would fail half-way, or change things the lab does not own.
struct Plan {
    QList<Action> actions;
    QStringList conflicts;
};

/// The steps that make `live` hold everything the lab describes, and only those:
/// nothing for what is already there (an empty plan means the lab is applied).
/// Namespaces the lab makes are named by name, the host by its id in `live`.
/// A conflict: an interface with the lab's name that is of another kind, or a veth
/// end whose peer is not the one the lab says.
Plan apply(const Lab& lab, const Topology& live);

/// The steps that remove what the lab describes from `live`: its namespaces (and so
/// everything in them), its veth pairs and bridges in the host, the routes it gives
/// the host. The host's forwarding is left as it is. Empty when nothing is left.
Plan destroy(const Lab& lab, const Topology& live);

/// A host with nothing in it but its own namespace: what an exported script expects
/// to start from. apply(lab, freshHost()) is every step of the lab.
Topology freshHost();

/// A lab of the live namespaces named (all /run/netns namespaces when none are), with
/// the veth pairs between them and to the host, the host's bridges those veths are
/// ports of, their addresses (but the IPv6 link-local ones the kernel makes), routes
/// (but the kernel's own) and forwarding. What cannot be said in a lab is left out,
/// each with a sentence in *leftOut. An unknown or unnamed namespace is an error.
std::optional<Lab> capture(const Topology& live, const QStringList& names, QStringList* leftOut, QString* error);

} // namespace NetnsStudio::LabPlan
