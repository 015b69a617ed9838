// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

/// The named D-Bus errors of org.netnsstudio.Helper1 (see the XML).
namespace NetnsStudio::HelperErrors {

inline const QString InvalidName = QStringLiteral("org.netnsstudio.Helper1.Error.InvalidName");
inline const QString InvalidArgument =
    QStringLiteral("org.netnsstudio.Helper1.Error.InvalidArgument");
inline const QString NotFound = QStringLiteral("org.netnsstudio.Helper1.Error.NotFound");
inline const QString Exists = QStringLiteral("org.netnsstudio.Helper1.Error.Exists");
inline const QString Kernel = QStringLiteral("org.netnsstudio.Helper1.Error.Kernel");
inline const QString Busy = QStringLiteral("org.netnsstudio.Helper1.Error.Busy");
inline const QString AccessDenied = QStringLiteral("org.freedesktop.DBus.Error.AccessDenied");

} // namespace NetnsStudio::HelperErrors

namespace NetnsStudio {

/// The translation context of the helper's own messages, the same for lupdate and at run
/// time; they reach each caller in its language (see MessageCatalog).
struct HelperText {
    Q_DECLARE_TR_FUNCTIONS(Helper)
};

/// Why something the helper tried did not happen: a D-Bus error name and a sentence.
struct Failure {
    QString name;
    QString message;
};

/// Empty when it worked.
using MaybeFailure = std::optional<Failure>;

/// A failed system call, named by errno: EEXIST is Exists, ENOENT and ENODEV are
/// NotFound, the rest Kernel; the message says what was being done and the errno text.
Failure systemFailure(int error, const QString& doing);

/// strerror's text, translated for the errnos that the helper meets often.
QString errnoText(int error);

/// libnl's text for one of its (negative) error codes, translated likewise.
QString netlinkErrorText(int nlError);

} // namespace NetnsStudio
