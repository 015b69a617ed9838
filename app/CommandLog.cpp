// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLog.h"

#include <QApplication>
#include <QBrush>
#include <QPalette>

namespace NetnsStudio {

int CommandLog::append(const QStringList& commands)
{
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(commands.size()) - 1);
    for (const QString& command : commands)
        m_entries.append({command, Status::Pending, {}, QDateTime::currentDateTime()});
    endInsertRows();
    return first;
}

void CommandLog::setStatus(int firstRow, int count, Status status, const QString& error)
{
    for (int row = firstRow; row < firstRow + count && row < m_entries.size(); ++row) {
        m_entries[row].status = status;
        m_entries[row].error = error;
    }
    emit dataChanged(index(firstRow), index(firstRow + count - 1));
}

QString CommandLog::script() const
{
    QStringList lines{QStringLiteral("#!/bin/bash"),
                      QStringLiteral("# Written by Netns Studio: the changes made, as ip commands."),
                      QStringLiteral("set -e")};
    for (const Entry& entry : m_entries) {
        if (entry.status == Status::Done)
            lines << entry.command;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int CommandLog::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CommandLog::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry& entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (entry.status) {
        case Status::Pending: return tr("… %1").arg(entry.command);
        case Status::Done: return entry.command;
        case Status::Failed: return tr("✗ %1 — %2").arg(entry.command, entry.error);
        }
        break;
    case Qt::ToolTipRole:
        return entry.error.isEmpty() ? entry.time.toString() : entry.error;
    case Qt::ForegroundRole:
        if (entry.status == Status::Failed)
            return QBrush(QColor(0xd0, 0x30, 0x30));
        if (entry.status != Status::Done)
            return QApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case StatusRole: return int(entry.status);
    case ErrorRole: return entry.error;
    case CommandRole: return entry.command;
    default: break;
    }
    return {};
}

} // namespace NetnsStudio
