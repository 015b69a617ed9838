// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Action.h"
#include "NamespaceDiscovery.h"
#include "PolkitAuthorizer.h"

#include <QList>
#include <vector>

namespace NetnsStudio {

/// One polkit question: an action id and the details an admin's rule can read.
struct AuthorizationRequest {
    QString actionId;
    PolkitAuthorizer::Details details; ///< "namespace", "interface", "command"
};

namespace PolkitActions {
inline const QString Inspect = QStringLiteral("org.netnsstudio.inspect");
inline const QString Manage = QStringLiteral("org.netnsstudio.manage");
inline const QString ManageForeign = QStringLiteral("org.netnsstudio.manage-foreign");
inline const QString Probe = QStringLiteral("org.netnsstudio.probe");

/// The polkit actions each method of the XML contract may ask for. Every method but
/// methodsWithoutAction() has an entry (a test checks the XML against this table); a
/// method without one is refused, whatever polkit would say.
QStringList forMethod(const QString& method);
/// The methods the table has rows for.
QStringList knownMethods();
/// The methods that change nothing and tell nothing, so need no polkit action (SetLocale).
QStringList methodsWithoutAction();

} // namespace PolkitActions

/// Decides which polkit action a list of changes needs. manage covers named
/// namespaces and virtual links; manage-foreign covers what belongs to others: a
/// namespace a process or container holds, the host's own (non-virtual) interfaces,
/// and the host's routes, forwarding and masquerading. A namespace id that is not known is
/// treated as foreign; that it does not exist is said after authorization.
class AuthorizationPlan {
public:
    /// hostPhysical: names of links in the host namespace without a link kind
    /// (physical devices and lo).
    static AuthorizationRequest plan(const QList<Action>& steps,
                                            const std::vector<DiscoveredNamespace>& namespaces,
                                            const QStringList& hostPhysical,
                                            const QStringList& commands);
};

} // namespace NetnsStudio
