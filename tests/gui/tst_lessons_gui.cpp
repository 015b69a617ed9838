// SPDX-License-Identifier: GPL-3.0-or-later
// Lesson one, the tutorial, through the lessons panel's real widgets: the real window
// (offscreen, as the playground opens it), the real helper over the sandbox's system
// bus, real namespaces. Each step is done with its button (one with Ctrl+Enter, one by
// running its copied command in a shell, as a student would in a terminal) and must
// be ticked once `ip -j` shows it done, and only then; the ping inside blue gets
// replies, the one from the host fails with the explainer's "no route" shown, and
// after the second half both ways get replies. "Reset Lesson" then leaves `ip -j` as
// it was at the start. Then lesson two (the bridge) the same way, by its buttons.
//
// Runs only inside scripts/sandbox (NETNS_STUDIO_SANDBOX=1); skipped elsewhere.

#include "CommandLog.h"
#include "EditController.h"
#include "GuiTestSupport.h"
#include "HelperClient.h"
#include "LessonStepView.h"
#include "LessonsPanel.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "PathExplainer.h"
#include "PingTool.h"
#include "TopologyModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QUndoStack>
#include <QtTest>

using namespace NetnsStudio;
using namespace GuiTest;

class LessonsGuiTest : public WindowFixture {
    Q_OBJECT

public:
    LessonsGuiTest() : WindowFixture(Opens::Playground) {}

private slots:
    void step00_opensOnLessonOne();
    void step01_createBlue();
    void step02_vethPair();
    void step03_moveVeth1();
    void step04_addressVeth1_andUndoUnticks();
    void step05_bringUp();
    void step06_pingInsideBlue();
    void step07_pingFromHostFails();
    void step08_addressVeth0InATerminal();
    void step09_bringVeth0UpWithTheKeyboard();
    void step10_pingFromHostWorks();
    void step11_pingFromBlueWorks();
    void step12_resetLesson();
    void step13_lessonTwoThroughItsButtons();
    void step14_lessonThreeNatInThePlayground();

private:
    LessonsPanel* panel() const { return window()->lessons(); }
    LessonStepView* view(int step) const { return panel()->stepView(step - 1); }
    QPushButton* button(int step) const { return view(step)->actionButton(); }
    /// Steps 1 to `step` are ticked, in the views and in the progress, and no other.
    bool tickedUpTo(int step) const;
    /// Clicks the step's button and waits for it to tick; the log must then hold each
    /// of the step's commands, done.
    void doWithButton(int step);
    /// Pings with the step's button and waits for the result.
    void pingWithButton(int step);
    /// Clicks "Reset lesson" and says yes; `question` gets the commands it showed.
    void resetWithButton(QString* question = nullptr);
    QString stateDump() const override;
};

// ------------------------------------------------------------------ helpers

bool LessonsGuiTest::tickedUpTo(int step) const
{
    for (int i = 1; i <= int(panel()->progress().lesson().steps.size()); ++i)
        if (view(i)->isDone() != (i <= step) || panel()->progress().isDone(i - 1) != (i <= step))
            return false;
    return true;
}

void LessonsGuiTest::doWithButton(int step)
{
    const QStringList commands = view(step)->commands();
    QVERIFY(!commands.isEmpty());
    QVERIFY(!view(step)->isDone());
    QVERIFY(button(step)->isEnabled());
    QTest::mouseClick(button(step), Qt::LeftButton);
    WAIT_FOR(view(step)->isDone());
    for (const QString& command : commands)
        WAIT_FOR(logHasDone(command));
    QVERIFY(!button(step)->isEnabled()); // nothing is left to do
}

void LessonsGuiTest::pingWithButton(int step)
{
    QCOMPARE(button(step)->objectName(), QStringLiteral("PingButton"));
    QTest::mouseClick(button(step), Qt::LeftButton);
    QVERIFY(!button(step)->isEnabled()); // while it runs
    WAIT_FOR(button(step)->isEnabled() && !view(step)->result().startsWith(QLatin1String("Pinging")));
}

QString LessonsGuiTest::stateDump() const
{
    QStringList lines{QStringLiteral("command log:"), logDump(), QStringLiteral("steps:")};
    for (int i = 1; panel() && view(i); ++i)
        lines << QStringLiteral("  %1 %2 %3").arg(i).arg(view(i)->isDone() ? QStringLiteral("done") : QStringLiteral("open"),
                                                      view(i)->result());
    lines << QStringLiteral("message bar: ") + window()->messageBar()->text();
    return lines.join(QLatin1Char('\n'));
}

// ------------------------------------------------------------------ lesson one

void LessonsGuiTest::step00_opensOnLessonOne()
{
    auto* dock = window()->findChild<QDockWidget*>(QStringLiteral("LessonsDock"));
    QVERIFY(dock && dock->isVisible());
    QVERIFY(panel()->isVisible());
    auto* notice = panel()->findChild<QLabel*>(QStringLiteral("PlaygroundNotice"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY(notice->text().contains(QLatin1String("nothing you do here touches")));
    QVERIFY(window()->windowTitle().contains(QLatin1String("nothing here touches")));
    auto* box = panel()->findChild<QComboBox*>(QStringLiteral("LessonBox"));
    QCOMPARE(box->currentData().toString(), QStringLiteral("tutorial"));
    QCOMPARE(panel()->lessons().first().steps.size(), 11);
    WAIT_FOR(tickedUpTo(0));
    QCOMPARE(panel()->progress().nextOpen(), 0);
    QCOMPARE(view(1)->commands(), QStringList{QStringLiteral("ip netns add blue")});
    QCOMPARE(view(7)->commands(), QStringList{QStringLiteral("ping -c 3 10.1.1.1")});
    // Tab goes from the lesson picker through the steps in order, then to the buttons below.
    box->setFocus();
    QTRY_VERIFY(box->hasFocus());
    const QList<QWidget*> chain{view(1)->copyButton(), view(1)->actionButton(), view(2)->copyButton()};
    for (QWidget* expected : chain) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), expected);
    }
    view(11)->actionButton()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("NextStepButton"));
    // Every control says what it is to a screen reader.
    for (QPushButton* b : panel()->findChildren<QPushButton*>())
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->text()));
}

void LessonsGuiTest::step01_createBlue()
{
    doWithButton(1);
    QCOMPARE(namedNamespaces(), QStringList{QStringLiteral("blue")});
    QVERIFY(tickedUpTo(1));
    QCOMPARE(window()->edits()->undoStack()->count(), 1);
}

void LessonsGuiTest::step02_vethPair()
{
    doWithButton(2);
    QCOMPARE(ipLink({}, QStringLiteral("veth1")).value(QStringLiteral("link")).toString(), QStringLiteral("veth0"));
    QVERIFY(tickedUpTo(2));
}

void LessonsGuiTest::step03_moveVeth1()
{
    QCOMPARE(view(3)->commands(), QStringList{QStringLiteral("ip link set veth1 netns blue")});
    doWithButton(3);
    QVERIFY(ipLinkExists(QStringLiteral("blue"), QStringLiteral("veth1")));
    QVERIFY(!ipLinkExists({}, QStringLiteral("veth1")));
    QVERIFY(tickedUpTo(3));
}

void LessonsGuiTest::step04_addressVeth1_andUndoUnticks()
{
    doWithButton(4);
    QCOMPARE(ipAddresses(QStringLiteral("blue"), QStringLiteral("veth1")), QStringList{QStringLiteral("10.1.1.1/24")});
    QVERIFY(tickedUpTo(4));
    // The tick follows the live topology: undo takes the address away, and the tick.
    QCOMPARE(window()->edits()->undoStack()->count(), 4);
    window()->edits()->undoStack()->undo();
    WAIT_FOR(ipAddresses(QStringLiteral("blue"), QStringLiteral("veth1")).isEmpty() && !view(4)->isDone());
    QVERIFY(tickedUpTo(3));
    QCOMPARE(panel()->progress().nextOpen(), 3);
    doWithButton(4);
    QVERIFY(tickedUpTo(4));
}

void LessonsGuiTest::step05_bringUp()
{
    doWithButton(5);
    QVERIFY(ipLinkUp(QStringLiteral("blue"), QStringLiteral("lo")));
    QVERIFY(ipLinkUp(QStringLiteral("blue"), QStringLiteral("veth1")));
    QVERIFY(tickedUpTo(5));
}

void LessonsGuiTest::step06_pingInsideBlue()
{
    QCOMPARE(panel()->progress().nextOpen(), 5);
    pingWithButton(6);
    QVERIFY2(view(6)->result().startsWith(QLatin1String("3 of 3 replies")), qPrintable(view(6)->result()));
    QVERIFY(view(6)->isDone());
    QVERIFY(tickedUpTo(6));
}

void LessonsGuiTest::step07_pingFromHostFails()
{
    pingWithButton(7);
    const QString result = view(7)->result();
    QVERIFY2(result.startsWith(QLatin1String("No reply to any of 3 pings. As expected.")), qPrintable(result));
    // The explanation shown is the explainer's, and it names the missing route.
    const Topology& topology = window()->topologyModel()->topology();
    const PathExplanation why = PathExplainer(topology).explain(topology.namespaceByName({})->id,
                                                                QStringLiteral("10.1.1.1"));
    QCOMPARE(why.problem, PathProblem::NoRoute);
    QVERIFY2(result.contains(why.reason), qPrintable(result));
    QVERIFY2(result.contains(QLatin1String("host has no route to 10.1.1.1")), qPrintable(result));
    QVERIFY(tickedUpTo(7));
}

void LessonsGuiTest::step08_addressVeth0InATerminal()
{
    // Copy the step's command and run it in a shell: nothing goes through the program,
    // yet the step ticks, because the live topology shows it done.
    const int undoBefore = window()->edits()->undoStack()->count();
    auto* copy = view(8)->findChild<QPushButton*>(QStringLiteral("CopyButton"));
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString command = QApplication::clipboard()->text();
    QCOMPARE(command, QStringLiteral("ip addr add 10.1.1.2/24 dev veth0"));
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(shell.exitCode(), 0);
    WAIT_FOR(view(8)->isDone());
    QCOMPARE(ipAddresses({}, QStringLiteral("veth0")), QStringList{QStringLiteral("10.1.1.2/24")});
    QVERIFY(tickedUpTo(8));
    QCOMPARE(window()->commandLog()->entries().size(), logStart());
    QCOMPARE(window()->edits()->undoStack()->count(), undoBefore);
}

void LessonsGuiTest::step09_bringVeth0UpWithTheKeyboard()
{
    // Ctrl+Enter does the highlighted step.
    QCOMPARE(panel()->progress().nextOpen(), 8);
    window()->activateWindow();
    QTest::keyClick(window(), Qt::Key_Return, Qt::ControlModifier);
    WAIT_FOR(view(9)->isDone());
    WAIT_FOR(logHasDone(QStringLiteral("ip link set veth0 up")));
    QVERIFY(ipLinkUp({}, QStringLiteral("veth0")));
    QVERIFY(tickedUpTo(9));
}

void LessonsGuiTest::step10_pingFromHostWorks()
{
    pingWithButton(10);
    QVERIFY2(view(10)->result().startsWith(QLatin1String("3 of 3 replies")), qPrintable(view(10)->result()));
    QVERIFY(tickedUpTo(10));
    QVERIFY(view(7)->isDone()); // it failed when it should have
}

void LessonsGuiTest::step11_pingFromBlueWorks()
{
    pingWithButton(11);
    QVERIFY2(view(11)->result().startsWith(QLatin1String("3 of 3 replies")), qPrintable(view(11)->result()));
    QVERIFY(tickedUpTo(11));
    QCOMPARE(panel()->progress().nextOpen(), -1);
    QVERIFY(!panel()->findChild<QPushButton*>(QStringLiteral("NextStepButton"))->isEnabled());
}

void LessonsGuiTest::step12_resetLesson()
{
    QString question;
    resetWithButton(&question);
    QVERIFY2(question.contains(QLatin1String("ip link del veth0")) && question.contains(QLatin1String("ip netns del blue")),
             qPrintable(question));
    WAIT_FOR(namedNamespaces().isEmpty() && !ipLinkExists({}, QStringLiteral("veth0")));
    WAIT_FOR(logHasDone(QStringLiteral("ip netns del blue")));
    WAIT_FOR(tickedUpTo(0));
    QCOMPARE(panel()->progress().nextOpen(), 0);
    for (int i = 1; view(i); ++i)
        QVERIFY(view(i)->result().isEmpty());
    const QByteArray now = ipSnapshot();
    if (now != ipAtStart())
        qWarning().noquote() << "at the start:\n" << ipAtStart() << "\nnow:\n" << now;
    QCOMPARE(now, ipAtStart());
}

void LessonsGuiTest::step13_lessonTwoThroughItsButtons()
{
    // The bridge lesson, picked with the keyboard, every step by its button: its pings
    // come out as its data says (the one before the bridge fails), then it resets.
    auto* box = panel()->findChild<QComboBox*>(QStringLiteral("LessonBox"));
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->currentData().toString(), QStringLiteral("bridge"));
    const Lesson& lesson = panel()->progress().lesson();
    QCOMPARE(lesson.id, QStringLiteral("bridge"));
    WAIT_FOR(tickedUpTo(0));
    for (int step = 1; step <= lesson.steps.size(); ++step) {
        if (lesson.steps[step - 1].isPing()) {
            pingWithButton(step);
            QVERIFY2(view(step)->result().startsWith(lesson.steps[step - 1].ping->expectReplies
                                                         ? QLatin1String("3 of 3 replies")
                                                         : QLatin1String("No reply to any of 3 pings. As expected.")),
                     qPrintable(view(step)->result()));
        } else {
            doWithButton(step);
        }
        QVERIFY2(tickedUpTo(step), qPrintable(stateDump()));
    }
    QCOMPARE(namedNamespaces(), (QStringList{QStringLiteral("green"), QStringLiteral("red")}));
    QCOMPARE(ipLink({}, QStringLiteral("vred")).value(QStringLiteral("master")).toString(), QStringLiteral("br0"));

    resetWithButton();
    WAIT_FOR(namedNamespaces().isEmpty() && !ipLinkExists({}, QStringLiteral("br0")));
    WAIT_FOR(tickedUpTo(0));
    QCOMPARE(ipSnapshot(), ipAtStart());
}

void LessonsGuiTest::step14_lessonThreeNatInThePlayground()
{
    // The NAT lesson, offered because this window is a playground (the sandbox): its
    // pings go through the window's ping tool (so they run on the diagram), the one
    // before masquerading fails for want of a route back, masquerading and forwarding
    // are undoable, and the reset turns both off again.
    auto* box = panel()->findChild<QComboBox*>(QStringLiteral("LessonBox"));
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->currentData().toString(), QStringLiteral("nat"));
    const Lesson& lesson = panel()->progress().lesson();
    QVERIFY(lesson.playgroundOnly);
    WAIT_FOR(tickedUpTo(0));
    QSignalSpy outcomes(window()->pingTool(), &PingTool::outcome);
    auto hostLink = [this](const QString& name) {
        const Link* l = window()->topologyModel()->topology().namespaceByName({})->linkByName(name);
        return l ? *l : Link{};
    };
    auto forwarding = [this] { return window()->topologyModel()->topology().namespaceByName({})->forwardingV4; };
    int pings = 0;
    for (int step = 1; step <= lesson.steps.size(); ++step) {
        const LessonStep& data = lesson.steps[step - 1];
        if (data.isPing()) {
            pingWithButton(step);
            ++pings;
            QCOMPARE(outcomes.count(), pings);
            const auto outcome = outcomes.last().first().value<PingOutcome>();
            QCOMPARE(outcome.address, data.ping->to);
            QVERIFY2(outcome.explainerAgrees(), qPrintable(outcome.explanation.reason));
            if (data.ping->expectReplies) {
                QVERIFY2(view(step)->result().startsWith(QLatin1String("3 of 3 replies")), qPrintable(view(step)->result()));
                QVERIFY2(outcome.explanation.forward.value(1).note.contains(QLatin1String("by masquerading")),
                         qPrintable(outcome.explanation.forward.value(1).note));
            } else {
                QVERIFY2(view(step)->result().startsWith(QLatin1String("No reply to any of 3 pings. As expected.")) &&
                             view(step)->result().contains(QLatin1String("outside has no route to 10.3.3.1")),
                         qPrintable(view(step)->result()));
            }
        } else {
            doWithButton(step);
        }
        QVERIFY2(tickedUpTo(step), qPrintable(stateDump()));
        const bool natStep = !data.isPing() && data.tasks.first().action.type == Action::Type::SetMasquerade;
        const bool forwardingStep = !data.isPing() && data.tasks.first().action.type == Action::Type::SetForwarding;
        if (natStep || forwardingStep) {
            // "Do it" is undoable: undo turns it off and unticks; the button does it again.
            QVERIFY(natStep ? hostLink(QStringLiteral("vout")).masquerade : forwarding());
            window()->edits()->undoStack()->undo();
            WAIT_FOR(!(natStep ? hostLink(QStringLiteral("vout")).masquerade : forwarding()) && !view(step)->isDone());
            doWithButton(step);
            QVERIFY(tickedUpTo(step));
        }
    }
    QCOMPARE(namedNamespaces(), (QStringList{QStringLiteral("blue"), QStringLiteral("outside")}));

    QString question;
    resetWithButton(&question);
    QVERIFY2(question.contains(QLatin1String("nft")) && question.contains(QLatin1String("ip_forward")),
             qPrintable(question));
    WAIT_FOR(namedNamespaces().isEmpty() && !ipLinkExists({}, QStringLiteral("vout")) && !forwarding());
    WAIT_FOR(tickedUpTo(0));
    QCOMPARE(ipSnapshot(), ipAtStart());
}

void LessonsGuiTest::resetWithButton(QString* question)
{
    QString outcome;
    onNextModalDialog(answerYes(nullptr, question), &outcome);
    QTest::mouseClick(panel()->findChild<QPushButton*>(QStringLiteral("ResetLessonButton")), Qt::LeftButton);
    QVERIFY2(outcome.isEmpty(), qPrintable(outcome));
}

// ------------------------------------------------------------------ main

int main(int argc, char** argv)
{
    return GuiTest::run<LessonsGuiTest>("tst_lessons_gui", argc, argv);
}

#include "tst_lessons_gui.moc"
