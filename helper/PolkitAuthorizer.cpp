// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolkitAuthorizer.h"

#include "HelperErrors.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace NetnsStudio {

namespace {
constexpr uint kAllowUserInteraction = 0x1;
// Long enough for a person to type a password in an authentication dialog.
constexpr int kInteractiveTimeoutMs = 5 * 60 * 1000;
constexpr int kTimeoutMs = 25 * 1000;
} // namespace

PolkitAuthorizer::PolkitAuthorizer(const QDBusConnection& bus, const CallerLanguages& languages, QObject* parent)
    : QObject(parent), m_bus(bus), m_languages(languages)
{
    qDBusRegisterMetaType<Details>();
}

void PolkitAuthorizer::check(const QDBusMessage& request, const QString& actionId,
                             const Details& details, Callback done)
{
    const MessageCatalog::Scope language(m_languages.of(request.service()));
    if (actionId.isEmpty()) {
        done(false, HelperText::tr("This method has no polkit action, so nobody may call it."));
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.PolicyKit1"),
        QStringLiteral("/org/freedesktop/PolicyKit1/Authority"),
        QStringLiteral("org.freedesktop.PolicyKit1.Authority"), QStringLiteral("CheckAuthorization"));

    QDBusArgument subject;
    subject.beginStructure();
    subject << QStringLiteral("system-bus-name")
            << QVariantMap{{QStringLiteral("name"), request.service()}};
    subject.endStructure();

    const bool interactive = request.isInteractiveAuthorizationAllowed();
    call << QVariant::fromValue(subject) << actionId << QVariant::fromValue(details)
         << uint(interactive ? kAllowUserInteraction : 0) << QString();

    auto* watcher = new QDBusPendingCallWatcher(
        m_bus.asyncCall(call, interactive ? kInteractiveTimeoutMs : kTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, watcher, actionId, sender = request.service(), done = std::move(done)] {
                watcher->deleteLater();
                const MessageCatalog::Scope language(m_languages.of(sender));
                const QDBusMessage reply = watcher->reply();
                if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
                    done(false, HelperText::tr("Could not check authorization for %1: %2")
                                    .arg(actionId, reply.errorMessage()));
                    return;
                }
                bool authorized = false, challenge = false;
                Details resultDetails;
                const auto result = reply.arguments().at(0).value<QDBusArgument>();
                result.beginStructure();
                result >> authorized >> challenge >> resultDetails;
                result.endStructure();
                // A caller that left while polkit thought gets nothing done for it.
                if (authorized && !m_bus.interface()->isServiceRegistered(sender).value())
                    done(false, HelperText::tr("The caller left the bus before it was authorized."));
                else if (authorized)
                    done(true, {});
                else if (challenge)
                    done(false, HelperText::tr("Authentication is required for %1, and no "
                                               "authentication agent answered.")
                                    .arg(actionId));
                else
                    done(false, HelperText::tr("Not authorized: polkit denies %1 to this caller.")
                                    .arg(actionId));
            });
}

} // namespace NetnsStudio
