// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Topology.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace NetnsStudio {

/// The ping tool's panel: where from and to what, the replies and their round-trip
/// times as they come, the explainer's expectation and the verdict, in plain words.
/// It shows what PingTool tells it and asks for pings; it runs nothing itself.
class PingPanel : public QWidget {
    Q_OBJECT
public:
    explicit PingPanel(QWidget* parent = nullptr);

    /// The namespaces to ping from; keeps the chosen one when it is still there.
    void setNamespaces(const Topology& topology);
    void setSource(NamespaceId id);
    NamespaceId source() const;
    void setAddress(const QString& address);
    QString address() const;
    void focusAddress();

    /// Why the address (or the namespace) cannot be pinged; empty hides it.
    void showInputError(const QString& text);
    QString inputError() const;
    /// A new run: forgets the results of the last one.
    void startRun(const QString& title, const QString& expectation);
    void addReply(uint seq, double rttMs);
    void addNoReply(uint seq, const QString& status, const QString& detail);
    /// The outcome: a summary line, and a verdict (why it fails, or that the explainer
    /// disagrees) shown as a problem when `problem`.
    void finishRun(const QString& summary, const QString& verdict, bool problem);
    void clearResults();
    /// A hint for what to click next; empty hides it.
    void showHint(const QString& text);

    int replyCount() const { return m_replies; }
    int resultCount() const;
    QString summary() const;
    QString verdict() const;

signals:
    void pingRequested(NamespaceId source, const QString& address);
    void clearRequested();

private:
    QComboBox* m_source;
    QLineEdit* m_address;
    QPushButton* m_ping;
    QLabel* m_error;
    QLabel* m_hint;
    QLabel* m_title;
    QLabel* m_expectation;
    QListWidget* m_results;
    QLabel* m_summary;
    QLabel* m_verdict;
    int m_replies = 0;
};

} // namespace NetnsStudio
