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

signals:
    /// The bar was shown or closed, so that its holder can make room or take it back.
    void visibilityChanged(bool visible);

private:
    QLabel* m_icon;
    QLabel* m_text;
};

} // namespace NetnsStudio
