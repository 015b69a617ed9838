// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonsPanel.h"

#include "EditController.h"
#include "HelperClient.h"
#include "IpCommand.h"
#include "LessonStepView.h"
#include "PathExplainer.h"
#include "PingRun.h"
#include "PingTool.h"
#include "TopologyModel.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

#include <numeric>
#include <utility>

namespace NetnsStudio {

namespace {

// Quick enough for a class, slow enough to see the replies come.
constexpr uint kPingIntervalMs = 200;
constexpr uint kPingTimeoutMs = 1000;

} // namespace

LessonsPanel::LessonsPanel(TopologyModel* model, EditController* edits, HelperClient* helper, bool playground,
                           QWidget* parent)
    : QWidget(parent), m_model(model), m_edits(edits), m_helper(helper), m_lessonBox(new QComboBox(this)),
      m_intro(new QLabel(this)), m_scroll(new QScrollArea(this)), m_status(new QLabel(this)),
      m_next(new QPushButton(tr("Do the Ne&xt Step"), this)), m_reset(new QPushButton(tr("&Reset Lesson…"), this))
{
    setObjectName(QStringLiteral("LessonsPanel"));
    // Wide enough for a step's command on one line and its words in a few.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    for (const Lesson& lesson : builtInLessons())
        if (playground || !lesson.playgroundOnly)
            m_lessons << lesson;

    auto* layout = new QVBoxLayout(this);
    if (playground) {
        auto* notice = new QLabel(tr("This is the playground, a private sandbox: nothing you do here touches "
                                     "this computer's network."),
                                  this);
        notice->setObjectName(QStringLiteral("PlaygroundNotice"));
        notice->setWordWrap(true);
        notice->setStyleSheet(QStringLiteral("background: #e3f0fb; color: #0b3d66; border: 1px solid #9cc4e8; "
                                             "border-radius: 4px; padding: 6px;"));
        layout->addWidget(notice);
    }
    auto* pick = new QHBoxLayout;
    auto* pickLabel = new QLabel(tr("&Lesson:"), this);
    pickLabel->setBuddy(m_lessonBox);
    m_lessonBox->setObjectName(QStringLiteral("LessonBox"));
    m_lessonBox->setAccessibleName(tr("Lesson"));
    for (const Lesson& lesson : std::as_const(m_lessons))
        m_lessonBox->addItem(lesson.title, lesson.id);
    pick->addWidget(pickLabel);
    pick->addWidget(m_lessonBox, 1);
    layout->addLayout(pick);

    m_intro->setObjectName(QStringLiteral("LessonIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);

    m_scroll->setObjectName(QStringLiteral("LessonSteps"));
    m_scroll->setAccessibleName(tr("Steps of the lesson"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll, 1);

    m_status->setObjectName(QStringLiteral("LessonStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    m_next->setObjectName(QStringLiteral("NextStepButton"));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    // The keypad's Enter is a different key; people press either.
    auto* keypadNext = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    keypadNext->setContext(Qt::WindowShortcut);
    connect(keypadNext, &QShortcut::activated, m_next, [this] {
        if (m_next->isEnabled())
            m_next->animateClick();
    });
    m_next->setToolTip(tr("Do, or ping for, the highlighted step (%1)")
                           .arg(m_next->shortcut().toString(QKeySequence::NativeText)));
    m_next->setAccessibleName(tr("Do the next step"));
    m_reset->setObjectName(QStringLiteral("ResetLessonButton"));
    m_reset->setToolTip(tr("Remove everything this lesson made, to start it again"));
    m_reset->setAccessibleName(tr("Reset lesson"));
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    layout->addLayout(buttons);

    connect(m_lessonBox, &QComboBox::currentIndexChanged, this, &LessonsPanel::selectLesson);
    connect(m_next, &QPushButton::clicked, this, &LessonsPanel::doNextStep);
    connect(m_reset, &QPushButton::clicked, this, &LessonsPanel::resetLesson);
    connect(m_model, &TopologyModel::reset, this, &LessonsPanel::refresh);
    connect(m_model, &TopologyModel::namespacesChanged, this, &LessonsPanel::refresh);
    selectLesson(0);
}

LessonsPanel::~LessonsPanel() = default;

void LessonsPanel::selectLesson(int index)
{
    if (index < 0 || index >= m_lessons.size())
        return;
    delete m_ping; // its results belong to the lesson being left
    m_ping = nullptr;
    m_toolStep = -1;
    m_progress = std::make_unique<LessonProgress>(m_lessons[index]);
    m_intro->setText(m_lessons[index].intro);
    m_status->clear();
    buildSteps();
    refresh();
}

void LessonsPanel::buildSteps()
{
    m_views.clear();
    m_current = -1;
    auto* holder = new QWidget;
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    const QList<LessonStep>& steps = m_progress->lesson().steps;
    for (int i = 0; i < steps.size(); ++i) {
        auto* view = new LessonStepView(i + 1, steps[i], holder);
        connect(view, &LessonStepView::actionRequested, this, [this, i] { runStep(i); });
        layout->addWidget(view);
        m_views << view;
    }
    layout->addStretch(1);
    m_scroll->setWidget(holder); // deletes the previous lesson's views
    // Tab goes from the lesson through its steps, in order, to the buttons below them.
    QWidget* previous = m_lessonBox;
    for (LessonStepView* view : std::as_const(m_views)) {
        QWidget::setTabOrder(previous, view->copyButton());
        QWidget::setTabOrder(view->copyButton(), view->actionButton());
        previous = view->actionButton();
    }
    QWidget::setTabOrder(previous, m_next);
    QWidget::setTabOrder(m_next, m_reset);
}

void LessonsPanel::refresh()
{
    const Topology& topology = m_model->topology();
    m_progress->update(topology);
    const bool known = topology.namespaceByName({}) != nullptr; // the host's name is needed for commands
    for (int i = 0; i < m_views.size(); ++i) {
        if (known)
            m_views[i]->setCommands(stepCommands(m_progress->lesson().steps[i], topology));
        m_views[i]->setDone(m_progress->isDone(i));
    }
    const int next = m_progress->nextOpen();
    if (next != m_current) {
        LessonStepView* previous = m_views.value(m_current);
        const bool keyboardThere = previous && previous->isAncestorOf(QApplication::focusWidget());
        if (previous)
            previous->setCurrent(false);
        m_current = next;
        if (LessonStepView* view = m_views.value(next)) {
            view->setCurrent(true);
            m_scroll->ensureWidgetVisible(view);
            if (keyboardThere) // a keyboard user goes on where the work is
                view->actionButton()->setFocus(Qt::TabFocusReason);
        }
    }
    const int total = int(m_views.size());
    m_next->setEnabled(next >= 0);
    m_status->setText(next < 0 ? tr("All %1 steps done. Well done!").arg(total)
                               : tr("%1 of %2 steps done.").arg(m_progress->doneCount()).arg(total));
}

void LessonsPanel::doNextStep()
{
    if (m_current >= 0)
        runStep(m_current);
}

void LessonsPanel::runStep(int step)
{
    const LessonStep& s = m_progress->lesson().steps[step];
    if (s.isPing()) {
        ping(step);
        return;
    }
    // Only what is still missing: part of a step may have been done by hand.
    const Topology& topology = m_model->topology();
    QList<Action> actions;
    for (const LessonTask& task : s.tasks)
        if (!task.done(topology))
            actions << resolved(task.action, topology);
    if (!actions.isEmpty())
        m_edits->apply(tr("Step %1 of lesson %2").arg(step + 1).arg(m_progress->lesson().title), actions);
}

void LessonsPanel::setPingTool(PingTool* tool)
{
    m_pingTool = tool;
    connect(tool, &PingTool::started, this, [this](NamespaceId source, const QString& address) {
        // A different ping from the tool's own panel replaces the step's.
        if (m_toolStep >= 0 && (source != m_toolSource || address != m_toolAddress)) {
            m_views[m_toolStep]->setBusy(false);
            m_views[m_toolStep]->setResult(tr("Another ping took the place of this one; ping again."), false);
            m_toolStep = -1;
        }
    });
    connect(tool, &PingTool::outcome, this, [this](const PingOutcome& outcome) {
        if (m_toolStep < 0 || outcome.source != m_toolSource || outcome.address != m_toolAddress)
            return;
        const int step = std::exchange(m_toolStep, -1);
        if (!outcome.error.isEmpty()) {
            m_views[step]->setBusy(false);
            m_views[step]->setResult(tr("The ping could not start: %1").arg(outcome.error), false);
            return;
        }
        pingFinished(step, outcome.source, outcome.sent, outcome.received,
                     std::accumulate(outcome.rttsMs.cbegin(), outcome.rttsMs.cend(), 0.0));
    });
}

void LessonsPanel::ping(int step)
{
    LessonStepView* view = m_views[step];
    if (m_ping || (m_toolStep >= 0 && m_toolStep != step)) {
        view->setResult(tr("Another ping is still under way; try again when it is done."), false);
        return;
    }
    const LessonPing target = *m_progress->lesson().steps[step].ping;
    const Namespace* from = m_model->topology().namespaceByName(target.from);
    if (!from) {
        view->setResult(tr("There is no namespace %1 to ping from yet.").arg(target.from), false);
        return;
    }
    const NamespaceId source = from->id;
    view->setBusy(true);
    view->setResult(tr("Pinging %1 from %2…").arg(target.to, from->label), true);
    if (m_pingTool) {
        m_toolStep = step;
        m_toolSource = source;
        m_toolAddress = target.to;
        m_pingTool->run(source, target.to);
        return;
    }
    m_ping = new PingRun(*m_helper, source, target.to, PingOptions{LessonPing::kCount, kPingIntervalMs, kPingTimeoutMs},
                         this);
    auto rttSum = std::make_shared<double>(0);
    connect(m_ping, &PingRun::reply, this, [rttSum](uint, double rtt) { *rttSum += rtt; });
    connect(m_ping, &PingRun::finished, this, [this, step, source, rttSum](uint sent, uint received) {
        m_ping->deleteLater();
        m_ping = nullptr;
        pingFinished(step, source, sent, received, *rttSum);
    });
    connect(m_ping, &PingRun::failed, this, [this, view](const HelperError& error) {
        m_ping->deleteLater();
        m_ping = nullptr;
        view->setBusy(false);
        view->setResult(tr("The ping could not start: %1").arg(error.message), false);
    });
    m_ping->start();
}

void LessonsPanel::pingFinished(int step, NamespaceId source, uint sent, uint received, double rttSum)
{
    LessonStepView* view = m_views[step];
    view->setBusy(false);
    const LessonPing& target = *m_progress->lesson().steps[step].ping;
    const bool gotReplies = received > 0;
    const bool ticked = m_progress->recordPing(step, gotReplies);
    const PathExplanation why = PathExplainer(m_model->topology()).explain(source, target.to);
    QString text;
    if (gotReplies)
        text = tr("%1 of %2 replies, in %3 ms on average.").arg(received).arg(sent).arg(rttSum / received, 0, 'f', 2);
    else
        text = tr("No reply to any of %1 pings.").arg(sent);
    if (gotReplies == target.expectReplies)
        text += QLatin1Char(' ') + (gotReplies ? tr("It works.") : tr("As expected."));
    else
        text += QLatin1Char(' ') + (gotReplies ? tr("This step expects no reply.") : tr("This step expects replies."));
    if (!gotReplies && !why.reason.isEmpty())
        text += QLatin1Char(' ') + tr("Why: %1").arg(why.reason);
    if (gotReplies == target.expectReplies && !ticked)
        text += QLatin1Char(' ') + tr("Do the steps above first, then ping again.");
    view->setResult(text, ticked);
    refresh();
}

void LessonsPanel::resetLesson()
{
    const Topology& topology = m_model->topology();
    const QList<Action> actions = resetActions(m_progress->lesson(), topology);
    if (actions.isEmpty()) {
        m_progress->forgetPings();
        for (LessonStepView* view : std::as_const(m_views))
            view->setResult({}, true);
        refresh();
        m_status->setText(tr("Nothing this lesson makes is there, so there is nothing to remove."));
        return;
    }
    QStringList commands;
    for (const Action& action : actions)
        commands << ipCommand(action, topology);
    QMessageBox ask(QMessageBox::Question, tr("Reset Lesson"),
                    tr("Remove what the lesson “%1” made, to start it again?").arg(m_progress->lesson().title),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setInformativeText(tr("These commands will run:") + QLatin1Char('\n') + commands.join(QLatin1Char('\n')));
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.button(QMessageBox::Yes)->setText(tr("&Remove"));
    if (ask.exec() != QMessageBox::Yes)
        return;
    m_edits->send(actions, [this](bool ok) {
        if (!ok)
            return; // the message bar says why
        m_progress->forgetPings();
        for (LessonStepView* view : std::as_const(m_views))
            view->setResult({}, true);
        refresh();
    });
}

} // namespace NetnsStudio
