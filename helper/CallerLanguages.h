// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MessageCatalog.h"

#include <QDBusConnection>
#include <QDBusServiceWatcher>
#include <QHash>

namespace NetnsStudio {

/// The language each caller asked for (SetLocale), by unique bus name, forgotten when the
/// caller leaves the bus. Callers that asked for none get English.
class CallerLanguages {
public:
    explicit CallerLanguages(const QDBusConnection& bus);

    /// Remembers locale (which MessageCatalog::isLocaleName must accept) for caller.
    void set(const QString& caller, const QString& locale);
    /// The catalogue to answer caller from (null: English).
    const QTranslator* of(const QString& caller) const;

private:
    QDBusConnection m_bus;
    MessageCatalog m_catalog;
    QHash<QString, const QTranslator*> m_languages;
    QDBusServiceWatcher m_watcher;
};

} // namespace NetnsStudio
