// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace NetnsStudio {

/// Asks for one or two names, checking them as they are typed: OK is enabled only
/// when every name is valid, and the reason is shown when one is not.
class NameDialog : public QDialog {
    Q_OBJECT
public:
    /// check returns an empty string for a good name, else why it is not.
    using Check = std::function<QString(const QString&)>;

    NameDialog(const QString& title, const QStringList& labels, const QStringList& proposals,
               Check check, QWidget* parent = nullptr);

    QStringList names() const;

private:
    void revalidate();

    QList<QLineEdit*> m_edits;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    Check m_check;
};

} // namespace NetnsStudio
