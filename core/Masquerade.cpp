// SPDX-License-Identifier: GPL-3.0-or-later
#include "Masquerade.h"

#include <QCoreApplication>
#include <QStringList>

namespace NetnsStudio::Masquerade {

QString interfaceNameError(const QString& name)
{
    for (const QChar c : {QLatin1Char('"'), QLatin1Char('\\'), QLatin1Char('*')})
        if (name.contains(c))
            return QCoreApplication::translate("Action",
                                               "nftables cannot name the interface '%1': it "
                                               "contains %2.")
                .arg(name, c);
    return {};
}

QString nftScript(const QString& interfaceName, bool on)
{
    const QString where = QStringLiteral("ip ") + Table;
    const QString element = QStringLiteral("%1 %2 { \"%3\" }").arg(where, Set, interfaceName);
    if (!on)
        return QStringLiteral("delete element ") + element;
    // Adding a table, set or chain that exists changes nothing; the chain is flushed
    // and given its one rule again, so that it holds that rule exactly once.
    return QStringList{
        QStringLiteral("add table ") + where,
        QStringLiteral("add set %1 %2 { type ifname; }").arg(where, Set),
        QStringLiteral("add chain %1 postrouting { type nat hook postrouting priority srcnat; "
                       "policy accept; }")
            .arg(where),
        QStringLiteral("flush chain %1 postrouting").arg(where),
        QStringLiteral("add rule %1 postrouting oifname @%2 masquerade comment \"netns-studio\"")
            .arg(where, Set),
        QStringLiteral("add element ") + element,
    }.join(QStringLiteral("; "));
}

} // namespace NetnsStudio::Masquerade
