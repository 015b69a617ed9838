// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Action.h"
#include "Topology.h"

#include <QObject>
#include <QUndoStack>

namespace NetnsStudio {

class CommandLog;
class HelperClient;
class TopologyModel;
struct HelperError;

/// Turns what a person asks for into Actions, with the way back: each edit is sent
/// to the helper as one batch, logged as its ip commands, and, once done, pushed on
/// the undo stack as a command whose undo sends the inverse batch.
class EditController : public QObject {
    Q_OBJECT
public:
    EditController(HelperClient* helper, TopologyModel* model, CommandLog* log,
                   QObject* parent = nullptr);

    QUndoStack* undoStack() { return &m_undo; }
    /// Whether edits are possible now (false while the helper is away).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    /// A reference to a namespace that survives its own undo: by name when it has one.
    static NamespaceRef refOf(const Namespace& ns);

    void addNamespace(const QString& name);
    void deleteNamespace(NamespaceId id);
    void addVethPair(NamespaceId a, const QString& nameA, NamespaceId b, const QString& nameB);
    void moveLink(NamespaceId from, int ifindex, NamespaceId to);
    void renameLink(NamespaceId ns, int ifindex, const QString& newName);
    void setLinkUp(NamespaceId ns, int ifindex, bool up);
    void setMtu(NamespaceId ns, int ifindex, quint32 mtu);
    void addAddress(NamespaceId ns, int ifindex, const QString& cidr);
    void deleteAddress(NamespaceId ns, int ifindex, const QString& cidr);
    void deleteLink(NamespaceId ns, int ifindex);
    /// Turns masquerading (NAT) of IPv4 traffic leaving the link on or off.
    void setMasquerade(NamespaceId ns, int ifindex, bool on);

    /// Does a list of actions as one edit (one batch, one undo step named text), with
    /// the inverse worked out from the topology now. Actions of a type without an
    /// inverse here make the edit one that cannot be undone.
    void apply(const QString& text, const QList<Action>& actions);
    /// The same with the inverse given, for edits whose way back this class cannot
    /// work out (a lab torn down comes back by applying the lab again).
    void apply(const QString& text, const QList<Action>& actions, const QList<Action>& inverse);

    /// Sends a batch and logs it; done gets the outcome. Used by the undo commands.
    void send(const QList<Action>& actions, std::function<void(bool ok)> done);

    /// Interface names not used in a namespace yet: veth0, veth1, ...
    QString freeLinkName(NamespaceId ns, const QString& stem, const QString& besides = {}) const;

signals:
    /// A change failed; message is for the person.
    void failed(const QString& message);
    /// A change was done; the topology should be read again.
    void changed();

private:
    void perform(const QString& text, const QList<Action>& actions, const QList<Action>& inverse);
    const Namespace* findNamespace(NamespaceId id) const;
    const Namespace* findNamespace(const NamespaceRef& ref) const;
    /// The actions that take one action back, or nothing when this class cannot.
    QList<Action> inverseOf(const Action& action) const;
    const Link* findLink(NamespaceId ns, int ifindex) const;
    /// The actions that bring back a link's addresses and up state after it was recreated.
    QList<Action> restoreLink(const NamespaceRef& where, const Link& link) const;

    HelperClient* m_helper;
    TopologyModel* m_model;
    CommandLog* m_log;
    QUndoStack m_undo;
    bool m_enabled = true;
};

} // namespace NetnsStudio
