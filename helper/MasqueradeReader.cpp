// SPDX-License-Identifier: GPL-3.0-or-later
#include "MasqueradeReader.h"

#include "Masquerade.h"

#include <arpa/inet.h>
#include <cstring>
#include <functional>
#include <linux/netfilter.h>
#include <linux/netfilter/nf_tables.h>
#include <linux/netfilter/nfnetlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <netlink/netlink.h>
#include <optional>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

namespace NetnsStudio {

namespace {

using Handler = std::function<void(int family, nlattr** attrs)>;

struct DumpContext {
    int maxAttr;
    Handler handle;
};

int onMessage(nl_msg* msg, void* arg)
{
    auto* context = static_cast<DumpContext*>(arg);
    nlmsghdr* header = nlmsg_hdr(msg);
    std::vector<nlattr*> attrs(size_t(context->maxAttr) + 1);
    if (nlmsg_parse(header, sizeof(nfgenmsg), attrs.data(), context->maxAttr, nullptr) == 0) {
        const auto* nfg = static_cast<const nfgenmsg*>(nlmsg_data(header));
        context->handle(nfg->nfgen_family, attrs.data());
    }
    return NL_OK;
}

/// Sends one nf_tables dump request and hands each answer to handle.
int dump(nl_sock* sock, int type, int family, int maxAttr,
         const std::vector<std::pair<int, QByteArray>>& stringAttrs, const Handler& handle)
{
    nl_msg* msg = nlmsg_alloc_simple((NFNL_SUBSYS_NFTABLES << 8) | type, NLM_F_REQUEST | NLM_F_DUMP);
    if (!msg)
        return -NLE_NOMEM;
    nfgenmsg header{};
    header.nfgen_family = uint8_t(family);
    header.version = NFNETLINK_V0;
    int err = nlmsg_append(msg, &header, sizeof header, NLMSG_ALIGNTO);
    for (const auto& [attr, value] : stringAttrs)
        if (err == 0)
            err = nla_put_string(msg, attr, value.constData());
    if (err == 0)
        err = nl_send_auto(sock, msg);
    nlmsg_free(msg);
    if (err < 0)
        return err;
    DumpContext context{maxAttr, handle};
    nl_cb* cb = nl_cb_clone(nl_socket_get_cb(sock));
    nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, onMessage, &context);
    err = nl_recvmsgs(sock, cb);
    nl_cb_put(cb);
    return err < 0 ? err : 0;
}

QByteArray stringOf(const nlattr* attr)
{
    const auto* data = static_cast<const char*>(nla_data(attr));
    return QByteArray(data, int(strnlen(data, size_t(nla_len(attr)))));
}

quint32 u32Of(const nlattr* attr)
{
    return ntohl(nla_get_u32(attr));
}

/// The value of an nft_data attribute (NFTA_DATA_VALUE inside it).
QByteArray dataOf(nlattr* attr)
{
    nlattr* tb[NFTA_DATA_MAX + 1] = {};
    if (!attr || nla_parse_nested(tb, NFTA_DATA_MAX, attr, nullptr) != 0 || !tb[NFTA_DATA_VALUE])
        return {};
    return QByteArray(static_cast<const char*>(nla_data(tb[NFTA_DATA_VALUE])), nla_len(tb[NFTA_DATA_VALUE]));
}

/// An interface name compared whole: NUL-padded, so it holds a NUL. (Without one,
/// `oifname "eth*"` compares a prefix.)
std::optional<QString> exactName(const QByteArray& bytes)
{
    const int nul = bytes.indexOf('\0');
    if (nul <= 0)
        return std::nullopt;
    return QString::fromUtf8(bytes.left(nul));
}

bool isIpv4Family(int family)
{
    return family == NFPROTO_IPV4 || family == NFPROTO_INET;
}

/// A set of interface names, where a masquerade rule looks them up.
struct SetRef {
    int family;
    QByteArray table;
    QByteArray name;
    bool operator<(const SetRef& o) const
    {
        return std::tie(family, table, name) < std::tie(o.family, o.table, o.name);
    }
};

/// What one rule says: the interfaces it matches, and whether it masquerades.
struct RuleReading {
    bool masquerades = false;
    QSet<QString> names;
    QSet<int> ifindexes;
    std::set<SetRef> sets;
};

RuleReading readRule(int family, nlattr** attrs)
{
    RuleReading rule;
    if (!attrs[NFTA_RULE_EXPRESSIONS] || !attrs[NFTA_RULE_TABLE])
        return rule;
    const QByteArray table = stringOf(attrs[NFTA_RULE_TABLE]);
    // Registers that hold the output interface's name / index, as meta loads them.
    quint32 nameRegister = 0, indexRegister = 0;
    nlattr* element = nullptr;
    int remaining = 0;
    nla_for_each_nested(element, attrs[NFTA_RULE_EXPRESSIONS], remaining) {
        nlattr* expr[NFTA_EXPR_MAX + 1] = {};
        if (nla_parse_nested(expr, NFTA_EXPR_MAX, element, nullptr) != 0 || !expr[NFTA_EXPR_NAME])
            continue;
        const QByteArray kind = stringOf(expr[NFTA_EXPR_NAME]);
        if (kind == "masq") {
            rule.masquerades = true;
            continue;
        }
        if (!expr[NFTA_EXPR_DATA])
            continue;
        if (kind == "meta") {
            nlattr* tb[NFTA_META_MAX + 1] = {};
            if (nla_parse_nested(tb, NFTA_META_MAX, expr[NFTA_EXPR_DATA], nullptr) != 0 ||
                !tb[NFTA_META_KEY] || !tb[NFTA_META_DREG])
                continue;
            const quint32 key = u32Of(tb[NFTA_META_KEY]), reg = u32Of(tb[NFTA_META_DREG]);
            // A load into a register replaces what it held.
            if (nameRegister == reg)
                nameRegister = 0;
            if (indexRegister == reg)
                indexRegister = 0;
            if (key == NFT_META_OIFNAME)
                nameRegister = reg;
            else if (key == NFT_META_OIF)
                indexRegister = reg;
        } else if (kind == "cmp") {
            nlattr* tb[NFTA_CMP_MAX + 1] = {};
            if (nla_parse_nested(tb, NFTA_CMP_MAX, expr[NFTA_EXPR_DATA], nullptr) != 0 ||
                !tb[NFTA_CMP_SREG] || !tb[NFTA_CMP_OP] || u32Of(tb[NFTA_CMP_OP]) != NFT_CMP_EQ)
                continue;
            const quint32 reg = u32Of(tb[NFTA_CMP_SREG]);
            const QByteArray value = dataOf(tb[NFTA_CMP_DATA]);
            if (reg && reg == nameRegister) {
                if (const auto name = exactName(value))
                    rule.names.insert(*name);
            } else if (reg && reg == indexRegister && value.size() == sizeof(quint32)) {
                quint32 ifindex = 0;
                std::memcpy(&ifindex, value.constData(), sizeof ifindex); // host order
                rule.ifindexes.insert(int(ifindex));
            }
        } else if (kind == "lookup") {
            nlattr* tb[NFTA_LOOKUP_MAX + 1] = {};
            if (nla_parse_nested(tb, NFTA_LOOKUP_MAX, expr[NFTA_EXPR_DATA], nullptr) != 0 ||
                !tb[NFTA_LOOKUP_SET] || !tb[NFTA_LOOKUP_SREG] ||
                (tb[NFTA_LOOKUP_FLAGS] && (u32Of(tb[NFTA_LOOKUP_FLAGS]) & NFT_LOOKUP_F_INV)))
                continue;
            if (nameRegister && u32Of(tb[NFTA_LOOKUP_SREG]) == nameRegister)
                rule.sets.insert({family, table, stringOf(tb[NFTA_LOOKUP_SET])});
        }
    }
    return rule;
}

/// The interface names a set holds (its keys, read as whole names).
int setNames(nl_sock* sock, const SetRef& set, QSet<QString>* names)
{
    return dump(sock, NFT_MSG_GETSETELEM, set.family, NFTA_SET_ELEM_LIST_MAX,
                {{NFTA_SET_ELEM_LIST_TABLE, set.table}, {NFTA_SET_ELEM_LIST_SET, set.name}},
                [names](int, nlattr** attrs) {
        if (!attrs[NFTA_SET_ELEM_LIST_ELEMENTS])
            return;
        nlattr* element = nullptr;
        int remaining = 0;
        nla_for_each_nested(element, attrs[NFTA_SET_ELEM_LIST_ELEMENTS], remaining) {
            nlattr* tb[NFTA_SET_ELEM_MAX + 1] = {};
            if (nla_parse_nested(tb, NFTA_SET_ELEM_MAX, element, nullptr) != 0)
                continue;
            if (tb[NFTA_SET_ELEM_FLAGS] && (u32Of(tb[NFTA_SET_ELEM_FLAGS]) & NFT_SET_ELEM_INTERVAL_END))
                continue;
            if (const auto name = exactName(dataOf(tb[NFTA_SET_ELEM_KEY])))
                names->insert(*name);
        }
    });
}

} // namespace

int MasqueradeReader::read(nl_sock* netfilter, MasqueradeState* state)
{
    *state = {};
    bool anyTable = false, ownTable = false;
    const QByteArray ownName = Masquerade::Table.toUtf8();
    int err = dump(netfilter, NFT_MSG_GETTABLE, NFPROTO_UNSPEC, NFTA_TABLE_MAX, {},
                   [&](int family, nlattr** attrs) {
        anyTable = anyTable || isIpv4Family(family);
        ownTable = ownTable ||
                   (family == NFPROTO_IPV4 && attrs[NFTA_TABLE_NAME] && stringOf(attrs[NFTA_TABLE_NAME]) == ownName);
    });
    if (err < 0 || !anyTable)
        return err; // most namespaces: no table, one round trip

    std::set<SetRef> sets;
    err = dump(netfilter, NFT_MSG_GETRULE, NFPROTO_UNSPEC, NFTA_RULE_MAX, {}, [&](int family, nlattr** attrs) {
        if (!isIpv4Family(family))
            return;
        RuleReading rule = readRule(family, attrs);
        if (!rule.masquerades)
            return;
        state->names.unite(rule.names);
        state->ifindexes.unite(rule.ifindexes);
        sets.merge(rule.sets);
    });
    if (err < 0)
        return err;
    for (const SetRef& set : sets)
        if ((err = setNames(netfilter, set, &state->names)) < 0)
            return err;
    if (ownTable)
        err = setNames(netfilter, {NFPROTO_IPV4, ownName, Masquerade::Set.toUtf8()}, &state->ownSetNames);
    // Our table without our set is someone's edit: nothing of ours is on.
    return err == -NLE_OBJ_NOTFOUND ? 0 : err;
}

} // namespace NetnsStudio
