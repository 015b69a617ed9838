// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelperClient.h"

#include "helper1interface.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace NetnsStudio {

namespace {
const QString kServiceName = QStringLiteral("org.netnsstudio.Helper1");
const QString kObjectPath = QStringLiteral("/org/netnsstudio/Helper1");
// Long enough for a person to answer an authentication dialog.
constexpr int kCallTimeoutMs = 5 * 60 * 1000;

HelperError errorOf(const QDBusMessage& reply)
{
    return {reply.errorName(), reply.errorMessage()};
}
} // namespace

HelperClient::HelperClient(const QDBusConnection& bus, QObject* parent)
    : QObject(parent), m_bus(bus),
      m_proxy(std::make_unique<Helper1Interface>(kServiceName, kObjectPath, bus))
{
}

HelperClient::~HelperClient() = default;

bool HelperClient::isConnected() const
{
    return m_bus.isConnected();
}

QString HelperClient::connectionError() const
{
    return m_bus.lastError().message();
}

QDBusMessage HelperClient::newCall(const QString& method) const
{
    QDBusMessage call = QDBusMessage::createMethodCall(m_proxy->service(), m_proxy->path(),
                                                       m_proxy->interface(), method);
    // Lets polkit ask the person for a password when the policy says so.
    call.setInteractiveAuthorizationAllowed(true);
    return call;
}

std::optional<Topology> HelperClient::fetchTopologyBlocking(HelperError* error)
{
    QDBusPendingReply<Topology> reply = m_bus.asyncCall(newCall(QStringLiteral("GetTopology")),
                                                        kCallTimeoutMs);
    reply.waitForFinished();
    if (reply.isError()) {
        *error = errorOf(reply.reply());
        return std::nullopt;
    }
    return reply.value();
}

void HelperClient::fetchTopology()
{
    auto* watcher = new QDBusPendingCallWatcher(
        m_bus.asyncCall(newCall(QStringLiteral("GetTopology")), kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        QDBusPendingReply<Topology> reply = *watcher;
        if (reply.isError())
            emit failed(errorOf(reply.reply()));
        else
            emit topologyFetched(reply.value());
    });
}

void HelperClient::apply(const QList<Action>& actions, ApplyCallback done)
{
    QList<QVariantMap> batch;
    for (const Action& action : actions)
        batch.append(actionToMap(action));
    QDBusMessage call = newCall(QStringLiteral("ApplyBatch"));
    call << QVariant::fromValue(batch);
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        const QDBusMessage reply = watcher->reply();
        done(reply.type() == QDBusMessage::ErrorMessage ? errorOf(reply) : HelperError{});
    });
}

} // namespace NetnsStudio
