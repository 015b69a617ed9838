// SPDX-License-Identifier: GPL-3.0-or-later
#include "PropertiesPanel.h"

#include "CidrValidator.h"
#include "DiagramItems.h"
#include "EditController.h"
#include "TopologyModel.h"
#include "Validation.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace NetnsStudio {

PropertiesPanel::PropertiesPanel(const TopologyModel* model, EditController* edits, QWidget* parent)
    : QWidget(parent), m_model(model), m_edits(edits), m_title(new QLabel(this)),
      m_details(new QLabel(this)), m_linkEditor(new QWidget(this)), m_name(new QLineEdit(this)),
      m_up(new QCheckBox(tr("Up (administratively)"), this)),
      m_masquerade(new QCheckBox(tr("Masquerade outgoing traffic (NAT)"), this)), m_mtu(new QSpinBox(this)),
      m_addresses(new QListWidget(this)), m_newAddress(new QLineEdit(this)),
      m_addAddress(new QPushButton(tr("Add"), this)), m_removeAddress(new QPushButton(tr("Remove"), this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_name->setObjectName(QStringLiteral("NameEdit"));
    m_name->setAccessibleName(tr("Interface name"));
    m_name->setToolTip(tr("Type a new name and press Enter to rename the interface."));
    m_up->setObjectName(QStringLiteral("UpCheck"));
    m_masquerade->setObjectName(QStringLiteral("MasqueradeCheck"));
    m_masquerade->setToolTip(tr("Give IPv4 packets that leave by this interface its address as "
                                "their source, so that replies find their way back."));
    m_mtu->setObjectName(QStringLiteral("MtuSpin"));
    m_mtu->setRange(68, 65536);
    m_mtu->setAccessibleName(tr("MTU"));
    m_mtu->setKeyboardTracking(false);
    m_addresses->setObjectName(QStringLiteral("AddressList"));
    m_addresses->setAccessibleName(tr("Addresses"));
    m_newAddress->setObjectName(QStringLiteral("NewAddressEdit"));
    m_newAddress->setPlaceholderText(tr("10.1.1.1/24 or fd00::1/64"));
    m_newAddress->setAccessibleName(tr("New address"));
    m_newAddress->setValidator(new CidrValidator(m_newAddress));
    m_addAddress->setObjectName(QStringLiteral("AddAddressButton"));
    m_addAddress->setEnabled(false);
    m_removeAddress->setObjectName(QStringLiteral("RemoveAddressButton"));

    auto* form = new QFormLayout(m_linkEditor);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_up);
    form->addRow(QString(), m_masquerade);
    form->addRow(tr("&MTU:"), m_mtu);
    form->addRow(tr("&Addresses:"), m_addresses);
    form->addRow(QString(), m_newAddress);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addAddress);
    addRow->addWidget(m_removeAddress);
    addRow->addStretch(1);
    form->addRow(QString(), addRow);

    setMinimumWidth(300); // so the dock does not jump with what it shows
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_linkEditor);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::returnPressed, this, [this] {
        const QString error = Validation::interfaceNameError(m_name->text());
        if (!error.isEmpty()) {
            m_name->setToolTip(error);
            return;
        }
        m_edits->renameLink(m_ns, m_ifindex, m_name->text());
    });
    connect(m_up, &QCheckBox::clicked, this, [this](bool on) { m_edits->setLinkUp(m_ns, m_ifindex, on); });
    connect(m_masquerade, &QCheckBox::clicked, this,
            [this](bool on) { m_edits->setMasquerade(m_ns, m_ifindex, on); });
    connect(m_mtu, &QSpinBox::editingFinished, this, [this] {
        m_edits->setMtu(m_ns, m_ifindex, quint32(m_mtu->value()));
    });
    connect(m_newAddress, &QLineEdit::textChanged, this,
            [this] { m_addAddress->setEnabled(m_newAddress->hasAcceptableInput()); });
    auto add = [this] {
        if (!m_newAddress->hasAcceptableInput())
            return;
        m_edits->addAddress(m_ns, m_ifindex, m_newAddress->text());
        m_newAddress->clear();
        m_newAddress->clearFocus(); // so that Ctrl+Z undoes the change, not the typing
    };
    connect(m_addAddress, &QPushButton::clicked, this, add);
    connect(m_newAddress, &QLineEdit::returnPressed, this, add);
    connect(m_removeAddress, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_addresses->currentItem())
            m_edits->deleteAddress(m_ns, m_ifindex, item->text());
    });
    connect(model, &TopologyModel::reset, this, &PropertiesPanel::refresh);
    refresh();
}

void PropertiesPanel::showItem(NamespaceId id, int ifindex)
{
    m_ns = id;
    m_ifindex = ifindex;
    refresh();
}

void PropertiesPanel::focusName()
{
    if (m_linkEditor->isVisible()) {
        m_name->setFocus();
        m_name->selectAll();
    }
}

void PropertiesPanel::focusNewAddress()
{
    if (m_linkEditor->isVisible())
        m_newAddress->setFocus();
}

void PropertiesPanel::refresh()
{
    const Namespace* ns = m_model->topology().namespaceById(m_ns);
    const Link* link = ns && m_ifindex ? ns->linkByIndex(m_ifindex) : nullptr;
    m_linkEditor->setVisible(link != nullptr);
    if (!ns) {
        m_title->setText(tr("Nothing selected"));
        m_details->setText(tr("Select a namespace or an interface in the diagram or the inventory."));
        return;
    }
    if (!link) {
        m_title->setText(ns->label);
        QStringList lines{tr("Kind: %1").arg(kindBadge(ns->kind)), tr("Id (inode): %1").arg(ns->id)};
        if (!ns->name.isEmpty())
            lines << tr("Name: %1").arg(ns->name);
        if (!ns->pids.isEmpty()) {
            QStringList pids;
            for (quint32 pid : ns->pids.mid(0, 10))
                pids << QString::number(pid);
            lines << tr("Held by processes: %1").arg(pids.join(QLatin1String(", ")));
        }
        lines << tr("%n interface(s), %1 route(s)", nullptr, int(ns->links.size())).arg(ns->routes.size());
        m_details->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    m_title->setText(link->name);
    QStringList lines{tr("In: %1").arg(ns->label),
                      tr("Kind: %1").arg(link->kind.isEmpty() ? link->linkType : link->kind),
                      tr("State: %1").arg(link->operstate)};
    if (!link->mac.isEmpty())
        lines << tr("MAC: %1").arg(link->mac);
    if (!link->master.isEmpty())
        lines << tr("Port of: %1").arg(link->master);
    if (link->peer.isValid()) {
        const Namespace* peerNs = m_model->topology().namespaceById(link->peer.namespaceId);
        lines << tr("Peer: %1 in %2").arg(link->peer.name, peerNs ? peerNs->label : tr("a namespace not visible"));
    }
    m_details->setText(lines.join(QLatin1Char('\n')));
    if (!m_name->hasFocus())
        m_name->setText(link->name);
    m_up->setChecked(link->up);
    m_masquerade->setChecked(link->masquerade);
    m_masquerade->setEnabled(link->linkType != QLatin1String("loopback"));
    if (!m_mtu->hasFocus())
        m_mtu->setValue(int(link->mtu));
    m_addresses->clear();
    m_addresses->addItems(link->addresses);
    m_removeAddress->setEnabled(!link->addresses.isEmpty());
}

} // namespace NetnsStudio
