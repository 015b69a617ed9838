// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthorizationPlan.h"

#include <QHash>
#include <QSet>

namespace NetnsStudio {

namespace {

const QHash<QString, QStringList>& methodTable()
{
    static const QStringList manage{PolkitActions::Manage, PolkitActions::ManageForeign};
    static const QHash<QString, QStringList> table{
        {QStringLiteral("GetTopology"), {PolkitActions::Inspect}},
        {QStringLiteral("Subscribe"), {PolkitActions::Inspect}},
        {QStringLiteral("Unsubscribe"), {PolkitActions::Inspect}},
        {QStringLiteral("Rescan"), {PolkitActions::Inspect}},
        {QStringLiteral("Ping"), {PolkitActions::Probe}},
        {QStringLiteral("CreateNamespace"), manage},
        {QStringLiteral("DeleteNamespace"), manage},
        {QStringLiteral("AttachNamespace"), manage},
        {QStringLiteral("CreateVethPair"), manage},
        {QStringLiteral("MoveLink"), manage},
        {QStringLiteral("RenameLink"), manage},
        {QStringLiteral("SetLinkUp"), manage},
        {QStringLiteral("SetMtu"), manage},
        {QStringLiteral("AddAddress"), manage},
        {QStringLiteral("DeleteAddress"), manage},
        {QStringLiteral("AddRoute"), manage},
        {QStringLiteral("DeleteRoute"), manage},
        {QStringLiteral("CreateBridge"), manage},
        {QStringLiteral("SetMaster"), manage},
        {QStringLiteral("DeleteLink"), manage},
        {QStringLiteral("SetForwarding"), manage},
        {QStringLiteral("SetMasquerade"), manage},
        {QStringLiteral("ApplyBatch"), manage},
    };
    return table;
}

} // namespace

QStringList PolkitActions::forMethod(const QString& method)
{
    return methodTable().value(method);
}

QStringList PolkitActions::knownMethods()
{
    return methodTable().keys();
}

QStringList PolkitActions::methodsWithoutAction()
{
    return {QStringLiteral("SetLocale")};
}

namespace {

constexpr int kMaxDetailLength = 200; // enough for a prompt; a rule sees the start

QString joined(const QStringList& items)
{
    QString text = items.join(QLatin1String(", "));
    if (text.size() > kMaxDetailLength)
        text = text.left(kMaxDetailLength - 1) + QChar(0x2026);
    return text;
}

} // namespace

AuthorizationRequest AuthorizationPlan::plan(const QList<Action>& steps,
                                                    const std::vector<DiscoveredNamespace>& namespaces,
                                                    const QStringList& hostPhysical,
                                                    const QStringList& commands)
{
    using T = Action::Type;
    auto lookup = [&](const NamespaceRef& ref) -> const DiscoveredNamespace* {
        for (const DiscoveredNamespace& ns : namespaces)
            if (ref.id ? ns.id == ref.id : (!ns.name.isEmpty() && ns.name == ref.name))
                return &ns;
        return nullptr;
    };

    bool foreign = false;
    QStringList nsLabels, interfaces;
    auto touch = [&](const NamespaceRef& ref, bool hostSensitive) {
        if (!ref.isSet())
            return;
        const DiscoveredNamespace* ns = lookup(ref);
        // By name and unknown: made earlier in this batch, so the caller's own.
        if (!ns && ref.id) {
            foreign = true;
            nsLabels << QString::number(ref.id);
            return;
        }
        const QString label = ns ? ns->label : ref.name;
        if (!nsLabels.contains(label))
            nsLabels << label;
        if (ns && (ns->kind == NamespaceKind::Process || ns->kind == NamespaceKind::Container))
            foreign = true;
        if (ns && ns->kind == NamespaceKind::Host && hostSensitive)
            foreign = true;
    };

    for (const Action& a : steps) {
        const DiscoveredNamespace* ns = lookup(a.ns);
        const bool inHost = ns && ns->kind == NamespaceKind::Host;
        const bool physicalLink = inHost && a.link.isSet() && hostPhysical.contains(a.link.name);
        switch (a.type) {
        case T::AddNamespace:
            nsLabels << a.name;
            break;
        case T::AttachNamespace:
            touch(a.ns, false);
            nsLabels << a.name;
            break;
        case T::AddRoute:
        case T::DeleteRoute:
        case T::SetForwarding:
        case T::SetMasquerade:
            touch(a.ns, true); // the host's routing and NAT are everyone's
            break;
        default:
            touch(a.ns, physicalLink);
            touch(a.peerNs, false);
            break;
        }
        for (const QString& name : {a.link.name, a.master.name, a.peerName})
            if (!name.isEmpty() && !interfaces.contains(name))
                interfaces << name;
        if ((a.type == T::AddVethPair || a.type == T::AddBridge || a.type == T::RenameLink) &&
            !interfaces.contains(a.name))
            interfaces << a.name;
    }

    const PolkitAuthorizer::Details details{
        {QStringLiteral("namespace"), joined(nsLabels)},
        {QStringLiteral("interface"), joined(interfaces)},
        {QStringLiteral("command"), joined(commands)},
    };
    return {foreign ? PolkitActions::ManageForeign : PolkitActions::Manage, details};
}

} // namespace NetnsStudio
