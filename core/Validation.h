// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

/// Checks of names and addresses that come from people, files and D-Bus callers.
/// Each check returns an empty string when the value is fine, else a sentence that
/// says what is wrong, fit to be shown to a person.
namespace NetnsStudio::Validation {

/// A /run/netns name: iproute2's rules (not empty, at most NAME_MAX bytes, no '/',
/// not "." or ".."), and no control characters, which would garble every listing.
QString namespaceNameError(const QString& name);

/// An interface name: the kernel's dev_valid_name (1 to 15 bytes, no '/', ':' or
/// white space, not "." or ".."), and no control characters.
QString interfaceNameError(const QString& name);

/// An MTU in the range the program allows (68, the IPv4 minimum, to 65536, loopback's);
/// the kernel checks each device's own limits.
QString mtuError(quint32 mtu);

/// An IPv4 or IPv6 address with its prefix length, parsed.
struct Cidr {
    int family = 0;      ///< AF_INET or AF_INET6
    QByteArray address;  ///< 4 or 16 bytes, network order
    int prefixLength = 0;

    /// Canonical text ("10.1.1.1/24", "fd00::1/64"), as ip prints it.
    QString toString() const;
    /// The address without the prefix.
    QString addressText() const;
    /// The network this address is in, e.g. 10.1.1.0/24.
    Cidr network() const;
};

/// Parses "ADDRESS/PREFIX"; the prefix is required. On failure returns nothing and
/// puts the reason in *error.
std::optional<Cidr> parseCidr(const QString& text, QString* error);

/// Parses a bare IPv4 or IPv6 literal (no prefix, no host name, no zone).
std::optional<Cidr> parseIpLiteral(const QString& text, QString* error);

} // namespace NetnsStudio::Validation
