// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditController.h"

#include "CommandLog.h"
#include "HelperClient.h"
#include "IpCommand.h"
#include "TopologyModel.h"

namespace NetnsStudio {

namespace {

/// One edit on the undo stack. It is pushed after the helper did it, so its first
/// redo (which QUndoStack calls on push) does nothing.
class EditCommand : public QUndoCommand {
public:
    EditCommand(EditController* controller, const QString& text, QList<Action> actions,
                QList<Action> inverse)
        : QUndoCommand(text), m_controller(controller), m_actions(std::move(actions)),
          m_inverse(std::move(inverse))
    {
    }

    void redo() override
    {
        if (m_pushed)
            m_controller->send(m_actions, [](bool) {});
        m_pushed = true;
    }
    void undo() override { m_controller->send(m_inverse, [](bool) {}); }

private:
    EditController* m_controller;
    QList<Action> m_actions;
    QList<Action> m_inverse;
    bool m_pushed = false;
};

} // namespace

EditController::EditController(HelperClient* helper, TopologyModel* model, CommandLog* log,
                               QObject* parent)
    : QObject(parent), m_helper(helper), m_model(model), m_log(log)
{
}

NamespaceRef EditController::refOf(const Namespace& ns)
{
    if (ns.kind != NamespaceKind::Host && !ns.name.isEmpty())
        return NamespaceRef::byName(ns.name);
    return NamespaceRef::byId(ns.id);
}

const Namespace* EditController::findNamespace(NamespaceId id) const
{
    return m_model->topology().namespaceById(id);
}

const Namespace* EditController::findNamespace(const NamespaceRef& ref) const
{
    if (ref.id)
        return findNamespace(ref.id);
    for (const Namespace& ns : m_model->topology().namespaces)
        if (ns.kind != NamespaceKind::Host && ns.name == ref.name)
            return &ns;
    return nullptr;
}

const Link* EditController::findLink(NamespaceId ns, int ifindex) const
{
    const Namespace* n = findNamespace(ns);
    return n ? n->linkByIndex(ifindex) : nullptr;
}

QString EditController::freeLinkName(NamespaceId ns, const QString& stem, const QString& besides) const
{
    QSet<QString> used;
    for (const Namespace& n : m_model->topology().namespaces)
        if (n.id == ns || ns == 0)
            for (const Link& link : n.links)
                used.insert(link.name);
    used.insert(besides);
    for (int i = 0;; ++i) {
        const QString name = stem + QString::number(i);
        if (!used.contains(name))
            return name;
    }
}

void EditController::send(const QList<Action>& actions, std::function<void(bool ok)> done)
{
    QStringList commands;
    for (const Action& action : actions)
        commands << ipCommand(action, m_model->topology());
    const int first = m_log->append(commands);
    const int count = int(commands.size());
    m_helper->apply(actions, [this, first, count, done = std::move(done)](const HelperError& error) {
        const bool ok = error.name.isEmpty();
        m_log->setStatus(first, count, ok ? CommandLog::Status::Done : CommandLog::Status::Failed,
                         error.message);
        if (!ok) {
            if (error.name == QLatin1String("org.freedesktop.DBus.Error.AccessDenied"))
                emit failed(tr("Not allowed, so nothing was changed: %1").arg(error.message));
            else
                emit failed(tr("Nothing was changed: %1").arg(error.message));
        }
        emit changed();
        done(ok);
    });
}

void EditController::perform(const QString& text, const QList<Action>& actions, const QList<Action>& inverse)
{
    if (!m_enabled) {
        emit failed(tr("The helper is not available, so nothing can be changed now."));
        return;
    }
    send(actions, [this, text, actions, inverse](bool ok) {
        if (ok && !inverse.isEmpty())
            m_undo.push(new EditCommand(this, text, actions, inverse));
    });
}

QList<Action> EditController::restoreLink(const NamespaceRef& where, const Link& link) const
{
    QList<Action> actions;
    const LinkRef ref{link.name, 0};
    for (const QString& address : link.addresses)
        if (!address.startsWith(QLatin1String("fe80:"))) // the kernel makes link-local ones
            actions << Action::addAddress(where, ref, address);
    if (link.up)
        actions << Action::setLinkUp(where, ref, true);
    return actions;
}

QList<Action> EditController::inverseOf(const Action& a) const
{
    using T = Action::Type;
    const Namespace* ns = findNamespace(a.ns);
    const Link* link = nullptr;
    for (int i = 0; ns && i < ns->links.size() && !link; ++i)
        if (ns->links[i].name == a.link.name)
            link = &ns->links[i];
    const LinkRef byName{a.link.name, 0};
    switch (a.type) {
    case T::AddNamespace:
        return {Action::deleteNamespace(NamespaceRef::byName(a.name))};
    case T::AddVethPair:
    case T::AddBridge:
        return {Action::deleteLink(a.ns, {a.name, 0})};
    case T::MoveLink: {
        QList<Action> back{Action::moveLink(a.peerNs, byName, a.ns)};
        if (link)
            back += restoreLink(a.ns, *link);
        return back;
    }
    case T::SetLinkUp: // a link made earlier in the same edit starts down
        return {Action::setLinkUp(a.ns, byName, link ? link->up : !a.flag)};
    case T::AddAddress:
        return {Action::deleteAddress(a.ns, byName, a.address)};
    case T::SetMaster:
        return {Action::setMaster(a.ns, byName, link && !link->master.isEmpty() ? LinkRef{link->master, 0} : LinkRef{})};
    case T::SetMtu:
        return link ? QList<Action>{Action::setMtu(a.ns, byName, link->mtu)} : QList<Action>{};
    case T::AddRoute:
        return {Action::deleteRoute(a.ns, a.address, a.gateway, a.link, a.number)};
    case T::SetForwarding: // a namespace made earlier in the same edit forwards nothing
        return {Action::setForwarding(a.ns, a.family,
                                      ns && (a.family == QLatin1String("inet") ? ns->forwardingV4 : ns->forwardingV6))};
    case T::SetMasquerade: // the helper refuses a change to what already is, so it was the other way
        return {Action::setMasquerade(a.ns, byName, !a.flag)};
    default:
        return {};
    }
}

void EditController::apply(const QString& text, const QList<Action>& actions)
{
    // What the edit itself creates is taken back by deleting it, which takes along
    // whatever the edit then did to it (its addresses, MTU, ports, routes).
    QList<NamespaceRef> madeNamespaces;
    QList<QPair<NamespaceRef, QString>> madeLinks;
    QList<Action> inverse;
    for (const Action& action : actions) {
        const bool creates = action.type == Action::Type::AddNamespace || action.type == Action::Type::AddVethPair ||
                             action.type == Action::Type::AddBridge;
        if (!creates && (madeNamespaces.contains(action.ns) || madeLinks.contains({action.ns, action.link.name})))
            continue;
        if (action.type == Action::Type::AddNamespace)
            madeNamespaces << NamespaceRef::byName(action.name);
        if (action.type == Action::Type::AddVethPair)
            madeLinks << qMakePair(action.ns, action.name) << qMakePair(action.peerNs, action.peerName);
        if (action.type == Action::Type::AddBridge)
            madeLinks << qMakePair(action.ns, action.name);
        const QList<Action> back = inverseOf(action);
        if (back.isEmpty()) {
            inverse.clear();
            break;
        }
        inverse = back + inverse; // taken back in the reverse order
    }
    perform(text, actions, inverse);
}

void EditController::apply(const QString& text, const QList<Action>& actions, const QList<Action>& inverse)
{
    perform(text, actions, inverse);
}

void EditController::addNamespace(const QString& name)
{
    perform(tr("New namespace %1").arg(name), {Action::addNamespace(name)},
            {Action::deleteNamespace(NamespaceRef::byName(name))});
}

void EditController::deleteNamespace(NamespaceId id)
{
    const Namespace* ns = findNamespace(id);
    if (!ns)
        return;
    // Undo brings back the name; what was inside is gone with the namespace.
    perform(tr("Delete namespace %1").arg(ns->label), {Action::deleteNamespace(refOf(*ns))},
            {Action::addNamespace(ns->name)});
}

void EditController::addVethPair(NamespaceId a, const QString& nameA, NamespaceId b, const QString& nameB)
{
    const Namespace* nsA = findNamespace(a);
    const Namespace* nsB = findNamespace(b);
    if (!nsA || !nsB)
        return;
    perform(tr("New veth pair %1/%2").arg(nameA, nameB),
            {Action::addVethPair(refOf(*nsA), nameA, refOf(*nsB), nameB)},
            {Action::deleteLink(refOf(*nsA), {nameA, 0})});
}

void EditController::moveLink(NamespaceId from, int ifindex, NamespaceId to)
{
    const Namespace* source = findNamespace(from);
    const Namespace* target = findNamespace(to);
    const Link* link = findLink(from, ifindex);
    if (!source || !target || !link || from == to)
        return;
    // The kernel drops a moved link's addresses and brings it down; undo restores them.
    QList<Action> inverse{Action::moveLink(refOf(*target), {link->name, 0}, refOf(*source))};
    inverse += restoreLink(refOf(*source), *link);
    perform(tr("Move %1 to %2").arg(link->name, target->label),
            {Action::moveLink(refOf(*source), {link->name, link->ifindex}, refOf(*target))}, inverse);
}

void EditController::renameLink(NamespaceId ns, int ifindex, const QString& newName)
{
    const Namespace* n = findNamespace(ns);
    const Link* link = findLink(ns, ifindex);
    if (!n || !link || link->name == newName)
        return;
    perform(tr("Rename %1 to %2").arg(link->name, newName),
            {Action::renameLink(refOf(*n), {link->name, link->ifindex}, newName)},
            {Action::renameLink(refOf(*n), {newName, 0}, link->name)});
}

void EditController::setLinkUp(NamespaceId ns, int ifindex, bool up)
{
    const Namespace* n = findNamespace(ns);
    const Link* link = findLink(ns, ifindex);
    if (!n || !link)
        return;
    perform(up ? tr("Bring %1 up").arg(link->name) : tr("Take %1 down").arg(link->name),
            {Action::setLinkUp(refOf(*n), {link->name, link->ifindex}, up)},
            {Action::setLinkUp(refOf(*n), {link->name, 0}, link->up)});
}

void EditController::setMtu(NamespaceId ns, int ifindex, quint32 mtu)
{
    const Namespace* n = findNamespace(ns);
    const Link* link = findLink(ns, ifindex);
    if (!n || !link || link->mtu == mtu)
        return;
    perform(tr("Set the MTU of %1 to %2").arg(link->name).arg(mtu),
            {Action::setMtu(refOf(*n), {link->name, link->ifindex}, mtu)},
            {Action::setMtu(refOf(*n), {link->name, 0}, link->mtu)});
}

void EditController::addAddress(NamespaceId ns, int ifindex, const QString& cidr)
{
    const Namespace* n = findNamespace(ns);
    const Link* link = findLink(ns, ifindex);
    if (!n || !link)
        return;
    perform(tr("Add %1 to %2").arg(cidr, link->name),
            {Action::addAddress(refOf(*n), {link->name, link->ifindex}, cidr)},
            {Action::deleteAddress(refOf(*n), {link->name, 0}, cidr)});
}

void EditController::deleteAddress(NamespaceId ns, int ifindex, const QString& cidr)
{
    const Namespace* n = findNamespace(ns);
    const Link* link = findLink(ns, ifindex);
    if (!n || !link)
        return;
    perform(tr("Remove %1 from %2").arg(cidr, link->name),
            {Action::deleteAddress(refOf(*n), {link->name, link->ifindex}, cidr)},
            {Action::addAddress(refOf(*n), {link->name, 0}, cidr)});
}

void EditController::setMasquerade(NamespaceId ns, int ifindex, bool on)
{
    const Namespace* n = findNamespace(ns);
    const Link* link = findLink(ns, ifindex);
    if (!n || !link || link->masquerade == on)
        return;
    perform(on ? tr("Masquerade traffic leaving %1").arg(link->name)
               : tr("Stop masquerading traffic leaving %1").arg(link->name),
            {Action::setMasquerade(refOf(*n), {link->name, link->ifindex}, on)},
            {Action::setMasquerade(refOf(*n), {link->name, 0}, !on)});
}

void EditController::deleteLink(NamespaceId ns, int ifindex)
{
    const Namespace* n = findNamespace(ns);
    const Link* link = findLink(ns, ifindex);
    if (!n || !link)
        return;
    QList<Action> inverse;
    if (link->kind == QLatin1String("veth") && link->peer.isValid()) {
        const Namespace* peerNs = findNamespace(link->peer.namespaceId);
        const Link* peer = peerNs ? peerNs->linkByIndex(link->peer.ifindex) : nullptr;
        if (peerNs && peer) {
            inverse << Action::addVethPair(refOf(*n), link->name, refOf(*peerNs), peer->name);
            inverse += restoreLink(refOf(*n), *link);
            inverse += restoreLink(refOf(*peerNs), *peer);
        }
    } else if (link->kind == QLatin1String("bridge")) {
        inverse << Action::addBridge(refOf(*n), link->name);
        inverse += restoreLink(refOf(*n), *link);
    }
    // Without an inverse (a physical device) the delete is done but cannot be undone.
    perform(tr("Delete %1").arg(link->name), {Action::deleteLink(refOf(*n), {link->name, link->ifindex})},
            inverse);
}

} // namespace NetnsStudio
