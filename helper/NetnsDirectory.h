// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HelperErrors.h"
#include "UniqueFd.h"

#include <QString>

namespace NetnsStudio {

/// The named namespaces in /run/netns, changed the way iproute2's `ip netns` changes
/// them (ip/ipnetns.c), so that `ip` and this program see the same thing.
class NetnsDirectory {
public:
    explicit NetnsDirectory(QString dir = QStringLiteral("/run/netns")) : m_dir(std::move(dir)) {}

    /// `ip netns add NAME`: a new, empty network namespace kept by a bind mount on
    /// /run/netns/NAME. Exists when the name is taken (by anything, even a stray file).
    /// On success *created holds a descriptor of the new namespace.
    MaybeFailure create(const QString& name, UniqueFd* created) const;

    /// `ip netns attach NAME PID`, but by descriptor: gives an existing namespace a name.
    MaybeFailure attach(const QString& name, int namespaceFd) const;

    /// `ip netns del NAME`: removes the name; the namespace itself ends when nothing
    /// else holds it. Refuses a name that is not a namespace mount.
    MaybeFailure remove(const QString& name) const;

private:
    MaybeFailure prepare() const;
    MaybeFailure bindOnto(const QString& name, const QByteArray& source) const;
    QByteArray pathOf(const QString& name) const;

    QString m_dir;
};

} // namespace NetnsStudio
