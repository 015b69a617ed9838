// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Topology.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace NetnsStudio {

class EditController;
class TopologyModel;

/// The properties dock: the fields of the selected namespace or interface, and the
/// edits that make sense for it. Reads the model; changes go to the EditController.
class PropertiesPanel : public QWidget {
    Q_OBJECT
public:
    PropertiesPanel(const TopologyModel* model, EditController* edits, QWidget* parent = nullptr);

    /// What to show: a namespace (ifindex 0) or an interface; id 0 shows nothing.
    void showItem(NamespaceId id, int ifindex);
    /// Puts the cursor in the name field, for renaming.
    void focusName();
    /// Puts the cursor in the new address field.
    void focusNewAddress();

private:
    void refresh();

    const TopologyModel* m_model;
    EditController* m_edits;
    NamespaceId m_ns = 0;
    int m_ifindex = 0;

    QLabel* m_title;
    QLabel* m_details;
    QWidget* m_linkEditor;
    QLineEdit* m_name;
    QCheckBox* m_up;
    QCheckBox* m_masquerade;
    QSpinBox* m_mtu;
    QListWidget* m_addresses;
    QLineEdit* m_newAddress;
    QPushButton* m_addAddress;
    QPushButton* m_removeAddress;
};

} // namespace NetnsStudio
