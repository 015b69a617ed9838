// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayoutStore.h"

#include <QSettings>
#include <QUrl>

namespace NetnsStudio {

LayoutStore::LayoutStore(QString group) : m_group(std::move(group))
{
    QSettings settings;
    settings.beginGroup(m_group);
    for (const QString& key : settings.childKeys())
        m_positions.insert(QUrl::fromPercentEncoding(key.toUtf8()), settings.value(key).toPointF());
}

QString LayoutStore::keyOf(const Namespace& ns)
{
    if (ns.kind == NamespaceKind::Host)
        return QStringLiteral("host");
    if (!ns.name.isEmpty())
        return QStringLiteral("name:") + ns.name;
    return QStringLiteral("id:%1").arg(ns.id);
}

std::optional<QPointF> LayoutStore::position(const QString& key) const
{
    const auto it = m_positions.constFind(key);
    if (it == m_positions.cend())
        return std::nullopt;
    return *it;
}

void LayoutStore::setPosition(const QString& key, const QPointF& position)
{
    m_positions.insert(key, position);
}

void LayoutStore::clear()
{
    m_positions.clear();
}

void LayoutStore::save() const
{
    if (m_readOnly)
        return;
    QSettings settings;
    settings.remove(m_group);
    settings.beginGroup(m_group);
    // Names may hold characters QSettings treats specially ('/'): encode them.
    for (auto it = m_positions.cbegin(); it != m_positions.cend(); ++it)
        settings.setValue(QString::fromLatin1(QUrl::toPercentEncoding(it.key())), it.value());
}

} // namespace NetnsStudio
