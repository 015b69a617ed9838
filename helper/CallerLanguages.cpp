// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallerLanguages.h"

#include <QDBusConnectionInterface>

namespace NetnsStudio {

CallerLanguages::CallerLanguages(const QDBusConnection& bus) : m_bus(bus)
{
    m_watcher.setConnection(bus);
    m_watcher.setWatchMode(QDBusServiceWatcher::WatchForUnregistration);
    QObject::connect(&m_watcher, &QDBusServiceWatcher::serviceUnregistered, &m_watcher, [this](const QString& name) {
        m_watcher.removeWatchedService(name);
        m_languages.remove(name);
    });
}

void CallerLanguages::set(const QString& caller, const QString& locale)
{
    const bool known = m_languages.contains(caller);
    m_languages.insert(caller, m_catalog.catalogueFor(locale));
    if (known)
        return;
    m_watcher.addWatchedService(caller);
    // A caller that left before the watch began would never be forgotten.
    if (!m_bus.interface()->isServiceRegistered(caller).value()) {
        m_watcher.removeWatchedService(caller);
        m_languages.remove(caller);
    }
}

const QTranslator* CallerLanguages::of(const QString& caller) const
{
    return m_languages.value(caller, nullptr);
}

} // namespace NetnsStudio
