// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validation.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <climits>
#include <netinet/in.h>

namespace NetnsStudio::Validation {

namespace {

constexpr int kInterfaceNameMax = 15; // IFNAMSIZ - 1

// One translation context for this file's strings, the same for lupdate and at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

bool hasControlCharacter(const QByteArray& bytes)
{
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            return true;
    }
    return false;
}

} // namespace

QString namespaceNameError(const QString& name)
{
    const QByteArray bytes = name.toUtf8();
    if (bytes.isEmpty())
        return Text::tr("A namespace name cannot be empty.");
    if (bytes.size() > NAME_MAX)
        return Text::tr("A namespace name can be at most %1 bytes long.").arg(NAME_MAX);
    if (bytes.contains('/'))
        return Text::tr("A namespace name cannot contain '/'.");
    if (bytes == "." || bytes == "..")
        return Text::tr("A namespace name cannot be '.' or '..'.");
    if (hasControlCharacter(bytes))
        return Text::tr("A namespace name cannot contain control characters (such as a newline).");
    return {};
}

QString interfaceNameError(const QString& name)
{
    const QByteArray bytes = name.toUtf8();
    if (bytes.isEmpty())
        return Text::tr("An interface name cannot be empty.");
    if (bytes.size() > kInterfaceNameMax)
        return Text::tr("An interface name can be at most %1 bytes long.").arg(kInterfaceNameMax);
    if (bytes == "." || bytes == "..")
        return Text::tr("An interface name cannot be '.' or '..'.");
    if (hasControlCharacter(bytes))
        return Text::tr("An interface name cannot contain control characters.");
    for (char c : bytes) {
        if (c == '/' || c == ':' || c == ' ' || c == '\t' || c == '\v' || c == '\f')
            return Text::tr("An interface name cannot contain '/', ':' or white space.");
    }
    return {};
}

QString mtuError(quint32 mtu)
{
    constexpr quint32 kMinMtu = 68;
    constexpr quint32 kMaxMtu = 65536;
    if (mtu < kMinMtu || mtu > kMaxMtu)
        return Text::tr("An MTU must be from %1 to %2 bytes; %3 is not.").arg(kMinMtu).arg(kMaxMtu).arg(mtu);
    return {};
}

QString Cidr::addressText() const
{
    char buffer[INET6_ADDRSTRLEN] = {};
    if (!inet_ntop(family, address.constData(), buffer, sizeof buffer))
        return {};
    return QString::fromLatin1(buffer);
}

QString Cidr::toString() const
{
    return addressText() + QLatin1Char('/') + QString::number(prefixLength);
}

Cidr Cidr::network() const
{
    Cidr net = *this;
    for (int bit = prefixLength; bit < net.address.size() * 8; ++bit)
        net.address[bit / 8] = char(net.address[bit / 8] & ~(0x80 >> (bit % 8)));
    return net;
}

std::optional<Cidr> parseIpLiteral(const QString& text, QString* error)
{
    const QByteArray bytes = text.toLatin1();
    if (text.isEmpty() || QString::fromLatin1(bytes) != text || bytes.contains('\0')) {
        *error = Text::tr("'%1' is not an IPv4 or IPv6 address.").arg(text);
        return std::nullopt;
    }
    Cidr result;
    unsigned char buffer[sizeof(in6_addr)] = {};
    if (inet_pton(AF_INET, bytes.constData(), buffer) == 1) {
        result.family = AF_INET;
        result.address = QByteArray(reinterpret_cast<const char*>(buffer), 4);
        result.prefixLength = 32;
    } else if (inet_pton(AF_INET6, bytes.constData(), buffer) == 1) {
        result.family = AF_INET6;
        result.address = QByteArray(reinterpret_cast<const char*>(buffer), 16);
        result.prefixLength = 128;
    } else {
        *error = Text::tr("'%1' is not an IPv4 or IPv6 address.").arg(text);
        return std::nullopt;
    }
    return result;
}

std::optional<Cidr> parseCidr(const QString& text, QString* error)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        *error = Text::tr("'%1' is not an address with a prefix length, such as 10.1.1.1/24.")
                     .arg(text);
        return std::nullopt;
    }
    QString ignored;
    auto result = parseIpLiteral(text.left(slash), &ignored);
    if (!result) {
        *error = Text::tr("'%1' does not start with an IPv4 or IPv6 address.").arg(text);
        return std::nullopt;
    }
    const QString prefix = text.mid(slash + 1);
    const int maxPrefix = result->family == AF_INET ? 32 : 128;
    bool digitsOnly = !prefix.isEmpty() && prefix.size() <= 3;
    for (QChar c : prefix)
        digitsOnly = digitsOnly && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    const int value = digitsOnly ? prefix.toInt() : -1;
    if (!digitsOnly || (prefix.size() > 1 && prefix.startsWith(QLatin1Char('0'))) ||
        value > maxPrefix) {
        *error = Text::tr("The prefix length in '%1' must be a number from 0 to %2.")
                     .arg(text)
                     .arg(maxPrefix);
        return std::nullopt;
    }
    result->prefixLength = value;
    return result;
}

} // namespace NetnsStudio::Validation
