// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Topology.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>
#include <optional>

/// The edit vocabulary: every change the program can make, as plain data. The GUI,
/// lab files and lessons build Actions; the helper validates and applies them; each
/// has the `ip` command a person would type for it.
namespace NetnsStudio {

/// A namespace as a caller names it: by id (inode) from the topology, or, for a
/// namespace made earlier in the same batch, by its /run/netns name. The helper
/// resolves either against its own discovery, never a path.
struct NamespaceRef {
    NamespaceId id = 0;
    QString name;

    static NamespaceRef byId(NamespaceId id) { return {id, {}}; }
    static NamespaceRef byName(const QString& name) { return {0, name}; }
    bool isSet() const { return id != 0 || !name.isEmpty(); }
    friend bool operator==(const NamespaceRef&, const NamespaceRef&) = default;
};

/// A link as a caller names it, inside the action's namespace: by name, and by
/// ifindex too when the caller read it from the topology. With an ifindex, the link
/// must still carry that name when the helper acts (renamed or gone in between
/// means NotFound).
struct LinkRef {
    QString name;
    int ifindex = 0;

    bool isSet() const { return !name.isEmpty(); }
    friend bool operator==(const LinkRef&, const LinkRef&) = default;
};

struct Action {
    enum class Type {
        AddNamespace,      ///< name
        DeleteNamespace,   ///< ns
        AttachNamespace,   ///< ns (held by a process), name: give it a /run/netns name
        AddVethPair,       ///< ns + name, peerNs + peerName
        MoveLink,          ///< link, targetNs
        RenameLink,        ///< link, name
        SetLinkUp,         ///< link, flag (up)
        SetMtu,            ///< link, number
        AddAddress,        ///< link, address (CIDR)
        DeleteAddress,     ///< link, address (CIDR)
        AddRoute,          ///< ns, address (destination CIDR or "default"), gateway, link (dev, optional), number (metric)
        DeleteRoute,       ///< same fields as AddRoute
        AddBridge,         ///< ns + name
        SetMaster,         ///< link, master (a bridge link; empty name: no master)
        DeleteLink,        ///< link
        SetForwarding,     ///< ns, family ("inet" or "inet6"), flag (on)
        SetMasquerade,     ///< link, flag (on): IPv4 masquerading of traffic leaving link
    };

    Type type = Type::AddNamespace;
    NamespaceRef ns;      ///< where it happens; every link named is in this namespace
    NamespaceRef peerNs;  ///< AddVethPair: the other end's namespace; MoveLink: the target
    LinkRef link;
    LinkRef master;       ///< SetMaster: the bridge, in the same namespace; unset: no master
    QString name;         ///< new namespace / link / bridge name
    QString peerName;     ///< AddVethPair: the other end's name
    QString address;      ///< CIDR, or a route's destination
    QString gateway;      ///< route gateway, optional
    QString family;       ///< SetForwarding
    quint32 number = 0;   ///< MTU or route metric
    bool flag = false;    ///< up / forwarding on / masquerade on

    friend bool operator==(const Action&, const Action&) = default;

    // Builders, so that call sites read like the change they make.
    static Action addNamespace(const QString& name);
    static Action deleteNamespace(const NamespaceRef& ns);
    static Action attachNamespace(const NamespaceRef& ns, const QString& name);
    static Action addVethPair(const NamespaceRef& ns, const QString& name,
                              const NamespaceRef& peerNs, const QString& peerName);
    static Action moveLink(const NamespaceRef& ns, const LinkRef& link, const NamespaceRef& target);
    static Action renameLink(const NamespaceRef& ns, const LinkRef& link, const QString& newName);
    static Action setLinkUp(const NamespaceRef& ns, const LinkRef& link, bool up);
    static Action setMtu(const NamespaceRef& ns, const LinkRef& link, quint32 mtu);
    static Action addAddress(const NamespaceRef& ns, const LinkRef& link, const QString& cidr);
    static Action deleteAddress(const NamespaceRef& ns, const LinkRef& link, const QString& cidr);
    static Action addRoute(const NamespaceRef& ns, const QString& dst, const QString& gateway,
                           const LinkRef& dev, quint32 metric);
    static Action deleteRoute(const NamespaceRef& ns, const QString& dst, const QString& gateway,
                              const LinkRef& dev, quint32 metric);
    static Action addBridge(const NamespaceRef& ns, const QString& name);
    static Action setMaster(const NamespaceRef& ns, const LinkRef& link, const LinkRef& master);
    static Action deleteLink(const NamespaceRef& ns, const LinkRef& link);
    static Action setForwarding(const NamespaceRef& ns, const QString& family, bool on);
    static Action setMasquerade(const NamespaceRef& ns, const LinkRef& link, bool on);
};

/// The name of an action type as it travels on D-Bus and in files ("add-namespace").
QString actionTypeName(Action::Type type);
std::optional<Action::Type> actionTypeFromName(const QString& name);

/// The dictionary form of an action (a{sv} on D-Bus): "type" plus the fields it uses.
QVariantMap actionToMap(const Action& action);
/// Reads actionToMap's form. Unknown types, unknown keys and wrong value types are
/// refused with a sentence in *error.
std::optional<Action> actionFromMap(const QVariantMap& map, QString* error);

/// The JSON form: actionToMap's keys, numbers as JSON numbers.
QJsonObject actionToJson(const Action& action);
/// Reads the JSON form, with the same strictness as actionFromMap.
std::optional<Action> actionFromJson(const QJsonObject& object, QString* error);

/// What is wrong with an action's own content, before anything is looked up.
struct ActionProblem {
    enum class Kind { None, InvalidName, InvalidArgument };
    Kind kind = Kind::None;
    QString message;

    explicit operator bool() const { return kind != Kind::None; }
};

/// Checks the names, addresses and numbers an action carries (not whether the
/// things it names exist: that is the helper's business).
ActionProblem checkAction(const Action& action);

} // namespace NetnsStudio
