// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetlinkSocket.h"

#include <cerrno>
#include <functional>
#include <sched.h>
#include <thread>

namespace NetnsStudio {

std::vector<std::vector<SocketPtr>> openSockets(const std::vector<int>& namespaceFds,
                                                const std::vector<int>& protocols)
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
        }
        // The thread ends here, and with it its stay in the last namespace.
    });
    worker.join();
    return sockets;
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
    std::thread worker([&] {
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
