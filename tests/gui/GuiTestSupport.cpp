// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "CommandLog.h"
#include "HelperClient.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "TopologyDBus.h"
#include "TopologyModel.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

#include <memory>

namespace GuiTest {

namespace {

QtMessageHandler g_testlibHandler = nullptr;

/// The offscreen platform warns about size hints whenever a dock or dialog shows;
/// that says nothing about the program, so it is dropped before QtTest sees it.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    g_testlibHandler(type, context, message);
}

} // namespace

void installQuietMessageHandler()
{
    g_testlibHandler = qInstallMessageHandler(quietHandler);
}

void restoreMessageHandler()
{
    if (g_testlibHandler)
        qInstallMessageHandler(g_testlibHandler);
    g_testlibHandler = nullptr;
}

// ------------------------------------------------------------------ the ip oracle

QString ipProgram()
{
    static const QString path = [] {
        QString p = QStandardPaths::findExecutable(QStringLiteral("ip"));
        if (p.isEmpty())
            p = QStandardPaths::findExecutable(QStringLiteral("ip"), {QStringLiteral("/usr/sbin"),
                                                                    QStringLiteral("/sbin")});
        return p;
    }();
    return path;
}

/// Runs `ip [-n ns] -j args...` and returns its JSON (an empty array on no output).
QJsonArray ipJson(const QString& ns, const QStringList& args)
{
    QStringList all;
    if (!ns.isEmpty())
        all << QStringLiteral("-n") << ns;
    all << QStringLiteral("-j") << args;
    QProcess ip;
    ip.start(ipProgram(), all);
    if (!ip.waitForFinished(10000) || ip.exitStatus() != QProcess::NormalExit)
        return {};
    const QByteArray out = ip.readAllStandardOutput().trimmed();
    if (out.isEmpty())
        return {};
    return QJsonDocument::fromJson(out).array();
}

QStringList namedNamespaces()
{
    QStringList names;
    for (const QJsonValue& v : ipJson({}, {QStringLiteral("netns"), QStringLiteral("list")}))
        names << v.toObject().value(QStringLiteral("name")).toString();
    names.sort();
    return names;
}

/// The `ip -j link` object of an interface, or an empty object.
QJsonObject ipLink(const QString& ns, const QString& name)
{
    for (const QJsonValue& v : ipJson(ns, {QStringLiteral("link"), QStringLiteral("show")}))
        if (v.toObject().value(QStringLiteral("ifname")).toString() == name)
            return v.toObject();
    return {};
}

bool ipLinkExists(const QString& ns, const QString& name)
{
    return !ipLink(ns, name).isEmpty();
}

bool ipLinkUp(const QString& ns, const QString& name)
{
    return ipLink(ns, name).value(QStringLiteral("flags")).toArray().contains(QStringLiteral("UP"));
}

/// The global-or-host-scope addresses of an interface, as "10.1.1.1/24".
QStringList ipAddresses(const QString& ns, const QString& dev)
{
    QStringList out;
    for (const QJsonValue& v : ipJson(ns, {QStringLiteral("addr"), QStringLiteral("show")})) {
        if (v.toObject().value(QStringLiteral("ifname")).toString() != dev)
            continue;
        for (const QJsonValue& a : v.toObject().value(QStringLiteral("addr_info")).toArray())
            if (a.toObject().value(QStringLiteral("scope")).toString() != QLatin1String("link"))
                out << QStringLiteral("%1/%2").arg(a.toObject().value(QStringLiteral("local")).toString())
                           .arg(a.toObject().value(QStringLiteral("prefixlen")).toInt());
    }
    return out;
}

namespace {

/// Drops what the kernel makes on its own and what is not the test's business:
/// link-local (fe80::/64) addresses and routes.
QJsonArray normalised(QJsonArray items)
{
    QJsonArray out;
    for (QJsonValueRef ref : items) {
        QJsonObject o = ref.toObject();
        if (o.contains(QStringLiteral("addr_info"))) {
            QJsonArray kept;
            for (const QJsonValue& a : o.value(QStringLiteral("addr_info")).toArray())
                if (a.toObject().value(QStringLiteral("scope")).toString() != QLatin1String("link"))
                    kept << a;
            o.insert(QStringLiteral("addr_info"), kept);
        }
        if (o.value(QStringLiteral("dst")).toString().startsWith(QLatin1String("fe80:")))
            continue;
        out << o;
    }
    return out;
}

} // namespace

/// Everything `ip -j` says about every namespace (host and named), as one JSON text.
QByteArray ipSnapshot()
{
    QJsonObject all;
    QStringList spaces{QString()};
    spaces += namedNamespaces();
    for (const QString& ns : std::as_const(spaces)) {
        QJsonObject one;
        one.insert(QStringLiteral("link"), normalised(ipJson(ns, {QStringLiteral("-d"), QStringLiteral("link"),
                                                                  QStringLiteral("show")})));
        one.insert(QStringLiteral("addr"), normalised(ipJson(ns, {QStringLiteral("addr"), QStringLiteral("show")})));
        one.insert(QStringLiteral("route"), normalised(ipJson(ns, {QStringLiteral("route"), QStringLiteral("show"),
                                                                   QStringLiteral("table"), QStringLiteral("all")})));
        all.insert(ns.isEmpty() ? QStringLiteral("(host)") : ns, one);
    }
    all.insert(QStringLiteral("(netns list)"), QJsonArray::fromStringList(namedNamespaces()));
    return QJsonDocument(all).toJson(QJsonDocument::Indented);
}

// ------------------------------------------------------------------ dialogs

/// Acts on the next modal dialog as soon as it is up (a dialog's exec() blocks the
/// mouse or key event that opened it, so the test must act from inside its loop).
/// act returns an empty string when it closed the dialog as it meant to, else why
/// not; *outcome gets that (or why no dialog came). A dialog that act leaves open is
/// rejected, so that a failure never hangs the test.
void onNextModalDialog(std::function<QString(QDialog*)> act, QString* outcome)
{
    *outcome = QStringLiteral("(the dialog was not handled yet)");
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    auto deadline = std::make_shared<QDeadlineTimer>(kTimeoutMs);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, deadline, act = std::move(act), outcome] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible()) {
            if (deadline->hasExpired()) {
                *outcome = QStringLiteral("no modal dialog appeared");
                timer->stop();
                timer->deleteLater();
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        *outcome = act(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}

/// Fills a NameDialog's fields (NameEdit0, NameEdit1, ...) by typing, then clicks OK.
QString fillNameDialog(QDialog* dialog, const QStringList& names)
{
    for (int i = 0; i < names.size(); ++i) {
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("NameEdit%1").arg(i));
        if (!edit)
            return QStringLiteral("the dialog '%1' has no NameEdit%2").arg(dialog->windowTitle()).arg(i);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier); // select what was proposed
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, names[i]);
        if (edit->text() != names[i])
            return QStringLiteral("NameEdit%1 says '%2' after typing '%3'").arg(i).arg(edit->text(), names[i]);
    }
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QPushButton* ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
    if (!ok)
        return QStringLiteral("the dialog has no OK button");
    if (!ok->isEnabled()) {
        QStringList labels;
        for (QLabel* label : dialog->findChildren<QLabel*>())
            if (label->isVisible())
                labels << label->text();
        return QStringLiteral("OK is disabled; the dialog says: %1").arg(labels.join(QLatin1String(" | ")));
    }
    QTest::mouseClick(ok, Qt::LeftButton);
    return dialog->result() == QDialog::Accepted ? QString() : QStringLiteral("OK did not accept the dialog");
}

std::function<QString(QDialog*)> answerYes(QString* text, QString* informativeText)
{
    return [text, informativeText](QDialog* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        if (!box)
            return QStringLiteral("the dialog is not a question");
        if (text)
            *text = box->text();
        if (informativeText)
            *informativeText = box->informativeText();
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        return QString();
    };
}

Environment::Environment(const char* name)
    : m_base(qgetenv("NETNS_STUDIO_SANDBOX") == "1" ? QStringLiteral("/run") : QDir::tempPath()),
      m_config(m_base + QStringLiteral("/%1-config-XXXXXX").arg(QLatin1String(name))),
      m_runtime(m_base + QStringLiteral("/%1-runtime-XXXXXX").arg(QLatin1String(name))) // 0700, as it must be
{
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

bool logHasDone(const NetnsStudio::CommandLog& log, qsizetype from, const QString& command)
{
    const QList<NetnsStudio::CommandLog::Entry>& entries = log.entries();
    for (qsizetype i = from; i < entries.size(); ++i)
        if (entries[i].command == command && entries[i].status == NetnsStudio::CommandLog::Status::Done)
            return true;
    return false;
}

QString logDump(const NetnsStudio::CommandLog& log)
{
    QStringList lines;
    static const char* const names[] = {"pending", "done", "FAILED"};
    for (const NetnsStudio::CommandLog::Entry& e : log.entries())
        lines << QStringLiteral("  [%1] %2 %3").arg(QLatin1String(names[int(e.status)]), e.command, e.error);
    return lines.join(QLatin1Char('\n'));
}

void setUpApplication(const char* name)
{
    QCoreApplication::setOrganizationName(QStringLiteral("netns-studio-tests"));
    QCoreApplication::setApplicationName(QLatin1String(name));
    NetnsStudio::registerDBusTypes();
}

// ------------------------------------------------------------------ the window fixture

WindowFixture::WindowFixture(Opens opens) : m_opens(opens) {}

WindowFixture::~WindowFixture() = default;

void WindowFixture::initTestCase()
{
    if (qgetenv("NETNS_STUDIO_SANDBOX") != "1")
        QSKIP("changes network namespaces: runs only inside scripts/sandbox");
    installQuietMessageHandler();
    QVERIFY2(!ipProgram().isEmpty(), "ip (iproute2) is not installed");
    QCOMPARE(namedNamespaces(), QStringList());
    m_ipAtStart = ipSnapshot();
    prepareHost();
    if (QTest::currentTestFailed())
        return;

    m_helper = std::make_unique<NetnsStudio::HelperClient>(QDBusConnection::systemBus());
    QVERIFY2(m_helper->isConnected(), qPrintable(m_helper->connectionError()));
    m_window = std::make_unique<NetnsStudio::MainWindow>(m_helper.get(), m_opens == Opens::Playground);
    if (m_size.isValid())
        m_window->resize(m_size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(isLoaded(), kTimeoutMs);
    windowLoaded();
}

void WindowFixture::cleanupTestCase()
{
    restoreMessageHandler();
    m_window.reset();
    m_helper.reset();
}

void WindowFixture::init()
{
    if (m_broken)
        QSKIP("an earlier step failed");
    m_logStart = m_window->commandLog()->entries().size();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    prepareFunction();
    m_functionTime.start();
}

void WindowFixture::cleanup()
{
    if (QTest::currentTestFailed()) {
        m_broken = m_skipAfterFailure;
        qWarning().noquote() << "state:\n" << stateDump();
    } else {
        qInfo("%s took %lld ms", QTest::currentTestFunction(), qint64(m_functionTime.elapsed()));
    }
    for (const NetnsStudio::CommandLog::Entry& entry : m_window->commandLog()->entries().mid(m_logStart))
        if (entry.status == NetnsStudio::CommandLog::Status::Failed) {
            m_broken = m_skipAfterFailure;
            QFAIL(qPrintable(QStringLiteral("'%1' failed: %2").arg(entry.command, entry.error)));
        }
}

bool WindowFixture::isLoaded() const
{
    return !m_window->topologyModel()->topology().namespaces.isEmpty();
}

QString WindowFixture::stateDump() const
{
    return QStringLiteral("command log:\n%1\nmessage bar: %2").arg(logDump(), m_window->messageBar()->text());
}

bool WindowFixture::logHasDone(const QString& command) const
{
    return GuiTest::logHasDone(*m_window->commandLog(), m_logStart, command);
}

QString WindowFixture::logDump() const
{
    return GuiTest::logDump(*m_window->commandLog());
}

void WindowFixture::screenshot(const QString& name)
{
    const QString dir = qEnvironmentVariable("NETNS_STUDIO_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(300); // let the window paint what it shows now
    const QPixmap shot = m_window->screen()->grabWindow(m_window->winId());
    QVERIFY2(!shot.isNull() && shot.save(QDir(dir).filePath(name)),
             qPrintable(QStringLiteral("cannot save %1").arg(name)));
}

} // namespace GuiTest
