// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelperClient.h"

#include "helper1interface.h"

#include "Catalogues.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusMetaType>
#include <QLocale>
#include <QTranslator>

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

/// The language of the catalogue the app shows (the first of the user's languages that
/// has one), as "de_DE"; empty for English.
QString catalogueLanguage()
{
    QTranslator ours;
    if (!ours.load(QLocale(), QStringLiteral("netns-studio"), QStringLiteral("_"), catalogueFolder()))
        return {};
    return QLocale(ours.language()).name();
}
} // namespace

HelperClient::HelperClient(const QDBusConnection& bus, QObject* parent)
    : QObject(parent), m_bus(bus),
      m_proxy(std::make_unique<Helper1Interface>(kServiceName, kObjectPath, bus)),
      m_watcher(new QDBusServiceWatcher(kServiceName, bus, QDBusServiceWatcher::WatchForUnregistration, this)),
      m_locale(catalogueLanguage())
{
    // The helper exits when idle and forgets us; the next call starts a new one.
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] {
        m_localeSent = false;
        if (m_subscribed) {
            m_subscribed = false;
            emit helperLost();
        }
    });
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

QDBusMessage HelperClient::newCall(const QString& method)
{
    // The helper's messages in our language. Sent without waiting: the bus delivers our
    // messages in order, also to a helper it is just starting. An older helper that has no
    // SetLocale answers with an error that nobody reads, and speaks English.
    if (!m_localeSent && !m_locale.isEmpty()) {
        m_localeSent = true;
        QDBusMessage setLocale = QDBusMessage::createMethodCall(m_proxy->service(), m_proxy->path(),
                                                                m_proxy->interface(), QStringLiteral("SetLocale"));
        setLocale << m_locale;
        m_bus.send(setLocale);
    }
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
    if (!m_listeningToBatches) {
        m_listeningToBatches = true;
        m_bus.connect(kServiceName, kObjectPath, m_proxy->interface(), QStringLiteral("BatchProgress"), this,
                      SLOT(onBatchProgress(uint, uint)));
    }
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

void HelperClient::subscribe()
{
    if (!m_listening) {
        m_listening = true;
        m_bus.connect(kServiceName, kObjectPath, m_proxy->interface(), QStringLiteral("TopologyChanged"), this,
                      SLOT(onTopologyChanged(QDBusMessage)));
    }
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(newCall(QStringLiteral("Subscribe")), kCallTimeoutMs),
                                                this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        QDBusPendingReply<qulonglong, Topology> reply = *watcher;
        if (reply.isError()) {
            emit failed(errorOf(reply.reply()));
            return;
        }
        m_subscribed = true;
        emit subscribed(reply.argumentAt<0>(), reply.argumentAt<1>());
    });
}

void HelperClient::ping(NamespaceId ns, const QString& address, uint count, uint intervalMs, uint timeoutMs,
                        QObject* context, PingStartedCallback started)
{
    if (!m_listeningToPings) {
        m_listeningToPings = true;
        m_bus.connect(kServiceName, kObjectPath, m_proxy->interface(), QStringLiteral("PingResult"), this,
                      SLOT(onPingResult(quint64, uint, QString, double, QString)));
        m_bus.connect(kServiceName, kObjectPath, m_proxy->interface(), QStringLiteral("PingFinished"), this,
                      SLOT(onPingFinished(quint64, uint, uint)));
    }
    QDBusMessage call = newCall(QStringLiteral("Ping"));
    call << QVariant::fromValue(qulonglong(ns)) << address << count << intervalMs << timeoutMs;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, context, [watcher, started = std::move(started)] {
        watcher->deleteLater();
        QDBusPendingReply<qulonglong> reply = *watcher;
        if (reply.isError())
            started(0, errorOf(reply.reply()));
        else
            started(reply.value(), {});
    });
}

void HelperClient::onPingResult(quint64 probe, uint seq, const QString& status, double rttMs, const QString& detail)
{
    emit pingResult(probe, seq, status, rttMs, detail);
}

void HelperClient::onPingFinished(quint64 probe, uint sent, uint received)
{
    emit pingFinished(probe, sent, received);
}

void HelperClient::onBatchProgress(uint done, uint total)
{
    emit batchProgress(done, total);
}

void HelperClient::onTopologyChanged(const QDBusMessage& message)
{
    const QList<QVariant> args = message.arguments();
    if (args.size() != 3)
        return;
    const quint64 generation = args[0].toULongLong();
    const auto changed = qdbus_cast<QList<Namespace>>(args[1]);
    const auto removedIds = qdbus_cast<QList<qulonglong>>(args[2]);
    QList<NamespaceId> removed(removedIds.cbegin(), removedIds.cend());
    emit this->changed(generation, changed, removed);
}

} // namespace NetnsStudio
