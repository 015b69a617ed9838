// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QTreeView;

namespace NetnsStudio {

class HelperClient;
class InventoryModel;
class MessageBar;
class TopologyModel;
struct HelperError;

/// The main window: the inventory of namespaces, a message bar, and the actions.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// playground: the window shows a private sandbox, and says so in its title.
    MainWindow(HelperClient* helper, bool playground, QWidget* parent = nullptr);

    TopologyModel* topologyModel() const { return m_model; }
    MessageBar* messageBar() const { return m_messageBar; }
    QTreeView* inventoryView() const { return m_inventoryView; }

public slots:
    void refresh();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void showHelperError(const HelperError& error);
    void updateStatus();

    HelperClient* m_helper;
    TopologyModel* m_model;
    InventoryModel* m_inventory;
    MessageBar* m_messageBar;
    QTreeView* m_inventoryView;
};

} // namespace NetnsStudio
