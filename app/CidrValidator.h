// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QValidator>

namespace NetnsStudio {

/// Accepts "ADDRESS/PREFIX" (IPv4 or IPv6) as a person types it: Intermediate while
/// it could still become one, Acceptable when it is one.
class CidrValidator : public QValidator {
    Q_OBJECT
public:
    using QValidator::QValidator;
    State validate(QString& input, int& pos) const override;
};

} // namespace NetnsStudio
