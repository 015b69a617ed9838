// SPDX-License-Identifier: GPL-3.0-or-later
#include "PingRun.h"

#include <utility>

namespace NetnsStudio {

PingRun::PingRun(HelperClient& helper, NamespaceId source, const QString& address, const PingOptions& options,
                 QObject* parent)
    : QObject(parent), m_helper(helper), m_source(source), m_address(address), m_options(options)
{
    connect(&m_helper, &HelperClient::pingResult, this, &PingRun::onResult);
    connect(&m_helper, &HelperClient::pingFinished, this, &PingRun::onFinished);
}

void PingRun::start()
{
    m_running = true;
    m_helper.ping(m_source, m_address, m_options.count, m_options.intervalMs, m_options.timeoutMs, this,
                  [this](quint64 probe, const HelperError& error) {
                      if (!error.name.isEmpty()) {
                          m_running = false;
                          emit failed(error);
                          return;
                      }
                      m_probe = probe;
                      emit started();
                      const QList<Early> early = std::exchange(m_early, {});
                      for (const Early& e : early) {
                          if (e.probe != probe || !m_running)
                              continue;
                          if (e.finished)
                              onFinished(e.probe, e.seq, uint(e.rttMs));
                          else
                              onResult(e.probe, e.seq, e.status, e.rttMs, e.detail);
                      }
                  });
}

void PingRun::onResult(quint64 probe, uint seq, const QString& status, double rttMs, const QString& detail)
{
    if (m_running && m_probe == 0) {
        m_early.append({probe, false, seq, status, rttMs, detail});
        return;
    }
    if (!m_running || probe != m_probe)
        return;
    if (status == QLatin1String("reply"))
        emit reply(seq, rttMs);
    else
        emit noReply(seq, status, detail);
}

void PingRun::onFinished(quint64 probe, uint sent, uint received)
{
    if (m_running && m_probe == 0) {
        m_early.append({probe, true, sent, {}, double(received), {}});
        return;
    }
    if (!m_running || probe != m_probe)
        return;
    m_running = false;
    emit finished(sent, received);
}

} // namespace NetnsStudio
