// SPDX-License-Identifier: GPL-3.0-or-later
#include "CidrValidator.h"

#include "Validation.h"

namespace NetnsStudio {

QValidator::State CidrValidator::validate(QString& input, int&) const
{
    QString error;
    if (Validation::parseCidr(input, &error))
        return Acceptable;
    static const QString allowed = QStringLiteral("0123456789abcdefABCDEF.:/");
    for (QChar c : std::as_const(input))
        if (!allowed.contains(c))
            return Invalid;
    return Intermediate;
}

} // namespace NetnsStudio
