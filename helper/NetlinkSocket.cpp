// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetlinkSocket.h"

#include "MessageCatalog.h"

#include <cerrno>
#include <linux/net_namespace.h>
#include <linux/rtnetlink.h>
#include <netlink/msg.h>
#include <functional>
#include <sched.h>
#include <thread>

namespace NetnsStudio {

std::vector<std::vector<SocketPtr>> openSockets(const std::vector<int>& namespaceFds,
                                                const std::vector<int>& protocols,
                                                const std::function<void(size_t)>& alsoInside)
{
    std::vector<std::vector<SocketPtr>> sockets(namespaceFds.size());
    std::thread worker([&] {
        for (size_t i = 0; i < namespaceFds.size(); ++i) {
            sockets[i].resize(protocols.size());
            if (::setns(namespaceFds[i], CLONE_NEWNET) != 0)
                continue;
            for (size_t p = 0; p < protocols.size(); ++p) {
                SocketPtr socket(nl_socket_alloc());
                if (socket && nl_connect(socket.get(), protocols[p]) == 0)
                    sockets[i][p] = std::move(socket);
            }
            if (alsoInside)
                alsoInside(i);
        }
        // The thread ends here, and with it its stay in the last namespace.
    });
    worker.join();
    return sockets;
}

namespace {

int parseNsidReply(nl_msg* msg, void* arg)
{
    nlattr* tb[NETNSA_MAX + 1] = {};
    if (nlmsg_parse(nlmsg_hdr(msg), sizeof(rtgenmsg), tb, NETNSA_MAX, nullptr) == 0 &&
        tb[NETNSA_NSID])
        *static_cast<int32_t*>(arg) = static_cast<int32_t>(nla_get_u32(tb[NETNSA_NSID]));
    return NL_OK;
}

/// Sends a request that has one answer and hands the answer to parse. Returns
/// false when the kernel refused or nothing came.
bool requestOne(nl_sock* sock, nl_msg* msg, nl_recvmsg_msg_cb_t parse, void* arg)
{
    bool ok = nl_send_auto(sock, msg) >= 0;
    nlmsg_free(msg);
    if (!ok)
        return false;
    nl_cb* cb = nl_cb_clone(nl_socket_get_cb(sock));
    nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, parse, arg);
    // nl_send_auto asked for an acknowledgement too: take it, or the next request
    // on this socket would read it as its answer.
    ok = nl_recvmsgs(sock, cb) >= 0 && nl_wait_for_ack(sock) >= 0;
    nl_cb_put(cb);
    return ok;
}

} // namespace

int32_t nsidOf(nl_sock* from, int targetFd)
{
    nl_msg* msg = nlmsg_alloc_simple(RTM_GETNSID, NLM_F_REQUEST);
    if (!msg)
        return -1;
    rtgenmsg header{};
    header.rtgen_family = AF_UNSPEC;
    int32_t nsid = -1;
    if (nlmsg_append(msg, &header, sizeof header, NLMSG_ALIGNTO) != 0 ||
        nla_put_u32(msg, NETNSA_FD, uint32_t(targetFd)) != 0) {
        nlmsg_free(msg);
        return -1;
    }
    return requestOne(from, msg, parseNsidReply, &nsid) ? nsid : -1;
}

Failure netlinkFailure(int nlError, const QString& doing)
{
    QString name = HelperErrors::Kernel;
    switch (-nlError) {
    case NLE_EXIST: name = HelperErrors::Exists; break;
    case NLE_OBJ_NOTFOUND:
    case NLE_NODEV: name = HelperErrors::NotFound; break;
    case NLE_BUSY: name = HelperErrors::Busy; break;
    default: break;
    }
    return {name, HelperText::tr("%1: %2").arg(doing, netlinkErrorText(nlError))};
}

std::vector<SocketPtr> openRouteSockets(const std::vector<int>& namespaceFds)
{
    std::vector<SocketPtr> route;
    for (std::vector<SocketPtr>& opened : openSockets(namespaceFds, {NETLINK_ROUTE}))
        route.push_back(std::move(opened[0]));
    return route;
}

int runInNamespace(int nsFd, const std::function<int()>& fn)
{
    int result = 0;
    // fn speaks the language of the caller it runs for.
    std::thread worker([&, language = MessageCatalog::Scope::current()] {
        const MessageCatalog::Scope scope(language);
        if (::setns(nsFd, CLONE_NEWNET) != 0) {
            result = -errno;
            return;
        }
        result = fn();
    });
    worker.join();
    return result;
}

} // namespace NetnsStudio
