// SPDX-License-Identifier: GPL-3.0-or-later
#include "Action.h"

#include "Masquerade.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QSet>
#include <climits>
#include <array>

namespace NetnsStudio {

namespace {

// One translation context for this file's strings, the same for lupdate and at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Action)
};

QString namespaceRefError(const NamespaceRef& ns, const char* role)
{
    if (!ns.isSet())
        return Text::tr("The action does not say which namespace (%1) it is about.")
            .arg(QLatin1String(role));
    if (ns.id == 0)
        return Validation::namespaceNameError(ns.name);
    return {};
}

QString linkRefError(const LinkRef& link)
{
    if (link.ifindex < 0)
        return Text::tr("An interface index cannot be negative.");
    return Validation::interfaceNameError(link.name);
}

QString routeError(const Action& a)
{
    QString error;
    int family = 0;
    if (a.address != QLatin1String("default")) {
        const auto dst = Validation::parseCidr(a.address, &error);
        if (!dst)
            return Text::tr("A route's destination must be 'default' or an address with a prefix "
                      "length: %1")
                .arg(error);
        family = dst->family;
    }
    if (!a.gateway.isEmpty()) {
        const auto gateway = Validation::parseIpLiteral(a.gateway, &error);
        if (!gateway)
            return error;
        if (family && gateway->family != family)
            return Text::tr("The gateway %1 and the destination %2 are not of the same IP version.")
                .arg(a.gateway, a.address);
    } else if (!a.link.isSet()) {
        return Text::tr("A route needs a gateway, an interface, or both.");
    }
    if (a.link.isSet())
        return linkRefError(a.link);
    return {};
}

// The checks of an action's content, one field (or one rule between fields) each.
// Names are checked before these, by namesError.
using Check = QString (*)(const Action&);

QString nsError(const Action& a)
{
    return namespaceRefError(a.ns, "ns");
}

QString peerNsError(const Action& a)
{
    return namespaceRefError(a.peerNs, "peer-ns");
}

QString newNamespaceNameError(const Action& a)
{
    return Validation::namespaceNameError(a.name);
}

QString newInterfaceNameError(const Action& a)
{
    return Validation::interfaceNameError(a.name);
}

QString peerNameError(const Action& a)
{
    return Validation::interfaceNameError(a.peerName);
}

QString vethEndsError(const Action& a)
{
    if (a.ns == a.peerNs && a.name == a.peerName)
        return Text::tr("The two ends of a veth pair in one namespace need different names.");
    return {};
}

QString linkError(const Action& a)
{
    return linkRefError(a.link);
}

QString mtuError(const Action& a)
{
    return Validation::mtuError(a.number);
}

QString cidrError(const Action& a)
{
    QString error;
    return Validation::parseCidr(a.address, &error) ? QString() : error;
}

QString masterError(const Action& a)
{
    if (a.master.isSet())
        return linkRefError(a.master);
    if (a.master.ifindex != 0)
        return Text::tr("A master given by index needs its name too.");
    return {};
}

QString familyError(const Action& a)
{
    if (a.family != QLatin1String("inet") && a.family != QLatin1String("inet6"))
        return Text::tr("Forwarding is set for 'inet' (IPv4) or 'inet6' (IPv6), not '%1'.")
            .arg(a.family);
    return {};
}

QString masqueradeError(const Action& a)
{
    return Masquerade::interfaceNameError(a.link.name);
}

struct TypeInfo {
    Action::Type type;
    const char* name;
    std::initializer_list<const char*> keys; ///< the map keys this type uses, besides "type"
    std::initializer_list<Check> checks;     ///< in the order they run; the first error wins
};

// ns-*: the namespace; link-*: the link in it; peer-ns-*: the other end / the target.
const std::array<TypeInfo, 17> kTypes{{
    {Action::Type::AddNamespace, "add-namespace", {"name"}, {newNamespaceNameError}},
    {Action::Type::DeleteNamespace, "delete-namespace", {"ns-id", "ns-name"}, {nsError}},
    {Action::Type::AttachNamespace, "attach-namespace", {"ns-id", "ns-name", "name"},
     {nsError, newNamespaceNameError}},
    {Action::Type::AddVethPair, "add-veth-pair",
     {"ns-id", "ns-name", "name", "peer-ns-id", "peer-ns-name", "peer-name"},
     {nsError, peerNsError, newInterfaceNameError, peerNameError, vethEndsError}},
    {Action::Type::MoveLink, "move-link",
     {"ns-id", "ns-name", "link-name", "link-ifindex", "peer-ns-id", "peer-ns-name"},
     {nsError, peerNsError, linkError}},
    {Action::Type::RenameLink, "rename-link",
     {"ns-id", "ns-name", "link-name", "link-ifindex", "name"},
     {nsError, linkError, newInterfaceNameError}},
    {Action::Type::SetLinkUp, "set-link-up",
     {"ns-id", "ns-name", "link-name", "link-ifindex", "flag"},
     {nsError, linkError}},
    {Action::Type::SetMtu, "set-mtu", {"ns-id", "ns-name", "link-name", "link-ifindex", "number"},
     {nsError, linkError, mtuError}},
    {Action::Type::AddAddress, "add-address",
     {"ns-id", "ns-name", "link-name", "link-ifindex", "address"},
     {nsError, linkError, cidrError}},
    {Action::Type::DeleteAddress, "delete-address",
     {"ns-id", "ns-name", "link-name", "link-ifindex", "address"},
     {nsError, linkError, cidrError}},
    {Action::Type::AddRoute, "add-route",
     {"ns-id", "ns-name", "address", "gateway", "link-name", "link-ifindex", "number"},
     {nsError, routeError}},
    {Action::Type::DeleteRoute, "delete-route",
     {"ns-id", "ns-name", "address", "gateway", "link-name", "link-ifindex", "number"},
     {nsError, routeError}},
    {Action::Type::AddBridge, "add-bridge", {"ns-id", "ns-name", "name"},
     {nsError, newInterfaceNameError}},
    {Action::Type::SetMaster, "set-master",
     {"ns-id", "ns-name", "link-name", "link-ifindex", "master-name", "master-ifindex"},
     {nsError, linkError, masterError}},
    {Action::Type::DeleteLink, "delete-link", {"ns-id", "ns-name", "link-name", "link-ifindex"},
     {nsError, linkError}},
    {Action::Type::SetForwarding, "set-forwarding", {"ns-id", "ns-name", "family", "flag"},
     {nsError, familyError}},
    {Action::Type::SetMasquerade, "set-masquerade",
     {"ns-id", "ns-name", "link-name", "link-ifindex", "flag"},
     {nsError, linkError, masqueradeError}},
}};

/// The value type of each map key, as it travels on D-Bus.
struct Field {
    const char* key;
    QMetaType::Type type;
};
const Field kFields[] = {
    {"ns-id", QMetaType::ULongLong},     {"ns-name", QMetaType::QString},
    {"peer-ns-id", QMetaType::ULongLong}, {"peer-ns-name", QMetaType::QString},
    {"link-name", QMetaType::QString},   {"link-ifindex", QMetaType::Int},
    {"master-name", QMetaType::QString}, {"master-ifindex", QMetaType::Int},
    {"name", QMetaType::QString},        {"peer-name", QMetaType::QString},
    {"address", QMetaType::QString},     {"gateway", QMetaType::QString},
    {"family", QMetaType::QString},      {"number", QMetaType::UInt},
    {"flag", QMetaType::Bool},
};

const TypeInfo& infoOf(Action::Type type)
{
    for (const TypeInfo& info : kTypes)
        if (info.type == type)
            return info;
    return kTypes[0];
}

} // namespace

Action Action::addNamespace(const QString& name)
{
    Action a;
    a.type = Type::AddNamespace;
    a.name = name;
    return a;
}

Action Action::deleteNamespace(const NamespaceRef& ns)
{
    Action a;
    a.type = Type::DeleteNamespace;
    a.ns = ns;
    return a;
}

Action Action::attachNamespace(const NamespaceRef& ns, const QString& name)
{
    Action a;
    a.type = Type::AttachNamespace;
    a.ns = ns;
    a.name = name;
    return a;
}

Action Action::addVethPair(const NamespaceRef& ns, const QString& name, const NamespaceRef& peerNs,
                           const QString& peerName)
{
    Action a;
    a.type = Type::AddVethPair;
    a.ns = ns;
    a.name = name;
    a.peerNs = peerNs;
    a.peerName = peerName;
    return a;
}

Action Action::moveLink(const NamespaceRef& ns, const LinkRef& link, const NamespaceRef& target)
{
    Action a;
    a.type = Type::MoveLink;
    a.ns = ns;
    a.link = link;
    a.peerNs = target;
    return a;
}

Action Action::renameLink(const NamespaceRef& ns, const LinkRef& link, const QString& newName)
{
    Action a;
    a.type = Type::RenameLink;
    a.ns = ns;
    a.link = link;
    a.name = newName;
    return a;
}

Action Action::setLinkUp(const NamespaceRef& ns, const LinkRef& link, bool up)
{
    Action a;
    a.type = Type::SetLinkUp;
    a.ns = ns;
    a.link = link;
    a.flag = up;
    return a;
}

Action Action::setMtu(const NamespaceRef& ns, const LinkRef& link, quint32 mtu)
{
    Action a;
    a.type = Type::SetMtu;
    a.ns = ns;
    a.link = link;
    a.number = mtu;
    return a;
}

Action Action::addAddress(const NamespaceRef& ns, const LinkRef& link, const QString& cidr)
{
    Action a;
    a.type = Type::AddAddress;
    a.ns = ns;
    a.link = link;
    a.address = cidr;
    return a;
}

Action Action::deleteAddress(const NamespaceRef& ns, const LinkRef& link, const QString& cidr)
{
    Action a = addAddress(ns, link, cidr);
    a.type = Type::DeleteAddress;
    return a;
}

Action Action::addRoute(const NamespaceRef& ns, const QString& dst, const QString& gateway,
                        const LinkRef& dev, quint32 metric)
{
    Action a;
    a.type = Type::AddRoute;
    a.ns = ns;
    a.address = dst;
    a.gateway = gateway;
    a.link = dev;
    a.number = metric;
    return a;
}

Action Action::deleteRoute(const NamespaceRef& ns, const QString& dst, const QString& gateway,
                           const LinkRef& dev, quint32 metric)
{
    Action a = addRoute(ns, dst, gateway, dev, metric);
    a.type = Type::DeleteRoute;
    return a;
}

Action Action::addBridge(const NamespaceRef& ns, const QString& name)
{
    Action a;
    a.type = Type::AddBridge;
    a.ns = ns;
    a.name = name;
    return a;
}

Action Action::setMaster(const NamespaceRef& ns, const LinkRef& link, const LinkRef& master)
{
    Action a;
    a.type = Type::SetMaster;
    a.ns = ns;
    a.link = link;
    a.master = master;
    return a;
}

Action Action::deleteLink(const NamespaceRef& ns, const LinkRef& link)
{
    Action a;
    a.type = Type::DeleteLink;
    a.ns = ns;
    a.link = link;
    return a;
}

Action Action::setForwarding(const NamespaceRef& ns, const QString& family, bool on)
{
    Action a;
    a.type = Type::SetForwarding;
    a.ns = ns;
    a.family = family;
    a.flag = on;
    return a;
}

Action Action::setMasquerade(const NamespaceRef& ns, const LinkRef& link, bool on)
{
    Action a;
    a.type = Type::SetMasquerade;
    a.ns = ns;
    a.link = link;
    a.flag = on;
    return a;
}

QString actionTypeName(Action::Type type)
{
    return QString::fromLatin1(infoOf(type).name);
}

std::optional<Action::Type> actionTypeFromName(const QString& name)
{
    for (const TypeInfo& info : kTypes)
        if (name == QLatin1String(info.name))
            return info.type;
    return std::nullopt;
}

QVariantMap actionToMap(const Action& a)
{
    QVariantMap all;
    all.insert(QStringLiteral("ns-id"), QVariant::fromValue(qulonglong(a.ns.id)));
    all.insert(QStringLiteral("ns-name"), a.ns.name);
    all.insert(QStringLiteral("peer-ns-id"), QVariant::fromValue(qulonglong(a.peerNs.id)));
    all.insert(QStringLiteral("peer-ns-name"), a.peerNs.name);
    all.insert(QStringLiteral("link-name"), a.link.name);
    all.insert(QStringLiteral("link-ifindex"), a.link.ifindex);
    all.insert(QStringLiteral("master-name"), a.master.name);
    all.insert(QStringLiteral("master-ifindex"), a.master.ifindex);
    all.insert(QStringLiteral("name"), a.name);
    all.insert(QStringLiteral("peer-name"), a.peerName);
    all.insert(QStringLiteral("address"), a.address);
    all.insert(QStringLiteral("gateway"), a.gateway);
    all.insert(QStringLiteral("family"), a.family);
    all.insert(QStringLiteral("number"), QVariant::fromValue(uint(a.number)));
    all.insert(QStringLiteral("flag"), a.flag);

    QVariantMap map{{QStringLiteral("type"), actionTypeName(a.type)}};
    for (const char* key : infoOf(a.type).keys) {
        const QVariant value = all.value(QLatin1String(key));
        // Leave out what is unset, so that maps stay small and readable.
        const bool unset = (value.typeId() == QMetaType::QString && value.toString().isEmpty()) ||
                           ((value.typeId() == QMetaType::Int || value.typeId() == QMetaType::ULongLong) &&
                            value.toLongLong() == 0);
        if (!unset)
            map.insert(QLatin1String(key), value);
    }
    return map;
}

std::optional<Action> actionFromMap(const QVariantMap& map, QString* error)
{
    const QVariant typeValue = map.value(QStringLiteral("type"));
    if (typeValue.typeId() != QMetaType::QString) {
        *error = Text::tr("An action needs a 'type', such as add-namespace.");
        return std::nullopt;
    }
    const auto type = actionTypeFromName(typeValue.toString());
    if (!type) {
        *error = Text::tr("'%1' is not an action this program knows.").arg(typeValue.toString());
        return std::nullopt;
    }
    QSet<QString> allowed{QStringLiteral("type")};
    for (const char* key : infoOf(*type).keys)
        allowed.insert(QLatin1String(key));

    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!allowed.contains(it.key())) {
            *error = Text::tr("The action %1 takes no '%2'.").arg(typeValue.toString(), it.key());
            return std::nullopt;
        }
        for (const Field& f : kFields) {
            if (it.key() == QLatin1String(f.key) && it.value().typeId() != f.type) {
                *error = Text::tr("'%1' of action %2 has the wrong type (%3, expected %4).")
                             .arg(it.key(), typeValue.toString(),
                                  QString::fromLatin1(it.value().metaType().name()),
                                  QString::fromLatin1(QMetaType(f.type).name()));
                return std::nullopt;
            }
        }
    }

    Action a;
    a.type = *type;
    a.ns = {map.value(QStringLiteral("ns-id")).toULongLong(),
            map.value(QStringLiteral("ns-name")).toString()};
    a.peerNs = {map.value(QStringLiteral("peer-ns-id")).toULongLong(),
                map.value(QStringLiteral("peer-ns-name")).toString()};
    a.link = {map.value(QStringLiteral("link-name")).toString(),
              map.value(QStringLiteral("link-ifindex")).toInt()};
    a.master = {map.value(QStringLiteral("master-name")).toString(),
                map.value(QStringLiteral("master-ifindex")).toInt()};
    a.name = map.value(QStringLiteral("name")).toString();
    a.peerName = map.value(QStringLiteral("peer-name")).toString();
    a.address = map.value(QStringLiteral("address")).toString();
    a.gateway = map.value(QStringLiteral("gateway")).toString();
    a.family = map.value(QStringLiteral("family")).toString();
    a.number = map.value(QStringLiteral("number")).toUInt();
    a.flag = map.value(QStringLiteral("flag")).toBool();
    return a;
}

// Everything but the names: namesError checks those first.
static QString actionError(const Action& a)
{
    for (const TypeInfo& info : kTypes) {
        if (info.type != a.type)
            continue;
        for (const Check check : info.checks)
            if (QString error = check(a); !error.isEmpty())
                return error;
        return {};
    }
    return Text::tr("Unknown action.");
}

namespace {

/// The names an action carries, each checked by the rules of its kind.
QString namesError(const Action& a)
{
    const bool namesNamespace =
        a.type == Action::Type::AddNamespace || a.type == Action::Type::AttachNamespace;
    const std::pair<const char*, QString> checks[] = {
        {"ns-name", a.ns.name},     {"peer-ns-name", a.peerNs.name}, {"name", a.name},
        {"peer-name", a.peerName}, {"link-name", a.link.name},      {"master-name", a.master.name},
    };
    const bool routeAction = a.type == Action::Type::AddRoute || a.type == Action::Type::DeleteRoute;
    for (const char* key : infoOf(a.type).keys) {
        for (const auto& [checkKey, value] : checks) {
            // New names and (but for a route's device) the link acted on are required.
            const bool required = qstrcmp(key, "name") == 0 || qstrcmp(key, "peer-name") == 0 ||
                                  (qstrcmp(key, "link-name") == 0 && !routeAction);
            if (qstrcmp(key, checkKey) != 0 || (value.isEmpty() && !required))
                continue;
            const bool isNamespace = qstrcmp(key, "ns-name") == 0 ||
                                     qstrcmp(key, "peer-ns-name") == 0 ||
                                     (qstrcmp(key, "name") == 0 && namesNamespace);
            const QString error = isNamespace ? Validation::namespaceNameError(value)
                                              : Validation::interfaceNameError(value);
            if (!error.isEmpty())
                return error;
        }
    }
    return {};
}

} // namespace

ActionProblem checkAction(const Action& a)
{
    if (const QString error = namesError(a); !error.isEmpty())
        return {ActionProblem::Kind::InvalidName, error};
    if (const QString error = actionError(a); !error.isEmpty())
        return {ActionProblem::Kind::InvalidArgument, error};
    return {};
}

QJsonObject actionToJson(const Action& action)
{
    return QJsonObject::fromVariantMap(actionToMap(action));
}

std::optional<Action> actionFromJson(const QJsonObject& object, QString* error)
{
    // JSON has one number type: give each key the type it has on D-Bus.
    QVariantMap map;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QVariant value = it.value().toVariant();
        for (const Field& f : kFields) {
            if (it.key() != QLatin1String(f.key) || !it.value().isDouble())
                continue;
            const double number = it.value().toDouble();
            const bool integral = number == double(qint64(number));
            const bool fits = f.type == QMetaType::Int ? number >= INT_MIN && number <= INT_MAX
                              : f.type == QMetaType::UInt ? number >= 0 && number <= UINT_MAX
                              : f.type == QMetaType::ULongLong ? number >= 0
                                                               : false;
            if (!integral || !fits) {
                *error = Text::tr("'%1' must be a whole number in range, not %2.").arg(it.key()).arg(number);
                return std::nullopt;
            }
            if (f.type == QMetaType::Int)
                value = int(number);
            else if (f.type == QMetaType::UInt)
                value = uint(number);
            else
                value = QVariant::fromValue(qulonglong(number));
        }
        map.insert(it.key(), value);
    }
    return actionFromMap(map, error);
}

} // namespace NetnsStudio
