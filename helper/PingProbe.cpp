// SPDX-License-Identifier: GPL-3.0-or-later
#include "PingProbe.h"

#include "HelperErrors.h"
#include "MessageCatalog.h"

#include <QMetaObject>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <netinet/icmp6.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/ip_icmp.h>
#include <poll.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

namespace NetnsStudio {

namespace {

uint16_t checksum(const void* data, size_t length)
{
    const auto* bytes = static_cast<const uint8_t*>(data);
    uint32_t sum = 0;
    for (size_t i = 0; i + 1 < length; i += 2)
        sum += uint32_t(bytes[i] << 8 | bytes[i + 1]);
    if (length % 2)
        sum += uint32_t(bytes[length - 1] << 8);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return htons(uint16_t(~sum));
}

} // namespace

PingProbe::PingProbe(quint64 id, int nsFd, const Validation::Cidr& target, uint count, uint intervalMs,
                     uint timeoutMs, QObject* parent)
    : QObject(parent), m_id(id), m_nsFd(::fcntl(nsFd, F_DUPFD_CLOEXEC, 0)), m_target(target), m_count(count),
      m_intervalMs(intervalMs), m_timeoutMs(timeoutMs), m_language(MessageCatalog::Scope::current())
{
}

PingProbe::~PingProbe()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_nsFd >= 0)
        ::close(m_nsFd);
}

void PingProbe::start()
{
    m_thread = std::thread([this] { run(); });
}

void PingProbe::run()
{
    const MessageCatalog::Scope language(m_language);
    auto report = [this](uint seq, const QString& status, double rtt, const QString& detail) {
        QMetaObject::invokeMethod(this, [=, this] { emit result(m_id, seq, status, rtt, detail); },
                                  Qt::QueuedConnection);
    };
    uint sent = 0, received = 0;
    auto done = [&] {
        QMetaObject::invokeMethod(this, [this, sent, received] { emit finished(m_id, sent, received); },
                                  Qt::QueuedConnection);
    };
    // The socket belongs to the namespace this thread is in when it is made.
    if (m_nsFd < 0 || ::setns(m_nsFd, CLONE_NEWNET) != 0) {
        const QString why = errnoText(errno);
        report(0, QStringLiteral("error"), 0, HelperText::tr("Cannot enter the namespace: %1").arg(why));
        done();
        return;
    }
    const bool v6 = m_target.family == AF_INET6;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_RAW | SOCK_CLOEXEC, v6 ? int(IPPROTO_ICMPV6) : int(IPPROTO_ICMP));
    if (fd < 0) {
        const QString why = errnoText(errno);
        report(0, QStringLiteral("error"), 0, HelperText::tr("Cannot open an ICMP socket: %1").arg(why));
        done();
        return;
    }
    sockaddr_storage to{};
    socklen_t toLength = 0;
    if (v6) {
        auto* a = reinterpret_cast<sockaddr_in6*>(&to);
        a->sin6_family = AF_INET6;
        std::memcpy(&a->sin6_addr, m_target.address.constData(), 16);
        toLength = sizeof *a;
    } else {
        auto* a = reinterpret_cast<sockaddr_in*>(&to);
        a->sin_family = AF_INET;
        std::memcpy(&a->sin_addr, m_target.address.constData(), 4);
        toLength = sizeof *a;
    }
    const uint16_t ident = uint16_t(m_id & 0xffff);
    using Clock = std::chrono::steady_clock;
    for (uint seq = 1; seq <= m_count && !m_stop; ++seq) {
        const auto start = Clock::now();
        unsigned char packet[64] = {};
        auto* header = reinterpret_cast<icmphdr*>(packet); // same layout as icmp6_hdr's first 8 bytes
        header->type = v6 ? ICMP6_ECHO_REQUEST : ICMP_ECHO;
        header->un.echo.id = htons(ident);
        header->un.echo.sequence = htons(uint16_t(seq));
        if (!v6)
            header->checksum = checksum(packet, sizeof packet); // the kernel does ICMPv6's
        ++sent;
        if (::sendto(fd, packet, sizeof packet, 0, reinterpret_cast<sockaddr*>(&to), toLength) < 0) {
            report(seq, QStringLiteral("error"), 0, errnoText(errno));
        } else {
            bool answered = false;
            for (;;) {
                const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
                if (waited >= m_timeoutMs || m_stop)
                    break;
                pollfd p{fd, POLLIN, 0};
                if (::poll(&p, 1, int(m_timeoutMs - waited)) <= 0)
                    continue;
                unsigned char reply[1500];
                sockaddr_storage from{};
                socklen_t fromLength = sizeof from;
                const ssize_t n = ::recvfrom(fd, reply, sizeof reply, 0, reinterpret_cast<sockaddr*>(&from), &fromLength);
                if (n <= 0)
                    continue;
                // IPv4 raw sockets hand over the IP header too.
                const size_t offset = v6 ? 0 : size_t((reply[0] & 0x0f) * 4);
                if (size_t(n) < offset + 8)
                    continue;
                const auto* r = reinterpret_cast<const icmphdr*>(reply + offset);
                const bool isReply = v6 ? r->type == ICMP6_ECHO_REPLY : r->type == ICMP_ECHOREPLY;
                if (!isReply || ntohs(r->un.echo.id) != ident || ntohs(r->un.echo.sequence) != seq)
                    continue;
                const double rtt = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
                ++received;
                report(seq, QStringLiteral("reply"), rtt, QString());
                answered = true;
                break;
            }
            if (!answered && !m_stop)
                report(seq, QStringLiteral("timeout"), 0, HelperText::tr("No reply within %1 ms.").arg(m_timeoutMs));
        }
        if (seq < m_count) {
            const auto next = start + std::chrono::milliseconds(m_intervalMs);
            while (!m_stop && Clock::now() < next)
                ::usleep(10000);
        }
    }
    ::close(fd);
    done();
}

} // namespace NetnsStudio
