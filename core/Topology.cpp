// SPDX-License-Identifier: GPL-3.0-or-later
#include "Topology.h"

#include <array>
#include <utility>

namespace NetnsStudio {

namespace {
constexpr std::array<std::pair<NamespaceKind, const char*>, 4> kKindNames{{
    {NamespaceKind::Host, "host"},
    {NamespaceKind::Named, "named"},
    {NamespaceKind::Process, "process"},
    {NamespaceKind::Container, "container"},
}};
} // namespace

QString namespaceKindName(NamespaceKind kind)
{
    for (const auto& [k, name] : kKindNames)
        if (k == kind)
            return QString::fromLatin1(name);
    return {};
}

NamespaceKind namespaceKindFromName(const QString& name, bool* ok)
{
    for (const auto& [k, n] : kKindNames) {
        if (name == QLatin1String(n)) {
            if (ok)
                *ok = true;
            return k;
        }
    }
    if (ok)
        *ok = false;
    return NamespaceKind::Process;
}

const Link* Namespace::linkByIndex(int ifindex) const
{
    for (const Link& link : links)
        if (link.ifindex == ifindex)
            return &link;
    return nullptr;
}

const Link* Namespace::linkByName(const QString& name) const
{
    for (const Link& link : links)
        if (link.name == name)
            return &link;
    return nullptr;
}

const Namespace* Topology::namespaceByName(const QString& name) const
{
    for (const Namespace& ns : namespaces)
        if (name.isEmpty() ? ns.kind == NamespaceKind::Host : ns.kind == NamespaceKind::Named && ns.name == name)
            return &ns;
    return nullptr;
}

const Namespace* Topology::namespaceById(NamespaceId id) const
{
    for (const Namespace& ns : namespaces)
        if (ns.id == id)
            return &ns;
    return nullptr;
}

} // namespace NetnsStudio
