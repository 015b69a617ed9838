// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the GUI tests share: `ip -j` as the oracle, acting on modal dialogs, and an
// environment of their own (settings, runtime directory) so that they never touch a
// person's settings.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>

class QDialog;
namespace NetnsStudio {
class CommandLog;
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

} // namespace GuiTest
