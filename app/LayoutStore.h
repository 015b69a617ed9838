// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Topology.h"

#include <QHash>
#include <QPointF>
#include <QString>

namespace NetnsStudio {

/// Where each namespace's box stands, kept across restarts (QSettings). Keyed by
/// what survives a restart: a named namespace by its name, the host as "host",
/// others by their inode.
class LayoutStore {
public:
    /// group: the QSettings group.
    explicit LayoutStore(QString group = QStringLiteral("positions"));

    static QString keyOf(const Namespace& ns);

    std::optional<QPointF> position(const QString& key) const;
    void setPosition(const QString& key, const QPointF& position);
    void clear();
    /// Writes to QSettings (the scene calls it after a drag or a layout).
    void save() const;
    /// A read-only store uses the saved places but never writes (the headless export).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

private:
    QString m_group;
    QHash<QString, QPointF> m_positions;
    bool m_readOnly = false;
};

} // namespace NetnsStudio
