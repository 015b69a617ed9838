// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Validation.h"

#include <QObject>
#include <QTranslator>
#include <atomic>
#include <thread>

namespace NetnsStudio {

/// A ping from inside one namespace: ICMP (or ICMPv6) echo requests from a raw socket
/// opened in that namespace, no external program. Runs on a thread of its own and
/// reports each reply or timeout as it happens (queued to the object's thread).
class PingProbe : public QObject {
    Q_OBJECT
public:
    struct Limits {
        static constexpr uint MaxCount = 100;
        static constexpr uint MinIntervalMs = 200; ///< as unprivileged ping allows
        static constexpr uint MaxIntervalMs = 10000;
        static constexpr uint MinTimeoutMs = 100;
        static constexpr uint MaxTimeoutMs = 10000;
    };

    /// nsFd is duplicated; the probe owns its copy. Its details are in the language of
    /// the thread that makes it (MessageCatalog::Scope).
    PingProbe(quint64 id, int nsFd, const Validation::Cidr& target, uint count, uint intervalMs, uint timeoutMs,
              QObject* parent = nullptr);
    ~PingProbe() override;

    void start();
    quint64 id() const { return m_id; }

signals:
    /// status: "reply", "timeout" or "error"; rttMs for replies; detail in plain words.
    void result(quint64 probe, uint seq, const QString& status, double rttMs, const QString& detail);
    void finished(quint64 probe, uint sent, uint received);

private:
    void run();

    quint64 m_id;
    int m_nsFd;
    Validation::Cidr m_target;
    uint m_count, m_intervalMs, m_timeoutMs;
    const QTranslator* m_language;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
};

} // namespace NetnsStudio
