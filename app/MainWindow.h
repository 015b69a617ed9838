// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Topology.h"

#include <QMainWindow>

class QAction;
class QLineEdit;
class QListView;
class QTreeView;

namespace NetnsStudio {

class CommandLog;
class DiagramScene;
class DiagramView;
class EditController;
class HelperClient;
class InventoryModel;
class LabFiles;
class LayoutStore;
class LessonsPanel;
class MessageBar;
class PingTool;
class PropertiesPanel;
class TopologyModel;
struct HelperError;

/// The main window: the diagram in the middle; inventory, properties and command
/// log as docks; a message bar; menus, toolbar and shortcuts for every edit.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// playground: the window shows a private sandbox, and says so in its title.
    MainWindow(HelperClient* helper, bool playground, QWidget* parent = nullptr);
    ~MainWindow() override;

    TopologyModel* topologyModel() const { return m_model; }
    MessageBar* messageBar() const { return m_messageBar; }
    QTreeView* inventoryView() const { return m_inventoryView; }
    DiagramScene* scene() const { return m_scene; }
    DiagramView* view() const { return m_view; }
    EditController* edits() const { return m_edits; }
    CommandLog* commandLog() const { return m_log; }
    PropertiesPanel* properties() const { return m_properties; }
    PingTool* pingTool() const { return m_pingTool; }
    LessonsPanel* lessons() const { return m_lessons; }
    LabFiles* labs() const { return m_labs; }

public slots:
    void refresh();
    void newNamespace();
    void newVethPair(NamespaceId from, NamespaceId to);
    void deleteSelection();
    void renameSelection();
    void toggleSelectionUp();
    void exportDiagram();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createDocks();
    void showHelperError(const HelperError& error);
    void reconnect();
    void updateStatus();
    void syncSelectionFromScene();
    void syncSelectionFromInventory();
    void find(const QString& text);
    void showContextMenu(const QPoint& viewPos);
    /// The selected namespace and interface (ifindex 0 for a box); id 0 for none.
    QPair<NamespaceId, int> selection() const;

    HelperClient* m_helper;
    TopologyModel* m_model;
    InventoryModel* m_inventory;
    LayoutStore* m_layout;
    DiagramScene* m_scene;
    DiagramView* m_view;
    CommandLog* m_log;
    EditController* m_edits;
    MessageBar* m_messageBar;
    QTreeView* m_inventoryView;
    QListView* m_logView;
    PropertiesPanel* m_properties;
    LessonsPanel* m_lessons;
    QLineEdit* m_search;
    PingTool* m_pingTool;
    LabFiles* m_labs;
    bool m_firstTopology = true;
    bool m_syncing = false;
};

} // namespace NetnsStudio
