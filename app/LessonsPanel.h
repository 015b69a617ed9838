// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lesson.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace NetnsStudio {

class EditController;
class HelperClient;
class LessonStepView;
class PingRun;
class PingTool;
class TopologyModel;

/// The lessons dock: pick a lesson, read each step, do it with the step's button, the
/// mouse or a terminal. A step is ticked only when the live topology shows it done
/// (a ping step: when a ping from here ends as the step expects), re-checked on every
/// change of the model. Edits go through the EditController (logged, undoable).
class LessonsPanel : public QWidget {
    Q_OBJECT
public:
    /// playground: the panel says that nothing here touches the host, and offers the
    /// lessons that are for the playground only.
    LessonsPanel(TopologyModel* model, EditController* edits, HelperClient* helper, bool playground,
                 QWidget* parent = nullptr);
    ~LessonsPanel() override;

    const QList<Lesson>& lessons() const { return m_lessons; }
    const LessonProgress& progress() const { return *m_progress; }
    LessonStepView* stepView(int step) const { return m_views.value(step); }
    /// Ping steps then ping through the window's ping tool, so that the ping also runs
    /// along its path on the diagram; the step still shows its own result.
    void setPingTool(PingTool* tool);

public slots:
    void selectLesson(int index);
    /// Does (or pings for) the highlighted step.
    void doNextStep();
    /// Asks, then removes what the lesson made in one batch.
    void resetLesson();

private:
    void buildSteps();
    void refresh();
    void runStep(int step);
    void ping(int step);
    void pingFinished(int step, NamespaceId source, uint sent, uint received, double rttSum);

    TopologyModel* m_model;
    EditController* m_edits;
    HelperClient* m_helper;
    QList<Lesson> m_lessons;
    std::unique_ptr<LessonProgress> m_progress;
    QList<LessonStepView*> m_views;
    PingRun* m_ping = nullptr;
    QPointer<PingTool> m_pingTool;
    int m_toolStep = -1; ///< the step whose ping the tool runs, or -1
    NamespaceId m_toolSource = 0;
    QString m_toolAddress;
    int m_current = -1;

    QComboBox* m_lessonBox;
    QLabel* m_intro;
    QScrollArea* m_scroll;
    QLabel* m_status;
    QPushButton* m_next;
    QPushButton* m_reset;
};

} // namespace NetnsStudio
