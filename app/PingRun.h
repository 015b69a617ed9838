// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HelperClient.h"
#include "Topology.h"

#include <QObject>

namespace NetnsStudio {

/// How a ping is paced; the helper refuses values outside its bounds.
struct PingOptions {
    uint count = 3;
    uint intervalMs = 1000;
    uint timeoutMs = 1000;
};

/// One ping through the helper: starts it, keeps only the results of its own
/// probe (several may run at once), and reports each as it arrives.
class PingRun : public QObject {
    Q_OBJECT
public:
    PingRun(HelperClient& helper, NamespaceId source, const QString& address, const PingOptions& options,
            QObject* parent = nullptr);

    void start();
    NamespaceId source() const { return m_source; }
    const QString& address() const { return m_address; }
    bool isRunning() const { return m_running; }

signals:
    void started();
    void reply(uint seq, double rttMs);
    /// A timeout or an ICMP error (status "timeout", "unreachable", ...), with details.
    void noReply(uint seq, const QString& status, const QString& detail);
    void finished(uint sent, uint received);
    /// The helper refused the ping (bad input, denied) or could not be reached.
    void failed(const NetnsStudio::HelperError& error);

private:
    void onResult(quint64 probe, uint seq, const QString& status, double rttMs, const QString& detail);
    void onFinished(quint64 probe, uint sent, uint received);

    /// A result or the end of some probe, heard before the helper's answer told ours:
    /// Qt may deliver a probe's first signals before the reply to the call that started it.
    struct Early {
        quint64 probe;
        bool finished;
        uint seq;      ///< or sent, when finished
        QString status;
        double rttMs;  ///< or received, when finished
        QString detail;
    };

    HelperClient& m_helper;
    NamespaceId m_source;
    QString m_address;
    PingOptions m_options;
    quint64 m_probe = 0;
    bool m_running = false;
    QList<Early> m_early;
};

} // namespace NetnsStudio
