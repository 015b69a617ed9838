// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Masquerading (source NAT to the outgoing interface's address) of IPv4 traffic
/// leaving chosen interfaces of a namespace, as Netns Studio writes it in nftables:
///
///     table ip netns_studio {
///         set masquerade_out { type ifname; }
///         chain postrouting {
///             type nat hook postrouting priority srcnat; policy accept;
///             oifname @masquerade_out masquerade comment "netns-studio"
///         }
///     }
///
/// Turning it on for an interface adds the interface to the set (making the table,
/// set and chain when they are missing); turning it off removes it from the set. A set
/// rather than a rule per interface, so that both directions are one plain nft
/// command with no rule handle to look up.
namespace NetnsStudio::Masquerade {

inline const QString Table = QStringLiteral("netns_studio");
inline const QString Set = QStringLiteral("masquerade_out");

/// Why an interface name cannot be written in nft's language, or empty. nft strings
/// have no escapes, and a trailing '*' is a wildcard there.
QString interfaceNameError(const QString& name);

/// The nft script (commands separated by "; ") that turns masquerading on or off
/// for traffic leaving the interface; for a name that interfaceNameError accepts.
QString nftScript(const QString& interfaceName, bool on);

} // namespace NetnsStudio::Masquerade
