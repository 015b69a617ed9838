// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lab.h"

#include "Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <sys/socket.h>

namespace NetnsStudio {

namespace {

// One translation context for this file's strings, the same for lupdate and at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Lab)
};

/// Collects problems; remembers where each name was first declared.
class LabChecker {
public:
    explicit LabChecker(const Lab& lab) : m_lab(lab) {}

    QList<LabProblem> run()
    {
        checkNamespaces();
        for (const LabInterface* iface : m_lab.interfaces())
            checkInterface(*iface);
        for (const LabBridge& bridge : m_lab.bridges)
            checkPorts(bridge);
        for (const LabNamespace& ns : m_lab.namespaces)
            for (const LabRoute& route : ns.routes)
                checkRoute(ns.name, route);
        return m_problems;
    }

private:
    void add(const LabMark& mark, const QString& message) { m_problems.append({mark, message}); }

    bool knowsNamespace(const QString& name) const
    {
        return name == kLabHost || m_lab.namespaceNamed(name);
    }

    const LabInterface* interfaceIn(const QString& ns, const QString& name) const
    {
        for (const LabInterface* iface : m_lab.interfaces())
            if (iface->ns == ns && iface->name == name)
                return iface;
        return nullptr;
    }

    void checkNamespaces()
    {
        QHash<QString, LabMark> seen;
        for (const LabNamespace& ns : m_lab.namespaces) {
            if (ns.name != kLabHost) {
                if (const QString error = Validation::namespaceNameError(ns.name); !error.isEmpty())
                    add(ns.mark, error);
            }
            if (seen.contains(ns.name))
                add(ns.mark, Text::tr("The namespace '%1' is declared twice (first on line %2).")
                                 .arg(ns.name)
                                 .arg(seen.value(ns.name).line));
            else
                seen.insert(ns.name, ns.mark);
        }
    }

    void checkInterface(const LabInterface& iface)
    {
        if (!knowsNamespace(iface.ns))
            add(iface.mark, Text::tr("The namespace '%1' of interface '%2' is not declared under "
                               "'namespaces' (nor is it '%3', the host's own).")
                                .arg(iface.ns, iface.name, kLabHost));
        if (const QString error = Validation::interfaceNameError(iface.name); !error.isEmpty())
            add(iface.mark, error);
        else if (iface.name == QLatin1String("lo"))
            add(iface.mark, Text::tr("'lo' is every namespace's own loopback; the lab sets it with "
                               "'loopback-up' instead."));
        const QString where = iface.ns + QLatin1Char('/') + iface.name;
        if (m_interfaces.contains(where))
            add(iface.mark, Text::tr("The interface '%1' in namespace '%2' is declared twice (first on line %3).")
                                .arg(iface.name, iface.ns)
                                .arg(m_interfaces.value(where).line));
        else
            m_interfaces.insert(where, iface.mark);
        if (iface.mtu != 0) {
            if (const QString error = Validation::mtuError(iface.mtu); !error.isEmpty())
                add(iface.mark, error);
        }
        QSet<QString> addresses;
        for (const QString& address : iface.addresses) {
            QString error;
            const auto cidr = Validation::parseCidr(address, &error);
            if (!cidr) {
                add(iface.mark, Text::tr("Interface '%1' in '%2': %3").arg(iface.name, iface.ns, error));
                continue;
            }
            if (addresses.contains(cidr->toString()))
                add(iface.mark, Text::tr("Interface '%1' in '%2' lists the address %3 twice.")
                                    .arg(iface.name, iface.ns, cidr->toString()));
            addresses.insert(cidr->toString());
        }
    }

    void checkPorts(const LabBridge& bridge)
    {
        const QString& ns = bridge.bridge.ns;
        for (const QString& port : bridge.ports) {
            bool isVethEnd = false;
            for (const LabVeth& veth : m_lab.veths)
                for (const LabInterface& end : veth.ends)
                    isVethEnd = isVethEnd || (end.ns == ns && end.name == port);
            if (!isVethEnd) {
                add(bridge.mark, Text::tr("The port '%1' of bridge '%2' is not a veth end that the lab "
                                    "puts in namespace '%3'.")
                                     .arg(port, bridge.bridge.name, ns));
                continue;
            }
            const QString where = ns + QLatin1Char('/') + port;
            if (m_ports.contains(where))
                add(bridge.mark, Text::tr("'%1' in namespace '%2' is made a bridge port twice (first on line %3).")
                                     .arg(port, ns)
                                     .arg(m_ports.value(where).line));
            else
                m_ports.insert(where, bridge.mark);
        }
    }

    void checkRoute(const QString& ns, const LabRoute& route)
    {
        QString error;
        int family = 0;
        if (route.to != QLatin1String("default")) {
            const auto to = Validation::parseCidr(route.to, &error);
            if (!to) {
                add(route.mark, Text::tr("A route's 'to' must be 'default' or a network such as "
                                   "10.2.0.0/16: %1")
                                    .arg(error));
                return;
            }
            if (to->network().toString() != to->toString()) {
                add(route.mark, Text::tr("The route to %1 names a host address with its prefix; the network is %2.")
                                    .arg(route.to, to->network().toString()));
                return;
            }
            family = to->family;
        }
        if (!route.via.isEmpty()) {
            const auto via = Validation::parseIpLiteral(route.via, &error);
            if (!via) {
                add(route.mark, Text::tr("A route's 'via' must be an address: %1").arg(error));
                return;
            }
            if (family && via->family != family) {
                add(route.mark, Text::tr("The route to %1 goes via %2, which is not of the same IP version.")
                                    .arg(route.to, route.via));
                return;
            }
        } else if (route.dev.isEmpty()) {
            add(route.mark, Text::tr("The route to %1 needs 'via' (a gateway), 'dev' (an interface), or both.")
                                .arg(route.to));
            return;
        }
        if (!route.dev.isEmpty() && route.dev != QLatin1String("lo") && !interfaceIn(ns, route.dev))
            add(route.mark, Text::tr("The route to %1 in namespace '%2' uses interface '%3', which the lab "
                               "does not put there.")
                                .arg(route.to, ns, route.dev));
    }

    const Lab& m_lab;
    QList<LabProblem> m_problems;
    QHash<QString, LabMark> m_interfaces; ///< "ns/name" -> where declared
    QHash<QString, LabMark> m_ports;
};

} // namespace

const LabNamespace* Lab::namespaceNamed(const QString& name) const
{
    for (const LabNamespace& ns : namespaces)
        if (ns.name == name)
            return &ns;
    return nullptr;
}

QList<const LabInterface*> Lab::interfaces() const
{
    QList<const LabInterface*> all;
    for (const LabVeth& veth : veths)
        for (const LabInterface& end : veth.ends)
            all.append(&end);
    for (const LabBridge& bridge : bridges)
        all.append(&bridge.bridge);
    return all;
}

QStringList Lab::createdNamespaces() const
{
    QStringList names;
    for (const LabNamespace& ns : namespaces)
        if (ns.name != kLabHost)
            names.append(ns.name);
    return names;
}

QString LabProblem::toString(const QString& fileName) const
{
    return QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(mark.line).arg(mark.column).arg(message);
}

QList<LabProblem> validateLab(const Lab& lab)
{
    return LabChecker(lab).run();
}

} // namespace NetnsStudio
