// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CallerLanguages.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QMap>
#include <QObject>
#include <functional>

namespace NetnsStudio {

/// Asks polkit whether the sender of a D-Bus message may do an action, through
/// polkit's own D-Bus API (what polkit-qt wraps; Debian 12 has none for Qt 6).
/// The subject is always the message's bus name, never anything the caller says.
class PolkitAuthorizer : public QObject {
    Q_OBJECT
public:
    using Details = QMap<QString, QString>;
    /// authorized, and when not, a sentence for the caller.
    using Callback = std::function<void(bool authorized, const QString& reason)>;

    /// languages: the reasons, and whatever done says, are in the caller's language.
    PolkitAuthorizer(const QDBusConnection& bus, const CallerLanguages& languages, QObject* parent = nullptr);

    /// Asynchronous: the helper keeps serving others while polkit (or a person
    /// typing a password) decides. Any error while checking means denied.
    void check(const QDBusMessage& request, const QString& actionId, const Details& details,
               Callback done);

private:
    QDBusConnection m_bus;
    const CallerLanguages& m_languages;
};

} // namespace NetnsStudio
