// SPDX-License-Identifier: GPL-3.0-or-later
#include "PingPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace NetnsStudio {

namespace {

QLabel* wrappedLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // names and reasons come from the system
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void setShownText(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

PingPanel::PingPanel(QWidget* parent)
    : QWidget(parent), m_source(new QComboBox(this)), m_address(new QLineEdit(this)),
      m_ping(new QPushButton(tr("&Ping"), this)), m_error(wrappedLabel(QStringLiteral("PingInputError"), this)),
      m_hint(wrappedLabel(QStringLiteral("PingHint"), this)), m_title(wrappedLabel(QStringLiteral("PingTitle"), this)),
      m_expectation(wrappedLabel(QStringLiteral("PingExpectation"), this)), m_results(new QListWidget(this)),
      m_summary(wrappedLabel(QStringLiteral("PingSummary"), this)),
      m_verdict(wrappedLabel(QStringLiteral("PingVerdict"), this))
{
    m_source->setObjectName(QStringLiteral("PingSourceCombo"));
    m_source->setAccessibleName(tr("Ping from"));
    m_address->setObjectName(QStringLiteral("PingAddressEdit"));
    m_address->setAccessibleName(tr("Address to ping"));
    m_address->setPlaceholderText(tr("an IP address, or click one"));
    m_address->setClearButtonEnabled(true);
    // The field's own clear button (shown once there is text) is a tool button without text.
    for (QToolButton* button : m_address->findChildren<QToolButton*>())
        button->setAccessibleName(tr("Clear"));
    m_ping->setObjectName(QStringLiteral("PingButton"));
    m_ping->setToolTip(tr("Send three echo requests, one a second, from inside the namespace"));
    auto* clear = new QPushButton(tr("Clear"), this);
    clear->setObjectName(QStringLiteral("PingClearButton"));
    clear->setToolTip(tr("Take the ping off the diagram (Esc)"));
    m_results->setObjectName(QStringLiteral("PingResults"));
    m_results->setWordWrap(true);
    m_results->setMinimumHeight(5 * m_results->fontMetrics().lineSpacing());
    m_results->setAccessibleName(tr("Ping replies"));
    QPalette problem = m_error->palette();
    problem.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
    m_error->setPalette(problem);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary->setFont(bold);

    auto* form = new QFormLayout;
    form->addRow(tr("Fr&om:"), m_source);
    form->addRow(tr("To:"), m_address);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_ping);
    buttons->addWidget(clear);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);
    layout->addWidget(m_title);
    layout->addWidget(m_expectation);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_verdict);

    auto request = [this] { emit pingRequested(source(), address()); };
    connect(m_ping, &QPushButton::clicked, this, request);
    connect(m_address, &QLineEdit::returnPressed, this, request);
    connect(m_address, &QLineEdit::textEdited, this, [this] { showInputError({}); });
    connect(clear, &QPushButton::clicked, this, &PingPanel::clearRequested);
}

void PingPanel::setNamespaces(const Topology& topology)
{
    const NamespaceId chosen = source();
    m_source->clear();
    for (const Namespace& ns : topology.namespaces)
        m_source->addItem(ns.label, QVariant::fromValue(ns.id));
    setSource(chosen);
}

void PingPanel::setSource(NamespaceId id)
{
    const int index = m_source->findData(QVariant::fromValue(id));
    if (index >= 0)
        m_source->setCurrentIndex(index);
}

NamespaceId PingPanel::source() const
{
    return m_source->currentData().value<NamespaceId>();
}

void PingPanel::setAddress(const QString& address)
{
    m_address->setText(address);
    showInputError({});
}

QString PingPanel::address() const
{
    return m_address->text().trimmed();
}

void PingPanel::focusAddress()
{
    m_address->setFocus();
    m_address->selectAll();
}

void PingPanel::showInputError(const QString& text)
{
    setShownText(m_error, text);
}

QString PingPanel::inputError() const
{
    return m_error->text();
}

void PingPanel::startRun(const QString& title, const QString& expectation)
{
    clearResults();
    setShownText(m_title, title);
    setShownText(m_expectation, expectation);
}

void PingPanel::addReply(uint seq, double rttMs)
{
    ++m_replies;
    m_results->addItem(tr("Reply to request %1 after %2 ms").arg(seq).arg(rttMs, 0, 'f', 3));
    m_results->scrollToBottom();
}

void PingPanel::addNoReply(uint seq, const QString& status, const QString& detail)
{
    const QString what = status == QLatin1String("timeout") ? tr("No reply to request %1 in time").arg(seq)
                                                            : tr("Request %1 failed").arg(seq);
    auto* item = new QListWidgetItem(detail.isEmpty() ? what : what + QStringLiteral(": ") + detail, m_results);
    item->setForeground(QColor(0xd3, 0x2f, 0x2f));
    m_results->scrollToBottom();
}

void PingPanel::finishRun(const QString& summary, const QString& verdict, bool problem)
{
    setShownText(m_summary, summary);
    setShownText(m_verdict, verdict);
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
    m_verdict->setPalette(palette);
}

void PingPanel::clearResults()
{
    m_replies = 0;
    m_results->clear();
    for (QLabel* label : {m_title, m_expectation, m_summary, m_verdict})
        setShownText(label, {});
}

void PingPanel::showHint(const QString& text)
{
    setShownText(m_hint, text);
}

int PingPanel::resultCount() const
{
    return m_results->count();
}

QString PingPanel::summary() const
{
    return m_summary->text();
}

QString PingPanel::verdict() const
{
    return m_verdict->text();
}

} // namespace NetnsStudio
