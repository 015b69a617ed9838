// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabYaml.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <yaml-cpp/yaml.h>

#include <initializer_list>

namespace NetnsStudio::LabYaml {

namespace {

// One translation context for this file's strings, the same for lupdate and at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(LabYaml)
};

constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
constexpr int kVersion = 1;

LabMark markOf(const YAML::Mark& mark)
{
    if (mark.is_null())
        return {1, 1}; // every problem names a line, even one yaml-cpp did not place
    return {mark.line + 1, mark.column + 1};
}

/// Walks the document along the format's shape; each wrong node is one problem.
/// yaml-cpp keeps repeated keys of a mapping, so they can be found and refused.
class Reader {
public:
    QList<LabProblem> problems;

    std::optional<Lab> lab(const YAML::Node& root)
    {
        if (!isMap(root, Text::tr("a lab: a mapping with 'namespaces' and 'links'")))
            return std::nullopt;
        const Fields fields = keys(root, {"version", "title", "namespaces", "links"});
        Lab lab;
        if (const YAML::Node* version = fields.get("version")) {
            const auto v = number(*version, Text::tr("the format version"), 0xffffffffu);
            if (v && *v != kVersion)
                fail(*version, Text::tr("expected version %1; this program reads no other.").arg(kVersion));
        }
        if (const YAML::Node* title = fields.get("title"))
            lab.title = text(*title, Text::tr("a title (text)")).value_or(QString());
        if (const YAML::Node* list = fields.get("namespaces"); list && isList(*list, Text::tr("a list of namespaces"))) {
            for (const YAML::Node& item : *list)
                if (auto ns = namespaceEntry(item))
                    lab.namespaces.append(*ns);
        }
        if (const YAML::Node* list = fields.get("links"); list && isList(*list, Text::tr("a list of links"))) {
            for (const YAML::Node& item : *list)
                link(item, &lab);
        }
        if (!problems.isEmpty())
            return std::nullopt;
        return lab;
    }

private:
    /// A mapping's values by key. (A default YAML::Node counts as defined, so absence
    /// is told by a null pointer.)
    struct Fields {
        QHash<QString, YAML::Node> values;
        const YAML::Node* get(const char* key) const
        {
            const auto it = values.constFind(QLatin1String(key));
            return it == values.cend() ? nullptr : &*it;
        }
    };

    void fail(const YAML::Node& node, const QString& message) { problems.append({markOf(node.Mark()), message}); }

    bool isMap(const YAML::Node& node, const QString& what)
    {
        if (node.IsMap())
            return true;
        fail(node, Text::tr("expected %1.").arg(what));
        return false;
    }

    bool isList(const YAML::Node& node, const QString& what)
    {
        if (node.IsSequence())
            return true;
        fail(node, Text::tr("expected %1.").arg(what));
        return false;
    }

    /// The values of a mapping by key; refuses unknown and repeated keys, names the
    /// allowed ones. Null values count as absent.
    Fields keys(const YAML::Node& map, std::initializer_list<const char*> allowed)
    {
        Fields fields;
        QSet<QString> seen;
        QStringList names;
        for (const char* key : allowed)
            names << QLatin1String(key);
        for (auto it = map.begin(); it != map.end(); ++it) {
            const YAML::Node& key = it->first;
            const QString name = key.IsScalar() ? QString::fromStdString(key.Scalar()) : QString();
            if (!names.contains(name)) {
                fail(key, Text::tr("unknown key '%1'; expected one of: %2.").arg(name, names.join(QStringLiteral(", "))));
                continue;
            }
            if (seen.contains(name)) {
                fail(key, Text::tr("the key '%1' is given twice.").arg(name));
                continue;
            }
            seen.insert(name);
            if (!it->second.IsNull())
                fields.values.insert(name, it->second);
        }
        return fields;
    }

    std::optional<QString> text(const YAML::Node& node, const QString& what)
    {
        if (!node.IsScalar()) {
            fail(node, Text::tr("expected %1.").arg(what));
            return std::nullopt;
        }
        return QString::fromStdString(node.Scalar());
    }

    std::optional<QString> requiredText(const Fields& fields, const YAML::Node& parent, const char* key,
                                        const QString& what)
    {
        const YAML::Node* node = fields.get(key);
        if (!node) {
            fail(parent, Text::tr("'%1' is missing: expected %2.").arg(QLatin1String(key), what));
            return std::nullopt;
        }
        return text(*node, what);
    }

    std::optional<bool> boolean(const YAML::Node& node, const QString& what)
    {
        bool value = false;
        if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
            fail(node, Text::tr("expected %1: true or false.").arg(what));
            return std::nullopt;
        }
        return value;
    }

    std::optional<quint32> number(const YAML::Node& node, const QString& what, quint64 max, quint64 min = 0)
    {
        long long value = -1;
        if (!node.IsScalar() || !YAML::convert<long long>::decode(node, value) || value < 0 ||
            quint64(value) < min || quint64(value) > max) {
            fail(node, Text::tr("expected %1, a whole number from %2 to %3.").arg(what).arg(min).arg(max));
            return std::nullopt;
        }
        return quint32(value);
    }

    std::optional<double> real(const YAML::Node& node, const QString& what)
    {
        double value = 0;
        if (!node.IsScalar() || !YAML::convert<double>::decode(node, value) || !qIsFinite(value)) {
            fail(node, Text::tr("expected %1, a number.").arg(what));
            return std::nullopt;
        }
        return value;
    }

    QStringList textList(const YAML::Node& node, const QString& what)
    {
        QStringList list;
        if (!isList(node, Text::tr("a list of %1, such as [a, b]").arg(what)))
            return list;
        for (const YAML::Node& item : node)
            if (auto value = text(item, what))
                list.append(*value);
        return list;
    }

    std::optional<LabNamespace> namespaceEntry(const YAML::Node& node)
    {
        if (!isMap(node, Text::tr("a namespace: a mapping with at least 'name'")))
            return std::nullopt;
        const Fields f = keys(node, {"name", "loopback-up", "forwarding", "position", "routes"});
        LabNamespace ns;
        ns.mark = markOf(node.Mark());
        ns.name = requiredText(f, node, "name", Text::tr("the namespace's name")).value_or(QString());
        if (const YAML::Node* lo = f.get("loopback-up"))
            ns.loopbackUp = boolean(*lo, Text::tr("whether lo is up")).value_or(true);
        if (const YAML::Node* fw = f.get("forwarding"); fw && isMap(*fw, Text::tr("forwarding: {ipv4: true, ipv6: false}"))) {
            const Fields families = keys(*fw, {"ipv4", "ipv6"});
            if (const YAML::Node* v4 = families.get("ipv4"))
                ns.forwardingV4 = boolean(*v4, Text::tr("whether IPv4 is forwarded"));
            if (const YAML::Node* v6 = families.get("ipv6"))
                ns.forwardingV6 = boolean(*v6, Text::tr("whether IPv6 is forwarded"));
        }
        if (const YAML::Node* pos = f.get("position"); pos && isMap(*pos, Text::tr("a position: {x: 100, y: 50}"))) {
            const Fields xy = keys(*pos, {"x", "y"});
            const YAML::Node* x = xy.get("x");
            const YAML::Node* y = xy.get("y");
            if (!x || !y) {
                fail(*pos, Text::tr("a position needs both 'x' and 'y'."));
            } else {
                const auto px = real(*x, Text::tr("x")), py = real(*y, Text::tr("y"));
                if (px && py)
                    ns.position = QPointF(*px, *py);
            }
        }
        if (const YAML::Node* routes = f.get("routes"); routes && isList(*routes, Text::tr("a list of routes"))) {
            for (const YAML::Node& item : *routes)
                if (auto r = route(item))
                    ns.routes.append(*r);
        }
        return ns;
    }

    std::optional<LabRoute> route(const YAML::Node& node)
    {
        if (!isMap(node, Text::tr("a route: a mapping with 'to' and 'via' or 'dev'")))
            return std::nullopt;
        const Fields f = keys(node, {"to", "via", "dev", "metric"});
        LabRoute r;
        r.mark = markOf(node.Mark());
        r.to = requiredText(f, node, "to", Text::tr("'default' or a network such as 10.2.0.0/16")).value_or(QString());
        if (const YAML::Node* via = f.get("via"))
            r.via = text(*via, Text::tr("a gateway address")).value_or(QString());
        if (const YAML::Node* dev = f.get("dev"))
            r.dev = text(*dev, Text::tr("an interface name")).value_or(QString());
        if (const YAML::Node* metric = f.get("metric"))
            r.metric = number(*metric, Text::tr("a metric"), 0xffffffffu).value_or(0);
        return r;
    }

    /// The fields an interface has, whichever link it belongs to.
    LabInterface interface(const YAML::Node& node, const Fields& f)
    {
        LabInterface iface;
        iface.mark = markOf(node.Mark());
        iface.ns = requiredText(f, node, "namespace", Text::tr("the namespace it is in")).value_or(QString());
        iface.name = requiredText(f, node, "name", Text::tr("the interface's name")).value_or(QString());
        if (const YAML::Node* up = f.get("up"))
            iface.up = boolean(*up, Text::tr("whether it is up")).value_or(true);
        if (const YAML::Node* mtu = f.get("mtu"))
            iface.mtu = number(*mtu, Text::tr("an MTU"), 65536, 1).value_or(0); // 0 would mean "as made"
        if (const YAML::Node* addresses = f.get("addresses"))
            iface.addresses = textList(*addresses, Text::tr("addresses with a prefix length"));
        if (const YAML::Node* masquerade = f.get("masquerade"))
            iface.masquerade = boolean(*masquerade, Text::tr("whether IPv4 traffic leaving it is masqueraded")).value_or(false);
        return iface;
    }

    void link(const YAML::Node& node, Lab* lab)
    {
        if (!isMap(node, Text::tr("a link: a mapping with 'type: veth' or 'type: bridge'")))
            return;
        const YAML::Node typeNode = node["type"];
        if (!typeNode || typeNode.IsNull()) {
            fail(node, Text::tr("'type' is missing: expected veth or bridge."));
            return;
        }
        const std::optional<QString> type = text(typeNode, Text::tr("a link type, veth or bridge"));
        if (!type)
            return;
        if (*type == QLatin1String("veth")) {
            const Fields f = keys(node, {"type", "ends"});
            LabVeth veth;
            veth.mark = markOf(node.Mark());
            const YAML::Node* ends = f.get("ends");
            if (!ends || !ends->IsSequence() || ends->size() != 2) {
                fail(ends ? *ends : node, Text::tr("expected 'ends': a list of the veth pair's two ends."));
                return;
            }
            for (std::size_t i = 0; i < 2; ++i) {
                const YAML::Node end = (*ends)[i];
                if (!isMap(end, Text::tr("a veth end: a mapping with 'namespace' and 'name'")))
                    return;
                veth.ends[i] = interface(end, keys(end, {"namespace", "name", "up", "mtu", "addresses", "masquerade"}));
            }
            lab->veths.append(veth);
        } else if (*type == QLatin1String("bridge")) {
            const Fields f = keys(node, {"type", "namespace", "name", "up", "mtu", "addresses", "masquerade", "ports"});
            LabBridge bridge;
            bridge.mark = markOf(node.Mark());
            bridge.bridge = interface(node, f);
            if (const YAML::Node* ports = f.get("ports"))
                bridge.ports = textList(*ports, Text::tr("port names"));
            lab->bridges.append(bridge);
        } else {
            fail(typeNode, Text::tr("unknown link type '%1'; expected veth or bridge.").arg(*type));
        }
    }
};

void writeInterfaceFields(YAML::Emitter& out, const LabInterface& iface)
{
    out << YAML::Key << "namespace" << YAML::Value << iface.ns.toStdString();
    out << YAML::Key << "name" << YAML::Value << iface.name.toStdString();
    if (!iface.up)
        out << YAML::Key << "up" << YAML::Value << false;
    if (iface.mtu)
        out << YAML::Key << "mtu" << YAML::Value << iface.mtu;
    if (!iface.addresses.isEmpty()) {
        out << YAML::Key << "addresses" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString& address : iface.addresses)
            out << address.toStdString();
        out << YAML::EndSeq;
    }
    if (iface.masquerade)
        out << YAML::Key << "masquerade" << YAML::Value << true;
}

} // namespace

std::optional<Lab> read(const QByteArray& text, QList<LabProblem>* problems)
{
    Reader reader;
    std::optional<Lab> lab;
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(text.toStdString());
        if (documents.size() > 1)
            reader.problems.append({markOf(documents[1].Mark()),
                                    Text::tr("expected one lab; this file holds %1 YAML documents.").arg(documents.size())});
        else if (documents.empty())
            reader.problems.append({{1, 1}, Text::tr("expected a lab: the file is empty.")});
        else
            lab = reader.lab(documents.front());
    } catch (const YAML::Exception& e) {
        reader.problems.append({markOf(e.mark), Text::tr("this is not valid YAML: %1.").arg(QString::fromStdString(e.msg))});
    }
    if (lab && reader.problems.isEmpty())
        reader.problems = validateLab(*lab);
    *problems = reader.problems;
    if (!problems->isEmpty())
        return std::nullopt;
    return lab;
}

std::optional<Lab> readFile(const QString& path, QList<LabProblem>* problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problems = {{{1, 1}, Text::tr("cannot read the file: %1").arg(file.errorString())}};
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        *problems = {{{1, 1}, Text::tr("a lab file may have at most %1 MiB.").arg(kMaxFileBytes >> 20)}};
        return std::nullopt;
    }
    return read(file.read(kMaxFileBytes + 1), problems);
}

QByteArray write(const Lab& lab)
{
    YAML::Emitter out;
    out << YAML::Comment("A Netns Studio lab: docs/lab-format.md") << YAML::Newline;
    out << YAML::BeginMap;
    out << YAML::Key << "version" << YAML::Value << kVersion;
    if (!lab.title.isEmpty())
        out << YAML::Key << "title" << YAML::Value << lab.title.toStdString();
    out << YAML::Key << "namespaces" << YAML::Value << YAML::BeginSeq;
    for (const LabNamespace& ns : lab.namespaces) {
        out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << ns.name.toStdString();
        if (!ns.loopbackUp)
            out << YAML::Key << "loopback-up" << YAML::Value << false;
        if (ns.forwardingV4 || ns.forwardingV6) {
            out << YAML::Key << "forwarding" << YAML::Value << YAML::Flow << YAML::BeginMap;
            if (ns.forwardingV4)
                out << YAML::Key << "ipv4" << YAML::Value << *ns.forwardingV4;
            if (ns.forwardingV6)
                out << YAML::Key << "ipv6" << YAML::Value << *ns.forwardingV6;
            out << YAML::EndMap;
        }
        if (ns.position)
            out << YAML::Key << "position" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "x"
                << YAML::Value << ns.position->x() << YAML::Key << "y" << YAML::Value << ns.position->y()
                << YAML::EndMap;
        if (!ns.routes.isEmpty()) {
            out << YAML::Key << "routes" << YAML::Value << YAML::BeginSeq;
            for (const LabRoute& r : ns.routes) {
                out << YAML::Flow << YAML::BeginMap << YAML::Key << "to" << YAML::Value << r.to.toStdString();
                if (!r.via.isEmpty())
                    out << YAML::Key << "via" << YAML::Value << r.via.toStdString();
                if (!r.dev.isEmpty())
                    out << YAML::Key << "dev" << YAML::Value << r.dev.toStdString();
                if (r.metric)
                    out << YAML::Key << "metric" << YAML::Value << r.metric;
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::Key << "links" << YAML::Value << YAML::BeginSeq;
    for (const LabVeth& veth : lab.veths) {
        out << YAML::BeginMap << YAML::Key << "type" << YAML::Value << "veth";
        out << YAML::Key << "ends" << YAML::Value << YAML::BeginSeq;
        for (const LabInterface& end : veth.ends) {
            out << YAML::BeginMap;
            writeInterfaceFields(out, end);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq << YAML::EndMap;
    }
    for (const LabBridge& bridge : lab.bridges) {
        out << YAML::BeginMap << YAML::Key << "type" << YAML::Value << "bridge";
        writeInterfaceFields(out, bridge.bridge);
        if (!bridge.ports.isEmpty()) {
            out << YAML::Key << "ports" << YAML::Value << YAML::Flow << YAML::BeginSeq;
            for (const QString& port : bridge.ports)
                out << port.toStdString();
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

} // namespace NetnsStudio::LabYaml
