// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the GUI tests share: `ip -j` as the oracle, acting on modal dialogs, an
// environment of their own (settings, runtime directory) so that they never touch a
// person's settings, and the fixture of a test case on the real main window.

#include <QApplication>
#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

class QDialog;
namespace NetnsStudio {
class CommandLog;
class HelperClient;
class MainWindow;
}

namespace GuiTest {

/// Generous: a step takes tens of milliseconds here.
constexpr int kTimeoutMs = 20000;

/// Drops the offscreen platform's size-hint warnings before QtTest sees them.
void installQuietMessageHandler();
void restoreMessageHandler();

QString ipProgram();
/// `ip [-n ns] -j args...` (an empty array on no output).
QJsonArray ipJson(const QString& ns, const QStringList& args);
QStringList namedNamespaces();
/// The `ip -j link` object of an interface, or an empty object.
QJsonObject ipLink(const QString& ns, const QString& name);
bool ipLinkExists(const QString& ns, const QString& name);
bool ipLinkUp(const QString& ns, const QString& name);
/// The global-or-host-scope addresses of an interface, as "10.1.1.1/24".
QStringList ipAddresses(const QString& ns, const QString& dev);
/// Everything `ip -j` says about every namespace (without link-local noise).
QByteArray ipSnapshot();

/// Whether the log has `command` done at or after entry `from`.
bool logHasDone(const NetnsStudio::CommandLog& log, qsizetype from, const QString& command);
/// Every entry of the log, one a line with its state, for failure messages.
QString logDump(const NetnsStudio::CommandLog& log);

/// Acts on the next modal dialog once it is up; *outcome gets act's answer (empty:
/// done as meant) or why no dialog came. A dialog left open is rejected.
void onNextModalDialog(std::function<QString(QDialog*)> act, QString* outcome);
/// Fills a NameDialog's fields by typing, then clicks OK.
QString fillNameDialog(QDialog* dialog, const QStringList& names);
/// For onNextModalDialog: clicks Yes on a question (a QMessageBox); *text and
/// *informativeText, where not null, get what it asked.
std::function<QString(QDialog*)> answerYes(QString* text, QString* informativeText);

/// Settings and runtime directory of the test's own (on the sandbox's private /run
/// when in the sandbox), and the offscreen platform unless another is set. Make it
/// before the QApplication.
class Environment {
public:
    explicit Environment(const char* name);
    bool isValid() const { return m_config.isValid() && m_runtime.isValid(); }

private:
    QString m_base;
    QTemporaryDir m_config;
    QTemporaryDir m_runtime;
};

/// The application's names (its settings go under them) and the D-Bus types; for run().
void setUpApplication(const char* name);

/// The main() of a GUI test case: its own Environment, the application, the test.
template <class TestCase>
int run(const char* name, int argc, char** argv)
{
    Environment environment(name);
    if (!environment.isValid())
        return 1;
    QApplication app(argc, argv);
    setUpApplication(name);
    TestCase test;
    return QTest::qExec(&test, argc, argv);
}

/// What a test case on the real main window, against the real helper, has around its
/// test functions. The test case derives from it and declares only its test functions.
///  - Before the first (skipped outside scripts/sandbox): no named namespace yet, `ip -j`
///    noted (ipAtStart), the helper connected, the window shown and active, and what
///    isLoaded() waits for there.
///  - Before each: the window active again (a closed dialog may have left none active).
///  - After each: a failure, or a command of the function's that failed in the command
///    log, fails it, prints stateDump(), and (as the functions build on each other)
///    skips the later ones.
class WindowFixture : public QObject {
    Q_OBJECT

public:
    ~WindowFixture() override;

protected:
    /// The window as netns-studio opens it on a live host, or with --playground.
    enum class Opens { Live, Playground };
    explicit WindowFixture(Opens opens);
    /// The window's size, where not its own.
    void setWindowSize(const QSize& size) { m_size = size; }
    /// Every test function stands on its own: a failed one does not skip the later ones.
    void setFunctionsIndependent() { m_skipAfterFailure = false; }

    NetnsStudio::HelperClient* helper() const { return m_helper.get(); }
    NetnsStudio::MainWindow* window() const { return m_window.get(); }
    /// `ip -j` of everything before the window opened.
    const QByteArray& ipAtStart() const { return m_ipAtStart; }
    /// The number of command log entries before the current test function.
    qsizetype logStart() const { return m_logStart; }
    /// Whether the log has `command` done since the current test function began.
    bool logHasDone(const QString& command) const;
    QString logDump() const;
    /// With NETNS_STUDIO_SCREENSHOTS=DIR, saves the window as DIR/name.
    void screenshot(const QString& name);

    /// Before the window opens (what the test case makes with ip, say).
    virtual void prepareHost() {}
    /// What the window must show before the first test function: by default, a namespace.
    virtual bool isLoaded() const;
    /// Once the window shows it.
    virtual void windowLoaded() {}
    /// Before each test function, once the window is active.
    virtual void prepareFunction() {}
    /// What is printed when a test function fails, and by WAIT_FOR: by default the
    /// command log and the message bar.
    virtual QString stateDump() const;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

private:
    const Opens m_opens;
    QSize m_size;
    bool m_skipAfterFailure = true;
    std::unique_ptr<NetnsStudio::HelperClient> m_helper;
    std::unique_ptr<NetnsStudio::MainWindow> m_window;
    QByteArray m_ipAtStart;
    qsizetype m_logStart = 0;
    bool m_broken = false; ///< a function failed: later ones would only add noise
    QElapsedTimer m_functionTime;
};

} // namespace GuiTest

/// In a WindowFixture: waits for cond, printing the state if it never comes.
#define WAIT_FOR(cond) QTRY_VERIFY2_WITH_TIMEOUT((cond), qPrintable(stateDump()), GuiTest::kTimeoutMs)
