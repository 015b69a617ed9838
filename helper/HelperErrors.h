// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The named D-Bus errors of org.netnsstudio.Helper1 (see the XML).
namespace NetnsStudio::HelperErrors {

inline const QString InvalidName = QStringLiteral("org.netnsstudio.Helper1.Error.InvalidName");
inline const QString InvalidArgument =
    QStringLiteral("org.netnsstudio.Helper1.Error.InvalidArgument");
inline const QString NotFound = QStringLiteral("org.netnsstudio.Helper1.Error.NotFound");
inline const QString Exists = QStringLiteral("org.netnsstudio.Helper1.Error.Exists");
inline const QString Kernel = QStringLiteral("org.netnsstudio.Helper1.Error.Kernel");
inline const QString AccessDenied = QStringLiteral("org.freedesktop.DBus.Error.AccessDenied");

} // namespace NetnsStudio::HelperErrors
