// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace NetnsStudio {

/// A non-modal bar across the top of the window for errors and notices; the person
/// reads it and closes it, nothing waits for it.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Level { Information, Error };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Level level);
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
};

} // namespace NetnsStudio
