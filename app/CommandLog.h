// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>

namespace NetnsStudio {

/// Every change made from the program, as the `ip` command it amounts to, with
/// whether it worked. Shown in the command log dock; savable as a shell script.
class CommandLog : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Status { Pending, Done, Failed };
    struct Entry {
        QString command;
        Status status = Status::Pending;
        QString error;
        QDateTime time;
    };
    enum Role { StatusRole = Qt::UserRole + 1, ErrorRole, CommandRole };

    using QAbstractListModel::QAbstractListModel;

    /// Adds commands as pending; returns the row of the first.
    int append(const QStringList& commands);
    void setStatus(int firstRow, int count, Status status, const QString& error = {});

    const QList<Entry>& entries() const { return m_entries; }
    /// A bash script of the commands that were done, in order.
    QString script() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QList<Entry> m_entries;
};

} // namespace NetnsStudio
