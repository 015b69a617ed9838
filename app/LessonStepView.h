// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace NetnsStudio {

struct LessonStep;

/// One step of a lesson in the lessons panel: whether it is done, what to do in
/// plain words, the commands to type (with a copy button), a button that does it
/// (or pings, for a ping step), and what the last ping said.
class LessonStepView : public QFrame {
    Q_OBJECT
public:
    LessonStepView(int number, const LessonStep& step, QWidget* parent = nullptr);

    void setCommands(const QStringList& commands);
    QStringList commands() const { return m_commandList; }
    void setDone(bool done);
    bool isDone() const { return m_done; }
    /// The next open step is highlighted.
    void setCurrent(bool current);
    /// While a ping or an edit of this step is under way, its button waits.
    void setBusy(bool busy);
    /// What the last ping of this step said; empty hides it.
    void setResult(const QString& text, bool asExpected);
    QString result() const;
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* actionButton() const { return m_action; }

signals:
    /// The step's button was pressed: do it, or ping.
    void actionRequested();

private:
    void updateLook();

    int m_number;
    bool m_isPing;
    bool m_done = false;
    bool m_current = false;
    bool m_busy = false;
    QStringList m_commandList;
    QLabel* m_tick;
    QLabel* m_instruction;
    QLabel* m_commands;
    QPushButton* m_copy;
    QPushButton* m_action;
    QLabel* m_result;
};

} // namespace NetnsStudio
