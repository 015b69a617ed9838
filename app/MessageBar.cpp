// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace NetnsStudio {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setTextFormat(Qt::PlainText); // messages quote system text
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close this message"));
    close->setAccessibleName(tr("Close message"));
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit visibilityChanged(false);
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 3, 3);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(close);
    hide();
}

void MessageBar::showMessage(const QString& text, Level level)
{
    const bool error = level == Level::Error;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()
                          ->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                               : QStyle::SP_MessageBoxInformation)
                          .pixmap(iconSize, iconSize));
    QPalette p = palette();
    // Tinted from the palette so that dark themes stay readable.
    const QColor base = p.color(QPalette::Window);
    const QColor tint = error ? QColor(220, 50, 47) : QColor(38, 139, 210);
    p.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * 0.8 + tint.redF() * 0.2,
                                                  base.greenF() * 0.8 + tint.greenF() * 0.2,
                                                  base.blueF() * 0.8 + tint.blueF() * 0.2));
    setPalette(p);
    m_text->setText(text);
    setAccessibleDescription(text);
    show();
    emit visibilityChanged(true);
}

QString MessageBar::text() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace NetnsStudio
