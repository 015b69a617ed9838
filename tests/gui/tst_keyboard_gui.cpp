// SPDX-License-Identifier: GPL-3.0-or-later
// Accessibility and the keyboard, in the real window (offscreen, as the playground opens
// it) against the real helper in the sandbox:
//  - every widget a person can reach (Tab focus, or a button) in the main window, its
//    docks (lessons, ping, properties with an interface selected, inventory, command
//    log) and the dialogs reached by keys (new namespace, reset lesson) tells a screen
//    reader its name (QAccessibleInterface's Name: its accessible name, text or buddy);
//  - lesson one done with key events only: Alt+L to the lesson, Tab to the first step's
//    button and Space, then Ctrl+Enter (and once the keypad's Enter) for the others;
//    each step must tick, and the log must show its commands done;
//  - in German, an error of the helper reads in German in the message bar (the client
//    told the helper its language).
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
#include "TopologyModel.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QTranslator>
#include <QProcess>
#include <QPushButton>
#include <QTreeView>
#include <QtTest>

using namespace NetnsStudio;
using namespace GuiTest;

class KeyboardGuiTest : public WindowFixture {
    Q_OBJECT

public:
    KeyboardGuiTest() : WindowFixture(Opens::Playground)
    {
        setWindowSize({1280, 800});
        setFunctionsIndependent(); // each checks a thing of its own
    }

private slots:
    void noTwoControlsShareAMnemonic_data();
    void noTwoControlsShareAMnemonic();
    void everyControlOfTheWindowHasAName();
    void theNewNamespaceDialogHasNames();
    void lessonOneWithTheKeyboardOnly();
    void thePropertiesOfAnInterfaceHaveNames();
    void theResetDialogHasNames();
    void aHelperErrorInGerman();

private:
    LessonsPanel* panel() const { return window()->lessons(); }
    LessonStepView* view(int step) const { return panel()->stepView(step - 1); }
    /// Steps 1 to `step` are ticked, and no other.
    bool tickedUpTo(int step) const;
    /// The dialog that `open` brings up tells a screen reader the name of every control.
    void dialogHasNames(const std::function<void()>& open);
    QString stateDump() const override;
};

namespace {

/// What a screen reader would have nothing to say for: the widgets under root that a
/// person reaches (by Tab, or a button by click or shortcut) whose accessible name is empty.
QStringList namelessControls(QWidget* root)
{
    QStringList nameless;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : std::as_const(widgets)) {
        if (!widget->isVisibleTo(root->window()) || !widget->isEnabled())
            continue;
        const bool reachable = (widget->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractButton*>(widget);
        if (!reachable)
            continue;
        // A spin box's line edit is announced as the spin box, which is checked itself.
        if (qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
            continue;
        // A scroll area's viewport is part of the area, which a screen reader announces.
        if (auto* area = qobject_cast<QAbstractScrollArea*>(widget->parentWidget()); area && area->viewport() == widget)
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            nameless << QStringLiteral("%1 '%2' in %3")
                            .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(),
                                 widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
    }
    return nameless;
}

/// Alt+letter keys that more than one control of the window answers to (menu bar
/// titles, buttons, labels with a buddy; also those of panel pages shown only with a
/// selection): pressing one would only cycle the focus among them.
QStringList mnemonicClashes(QMainWindow* window)
{
    QMap<QKeySequence, QStringList> owners;
    for (QAction* menu : window->menuBar()->actions())
        owners[QKeySequence::mnemonic(menu->text())] << menu->text();
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            owners[QKeySequence::mnemonic(button->text())] << button->text();
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            owners[QKeySequence::mnemonic(label->text())] << label->text();
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (!it.key().isEmpty() && it.value().size() > 1)
            clashes << it.key().toString() + QLatin1String(": ") + it.value().join(QLatin1String(" | "));
    return clashes;
}

void removeTranslators()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>())
        delete translator;
}

} // namespace

void KeyboardGuiTest::noTwoControlsShareAMnemonic_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en_GB");
    QTest::newRow("German") << QStringLiteral("de_DE");
    QTest::newRow("French") << QStringLiteral("fr_FR");
}

void KeyboardGuiTest::noTwoControlsShareAMnemonic()
{
    QFETCH(QString, language);
    QLocale::setDefault(QLocale(language));
    removeTranslators();
    installTranslations(*qApp);
    QStringList clashes;
    {
        MainWindow window(helper(), true);
        window.resize(1280, 800);
        for (QDockWidget* dock : window.findChildren<QDockWidget*>())
            dock->show();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        clashes = mnemonicClashes(&window);
    }
    removeTranslators();
    QLocale::setDefault(QLocale::system());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void KeyboardGuiTest::everyControlOfTheWindowHasAName()
{
    // Every dock shown, so that all of them are walked.
    for (QDockWidget* dock : window()->findChildren<QDockWidget*>())
        dock->show();
    const QStringList nameless = namelessControls(window());
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
}

void KeyboardGuiTest::theNewNamespaceDialogHasNames()
{
    dialogHasNames([this] { QTest::keyClick(window(), Qt::Key_N, Qt::ControlModifier); }); // File → New Namespace…
}

void KeyboardGuiTest::lessonOneWithTheKeyboardOnly()
{
    const int steps = int(panel()->progress().lesson().steps.size());
    QVERIFY(steps >= 10);
    QVERIFY(tickedUpTo(0));

    // Alt+L, the lesson label's mnemonic, lands on the lesson box; Tab goes on to the
    // first step's Copy, then its Do It; Space presses it.
    QTest::keyClick(window(), Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), panel()->findChild<QComboBox*>(QStringLiteral("LessonBox")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), view(1)->copyButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), view(1)->actionButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    WAIT_FOR(tickedUpTo(1));

    // The rest with "do the next step": Ctrl+Return, and once Ctrl+Enter on the keypad.
    for (int step = 2; step <= steps; ++step) {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window();
        if (step == 3)
            QTest::keyClick(target, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        else
            QTest::keyClick(target, Qt::Key_Return, Qt::ControlModifier);
        WAIT_FOR(tickedUpTo(step));
    }
    for (const CommandLog::Entry& entry : window()->commandLog()->entries())
        QVERIFY2(entry.status == CommandLog::Status::Done, qPrintable(entry.command + QLatin1String(": ") + entry.error));
    QVERIFY(ipLinkUp(QStringLiteral("blue"), QStringLiteral("veth1")));
    QCOMPARE(ipAddresses(QString(), QStringLiteral("veth0")), QStringList{QStringLiteral("10.1.1.2/24")});
}

void KeyboardGuiTest::thePropertiesOfAnInterfaceHaveNames()
{
    // Select veth0 in the inventory with the keyboard search of the tree, so that the
    // properties panel shows an interface's editors.
    QTreeView* tree = window()->inventoryView();
    tree->expandAll();
    tree->setFocus();
    QTest::keyClicks(tree, QStringLiteral("veth0"));
    QTRY_COMPARE(tree->currentIndex().data().toString(), QStringLiteral("veth0"));
    const QStringList nameless = namelessControls(window());
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
}

void KeyboardGuiTest::theResetDialogHasNames()
{
    auto* reset = panel()->findChild<QPushButton*>(QStringLiteral("ResetLessonButton"));
    QVERIFY2(reset->isVisible() && reset->isEnabled(), "the lessons panel is not in front");
    dialogHasNames([this] { QTest::keyClick(window(), Qt::Key_R, Qt::AltModifier); }); // &Reset Lesson…
}

void KeyboardGuiTest::dialogHasNames(const std::function<void()>& open)
{
    QString outcome;
    QStringList nameless;
    onNextModalDialog(
        [&nameless](QDialog* dialog) {
            nameless = namelessControls(dialog);
            dialog->reject();
            return QString();
        },
        &outcome);
    open();
    QTRY_VERIFY_WITH_TIMEOUT(outcome != QLatin1String("(the dialog was not handled yet)"), kTimeoutMs);
    QCOMPARE(outcome, QString());
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
}

bool KeyboardGuiTest::tickedUpTo(int step) const
{
    for (int i = 1; i <= int(panel()->progress().lesson().steps.size()); ++i)
        if (view(i)->isDone() != (i <= step))
            return false;
    return true;
}

QString KeyboardGuiTest::stateDump() const
{
    QStringList lines{QStringLiteral("steps:")};
    for (int i = 1; panel() && view(i); ++i)
        lines << QStringLiteral("  %1 %2 %3").arg(i).arg(view(i)->isDone() ? QStringLiteral("done") : QStringLiteral("open"),
                                                      view(i)->result());
    lines << QStringLiteral("focus: %1").arg(QApplication::focusWidget()
                                                 ? QApplication::focusWidget()->objectName()
                                                 : QStringLiteral("(none)"));
    lines << QStringLiteral("message bar: ") + window()->messageBar()->text();
    return lines.join(QLatin1Char('\n'));
}

void KeyboardGuiTest::aHelperErrorInGerman()
{
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    removeTranslators();
    installTranslations(*qApp);
    QCOMPARE(QProcess::execute(ipProgram(), {QStringLiteral("netns"), QStringLiteral("add"), QStringLiteral("de0")}), 0);
    QString shown;
    {
        // A connection of its own, so that only this client has told the helper "de_DE".
        const QString connection = QStringLiteral("german");
        HelperClient helper(QDBusConnection::connectToBus(QDBusConnection::SystemBus, connection));
        {
            MainWindow window(&helper, true);
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.refresh();
            QTRY_VERIFY_WITH_TIMEOUT(window.topologyModel()->topology().namespaceByName(QStringLiteral("de0")),
                                     kTimeoutMs);
            // Only the kernel's /run/netns knows that the name is taken: the helper says so.
            window.edits()->addNamespace(QStringLiteral("de0"));
            QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->isVisible(), kTimeoutMs);
            shown = window.messageBar()->text();
        }
        QDBusConnection::disconnectFromBus(connection);
    }
    QProcess::execute(ipProgram(), {QStringLiteral("netns"), QStringLiteral("del"), QStringLiteral("de0")});
    removeTranslators();
    QLocale::setDefault(QLocale::system());
    // "Nothing was changed: Step 1 of 1 (ip netns add de0) failed: A namespace named 'de0' already exists."
    QCOMPARE(shown, QStringLiteral("Nichts wurde geändert: Schritt 1 von 1 (ip netns add de0) ist "
                                   "fehlgeschlagen: Ein Namespace namens 'de0' existiert bereits."));
}

int main(int argc, char** argv)
{
    return GuiTest::run<KeyboardGuiTest>("tst_keyboard_gui", argc, argv);
}

#include "tst_keyboard_gui.moc"
