// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetlinkSocket.h"

#include <cerrno>
#include <functional>
#include <sched.h>
#include <thread>

namespace NetnsStudio {

std::vector<SocketPtr> openRouteSockets(const std::vector<int>& namespaceFds)
{
    std::vector<SocketPtr> sockets(namespaceFds.size());
    std::thread worker([&] {
        for (size_t i = 0; i < namespaceFds.size(); ++i) {
            if (::setns(namespaceFds[i], CLONE_NEWNET) != 0)
                continue;
            SocketPtr socket(nl_socket_alloc());
            if (socket && nl_connect(socket.get(), NETLINK_ROUTE) == 0)
                sockets[i] = std::move(socket);
        }
        // The thread ends here, and with it its stay in the last namespace.
    });
    worker.join();
    return sockets;
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
