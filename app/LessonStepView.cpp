// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonStepView.h"

#include "Lesson.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace NetnsStudio {

LessonStepView::LessonStepView(int number, const LessonStep& step, QWidget* parent)
    : QFrame(parent), m_number(number), m_isPing(step.isPing()), m_tick(new QLabel(this)),
      m_instruction(new QLabel(step.instruction, this)), m_commands(new QLabel(this)),
      m_copy(new QPushButton(tr("Copy"), this)),
      m_action(new QPushButton(m_isPing ? tr("Ping") : tr("Do It"), this)), m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("LessonStep%1").arg(number));
    m_tick->setObjectName(QStringLiteral("Tick"));
    m_tick->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_tick->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00")) + 8);
    m_instruction->setObjectName(QStringLiteral("Instruction"));
    m_instruction->setWordWrap(true);
    m_instruction->setTextFormat(Qt::PlainText);
    m_commands->setObjectName(QStringLiteral("CommandText"));
    m_commands->setTextFormat(Qt::PlainText);
    m_commands->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commands->setWordWrap(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_commands->setFont(mono);
    m_commands->setAccessibleName(tr("Commands of step %1").arg(number));
    m_copy->setObjectName(QStringLiteral("CopyButton"));
    m_copy->setAccessibleName(tr("Copy the commands of step %1").arg(number));
    m_copy->setToolTip(tr("Copy the commands, to paste them into a terminal"));
    m_action->setObjectName(m_isPing ? QStringLiteral("PingButton") : QStringLiteral("DoButton"));
    m_action->setAccessibleName(m_isPing ? tr("Ping for step %1").arg(number) : tr("Do step %1").arg(number));
    m_action->setToolTip(m_isPing ? tr("Ping through the helper and see what comes back")
                                  : tr("Make this change for me (it is logged and can be undone)"));
    m_result->setObjectName(QStringLiteral("ResultText"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setHorizontalSpacing(8);
    grid->addWidget(m_tick, 0, 0, 4, 1);
    grid->addWidget(m_instruction, 0, 1);
    grid->addWidget(m_commands, 1, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_action);
    buttons->addStretch(1);
    grid->addLayout(buttons, 2, 1);
    grid->addWidget(m_result, 3, 1);
    grid->setColumnStretch(1, 1);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_commandList.join(QLatin1Char('\n'))); });
    connect(m_action, &QPushButton::clicked, this, &LessonStepView::actionRequested);
    updateLook();
}

void LessonStepView::setCommands(const QStringList& commands)
{
    m_commandList = commands;
    m_commands->setText(commands.join(QLatin1Char('\n')));
}

void LessonStepView::setDone(bool done)
{
    if (m_done == done)
        return;
    m_done = done;
    updateLook();
}

void LessonStepView::setCurrent(bool current)
{
    if (m_current == current)
        return;
    m_current = current;
    updateLook();
}

void LessonStepView::setBusy(bool busy)
{
    m_busy = busy;
    updateLook();
}

void LessonStepView::setResult(const QString& text, bool asExpected)
{
    m_result->setText(text);
    m_result->setProperty("asExpected", asExpected);
    m_result->setStyleSheet(asExpected ? QString() : QStringLiteral("color: #b3261e;"));
    m_result->setVisible(!text.isEmpty());
}

QString LessonStepView::result() const
{
    return m_result->isVisible() ? m_result->text() : QString();
}

void LessonStepView::updateLook()
{
    // A ping can be run again; a change that is there has nothing left to do.
    m_action->setEnabled(!m_busy && (m_isPing || !m_done));
    m_tick->setText(m_done ? QStringLiteral("\u2714") : QString::number(m_number));
    m_tick->setAccessibleName(m_done ? tr("Step %1: done").arg(m_number) : tr("Step %1: not done yet").arg(m_number));
    m_tick->setStyleSheet(m_done ? QStringLiteral("color: #1b7a2f; font-weight: bold; font-size: 14pt;")
                                 : QStringLiteral("font-weight: bold; font-size: 12pt;"));
    const QString frame = m_current ? QStringLiteral("border: 2px solid palette(highlight); border-radius: 6px;")
                                    : QStringLiteral("border: 1px solid palette(midlight); border-radius: 6px;");
    setStyleSheet(QStringLiteral("QFrame#%1 { %2 } QLabel#CommandText { background: palette(base); "
                                 "border: 1px solid palette(mid); padding: 3px; }")
                      .arg(objectName(), frame));
    setAccessibleName(tr("Step %1").arg(m_number) +
                      (m_done ? tr(", done") : m_current ? tr(", the next to do") : QString()));
}

} // namespace NetnsStudio
