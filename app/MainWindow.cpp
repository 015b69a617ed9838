// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "CommandLog.h"
#include "DiagramExport.h"
#include "DiagramItems.h"
#include "DiagramScene.h"
#include "DiagramView.h"
#include "EditController.h"
#include "HelperClient.h"
#include "InventoryModel.h"
#include "LabFiles.h"
#include "LayoutStore.h"
#include "LessonsPanel.h"
#include "MessageBar.h"
#include "NameDialog.h"
#include "PingTool.h"
#include "PropertiesPanel.h"
#include "TopologyModel.h"
#include "Validation.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace NetnsStudio {

MainWindow::MainWindow(HelperClient* helper, bool playground, QWidget* parent)
    : QMainWindow(parent), m_helper(helper), m_model(new TopologyModel(this)),
      m_inventory(new InventoryModel(m_model, this)), m_layout(new LayoutStore()),
      m_scene(new DiagramScene(m_model, m_layout, this)), m_view(new DiagramView(m_scene, this)),
      m_log(new CommandLog(this)), m_edits(new EditController(helper, m_model, m_log, this)),
      m_messageBar(new MessageBar(this)), m_inventoryView(new QTreeView(this)),
      m_logView(new QListView(this)), m_properties(new PropertiesPanel(m_model, m_edits, this)),
      m_lessons(new LessonsPanel(m_model, m_edits, helper, playground, this)),
      m_search(new QLineEdit(this)), m_pingTool(new PingTool(helper, m_model, m_scene, m_view, this)),
      m_labs(new LabFiles(this, m_model, m_scene, m_view, m_edits, helper, m_messageBar))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(playground ? tr("Netns Studio — Playground (a private sandbox: nothing here "
                                   "touches this computer's network)")
                              : tr("Netns Studio"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_labs->bar());
    layout->addWidget(m_view, 1);
    setCentralWidget(central);
    m_view->setObjectName(QStringLiteral("DiagramView"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);

    createDocks();
    createActions();

    connect(m_model, &TopologyModel::namespacesChanged, m_inventoryView, [this] { m_inventoryView->expandToDepth(0); });
    connect(m_model, &TopologyModel::reset, this, [this] {
        m_inventoryView->expandToDepth(0);
        updateStatus();
        if (m_firstTopology) {
            m_firstTopology = false;
            m_view->fitAll();
        }
    });
    connect(m_helper, &HelperClient::topologyFetched, m_model,
            qOverload<const Topology&>(&TopologyModel::setTopology));
    connect(m_helper, &HelperClient::failed, this, &MainWindow::showHelperError);
    connect(m_helper, &HelperClient::subscribed, this, [this](quint64 generation, const Topology& topology) {
        m_model->setTopology(generation, topology);
        if (!m_edits->isEnabled()) {
            m_edits->setEnabled(true);
            m_messageBar->showMessage(tr("The helper is back; the picture is live again."),
                                      MessageBar::Level::Information);
        }
    });
    connect(m_helper, &HelperClient::changed, this,
            [this](quint64 generation, const QList<Namespace>& changed, const QList<NamespaceId>& removed) {
                if (!m_model->applyChange(generation, changed, removed))
                    m_helper->subscribe(); // a change was missed: read everything again
                else
                    updateStatus();
            });
    connect(m_helper, &HelperClient::helperLost, this, [this] {
        m_edits->setEnabled(false);
        m_messageBar->showMessage(tr("The helper stopped. The picture shows the last state read and "
                                     "cannot be changed; reconnecting…"),
                                  MessageBar::Level::Error);
        reconnect();
    });
    connect(m_edits, &EditController::failed, this,
            [this](const QString& message) { m_messageBar->showMessage(message, MessageBar::Level::Error); });
    connect(m_edits, &EditController::changed, this, [this] {
        if (!m_helper->isSubscribed()) // when live, the change arrives by itself
            refresh();
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::syncSelectionFromScene);
    connect(m_scene, &DiagramScene::vethPairRequested, this, &MainWindow::newVethPair);
    connect(m_scene, &DiagramScene::newNamespaceRequested, this, &MainWindow::newNamespace);
    connect(m_scene, &DiagramScene::moveRequested, this,
            [this](NamespaceId from, int ifindex, const QString&, NamespaceId to) {
                m_edits->moveLink(from, ifindex, to);
            });

    resize(1280, 800);
    const QSettings settings;
    const bool restored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!restored)
        resizeDocks({findChild<QDockWidget*>(QStringLiteral("CommandLogDock"))}, {140}, Qt::Vertical);
    // The playground is for learning: it opens on the lessons.
    auto* lessonsDock = findChild<QDockWidget*>(QStringLiteral("LessonsDock"));
    if (playground) {
        lessonsDock->show();
        lessonsDock->raise();
    } else if (!restored) {
        lessonsDock->hide();
    }
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    statusBar()->showMessage(tr("Reading the namespaces of this host…"));
}

MainWindow::~MainWindow()
{
    delete m_scene; // before the layout store it writes to
    m_scene = nullptr;
    delete m_layout;
}

void MainWindow::createDocks()
{
    m_inventoryView->setModel(m_inventory);
    m_inventoryView->setObjectName(QStringLiteral("InventoryView"));
    m_inventoryView->setAccessibleName(tr("Inventory of namespaces"));
    m_inventoryView->setUniformRowHeights(true);
    m_inventoryView->setAlternatingRowColors(true);
    m_inventoryView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_inventoryView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::syncSelectionFromInventory);
    auto* inventoryDock = new QDockWidget(tr("Inventory"), this);
    inventoryDock->setObjectName(QStringLiteral("InventoryDock"));
    inventoryDock->setWidget(m_inventoryView);
    addDockWidget(Qt::LeftDockWidgetArea, inventoryDock);

    auto* lessonsDock = new QDockWidget(tr("Lessons"), this);
    lessonsDock->setObjectName(QStringLiteral("LessonsDock"));
    lessonsDock->setWidget(m_lessons);
    m_lessons->setPingTool(m_pingTool); // a lesson's ping also runs along its path on the diagram
    addDockWidget(Qt::LeftDockWidgetArea, lessonsDock);
    tabifyDockWidget(inventoryDock, lessonsDock);

    auto* propertiesDock = new QDockWidget(tr("Properties"), this);
    propertiesDock->setObjectName(QStringLiteral("PropertiesDock"));
    propertiesDock->setWidget(m_properties);
    addDockWidget(Qt::RightDockWidgetArea, propertiesDock);

    m_logView->setModel(m_log);
    m_logView->setObjectName(QStringLiteral("CommandLogView"));
    m_logView->setAccessibleName(tr("Command log"));
    m_logView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_logView->setWordWrap(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_logView->setFont(mono);
    auto* logPanel = new QWidget(this);
    auto* logLayout = new QVBoxLayout(logPanel);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_logView, 1);
    auto* buttons = new QHBoxLayout;
    auto* copy = new QPushButton(tr("&Copy"), logPanel);
    copy->setToolTip(tr("Copy the selected commands (all, when none is selected)"));
    auto* save = new QPushButton(tr("&Save as Script…"), logPanel);
    save->setToolTip(tr("Save the commands that were done as a bash script"));
    buttons->addWidget(copy);
    buttons->addWidget(save);
    buttons->addStretch(1);
    logLayout->addLayout(buttons);
    connect(m_log, &QAbstractItemModel::rowsInserted, m_logView, &QListView::scrollToBottom);
    connect(copy, &QPushButton::clicked, this, [this] {
        QStringList lines;
        const QModelIndexList rows = m_logView->selectionModel()->selectedRows();
        for (int row = 0; row < m_log->rowCount(); ++row)
            if (rows.isEmpty() || m_logView->selectionModel()->isRowSelected(row, {}))
                lines << m_log->index(row).data(CommandLog::CommandRole).toString();
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Commands as Script"),
                                                          QStringLiteral("netns-studio-commands.sh"),
                                                          tr("Shell scripts (*.sh)"));
        if (path.isEmpty())
            return;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_log->script().toUtf8()) < 0) {
            m_messageBar->showMessage(tr("Cannot save %1: %2").arg(path, file.errorString()), MessageBar::Level::Error);
            return;
        }
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    });
    auto* logDock = new QDockWidget(tr("Command Log"), this);
    logDock->setObjectName(QStringLiteral("CommandLogDock"));
    logDock->setWidget(logPanel);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
}

void MainWindow::createActions()
{
    QToolBar* tools = addToolBar(tr("Tools"));
    tools->setObjectName(QStringLiteral("ToolsBar"));
    auto addAction = [this](QMenu* menu, const QString& text, auto slot, const QKeySequence& key,
                            const QString& tip, const QString& icon = {}) {
        QAction* action = menu->addAction(QIcon::fromTheme(icon), text);
        connect(action, &QAction::triggered, this, slot);
        action->setShortcut(key);
        action->setToolTip(tip + (key.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText))));
        action->setStatusTip(tip);
        return action;
    };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_labs->addToMenu(file);
    file->addSeparator();
    QAction* exportAction = addAction(file, tr("&Export Diagram…"), &MainWindow::exportDiagram,
                                      QKeySequence(Qt::CTRL | Qt::Key_E), tr("Save the diagram as SVG or PNG"),
                                      QStringLiteral("document-export"));
    file->addSeparator();
    addAction(file, tr("&Quit"), &QWidget::close, QKeySequence::Quit, tr("Close Netns Studio"),
              QStringLiteral("application-exit"));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_edits->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction* redo = m_edits->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* newNs = addAction(edit, tr("&New Namespace…"), &MainWindow::newNamespace, QKeySequence::New,
                               tr("Create a named network namespace"), QStringLiteral("list-add"));
    addAction(edit, tr("New &Veth Pair…"), [this] {
        const auto [ns, ifindex] = selection();
        Q_UNUSED(ifindex)
        const NamespaceId host = m_model->topology().namespaces.isEmpty() ? 0 : m_model->topology().namespaces.first().id;
        newVethPair(ns ? ns : host, ns ? ns : host);
    }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), tr("Create a veth pair (or drag a box's + handle to another box)"));
    QAction* del = addAction(edit, tr("&Delete"), &MainWindow::deleteSelection, QKeySequence::Delete,
                             tr("Delete the selected namespace, interface or veth pair"), QStringLiteral("edit-delete"));
    addAction(edit, tr("Re&name…"), &MainWindow::renameSelection, QKeySequence(Qt::Key_F2),
              tr("Rename the selected interface"));
    addAction(edit, tr("Add &Address…"), [this] {
        if (selection().second)
            m_properties->focusNewAddress();
    }, QKeySequence(Qt::CTRL | Qt::Key_L), tr("Give the selected interface an address"));
    addAction(edit, tr("Bring &Up or Down"), &MainWindow::toggleSelectionUp, QKeySequence(Qt::CTRL | Qt::Key_U),
              tr("Switch the selected interface on or off"));
    addAction(edit, tr("Set &MTU…"), [this] {
        const auto [ns, ifindex] = selection();
        const Namespace* n = m_model->topology().namespaceById(ns);
        const Link* link = n && ifindex ? n->linkByIndex(ifindex) : nullptr;
        if (!link)
            return;
        bool ok = false;
        const int mtu = QInputDialog::getInt(this, tr("Set MTU"), tr("MTU of %1 (bytes):").arg(link->name),
                                             int(link->mtu), 68, 65536, 1, &ok);
        if (ok)
            m_edits->setMtu(ns, ifindex, quint32(mtu));
    }, QKeySequence(), tr("Set the largest packet the selected interface sends"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* zoomIn = addAction(view, tr("Zoom &In"), [this] { m_view->zoomIn(); }, QKeySequence::ZoomIn,
                                tr("Zoom in"), QStringLiteral("zoom-in"));
    QAction* zoomOut = addAction(view, tr("Zoom &Out"), [this] { m_view->zoomOut(); }, QKeySequence::ZoomOut,
                                 tr("Zoom out"), QStringLiteral("zoom-out"));
    addAction(view, tr("&Actual Size"), [this] { m_view->resetZoom(); }, QKeySequence(Qt::CTRL | Qt::Key_0),
              tr("Show the diagram at 100%"), QStringLiteral("zoom-original"));
    QAction* fit = addAction(view, tr("&Fit to Window"), [this] { m_view->fitAll(); }, QKeySequence(Qt::CTRL | Qt::Key_9),
                             tr("Show the whole diagram"), QStringLiteral("zoom-fit-best"));
    QAction* relayout = addAction(view, tr("Re-&layout"), [this] { m_scene->relayout(); m_view->fitAll(); },
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                                  tr("Place every box anew (forgets where you put them)"));
    view->addSeparator();
    QAction* loopback = view->addAction(tr("Show &Loopback Interfaces"));
    loopback->setCheckable(true);
    loopback->setChecked(QSettings().value(QStringLiteral("view/loopback"), true).toBool());
    m_scene->setShowLoopback(loopback->isChecked());
    connect(loopback, &QAction::toggled, this, [this](bool on) {
        m_scene->setShowLoopback(on);
        QSettings().setValue(QStringLiteral("view/loopback"), on);
    });
    QAction* physical = view->addAction(tr("Show the Host's &Physical Interfaces"));
    physical->setCheckable(true);
    physical->setChecked(QSettings().value(QStringLiteral("view/physical"), true).toBool());
    m_scene->setShowHostPhysical(physical->isChecked());
    connect(physical, &QAction::toggled, this, [this](bool on) {
        m_scene->setShowHostPhysical(on);
        QSettings().setValue(QStringLiteral("view/physical"), on);
    });
    view->addSeparator();
    QAction* refreshAction = addAction(view, tr("&Refresh"), &MainWindow::refresh, QKeySequence::Refresh,
                                       tr("Read the namespaces of this host again"), QStringLiteral("view-refresh"));
    QAction* findAction = addAction(view, tr("&Find…"), [this] { m_search->setFocus(); m_search->selectAll(); },
                                    QKeySequence::Find, tr("Find a namespace, interface or address"));
    view->addSeparator();
    QMenu* panels = view->addMenu(tr("&Panels"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        panels->addAction(dock->toggleViewAction());

    QMenu* toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->addAction(m_pingTool->action());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Netns Studio"), this, [this] {
        QMessageBox::about(this, tr("About Netns Studio"),
                           tr("Netns Studio %1\n\nShows the network namespaces of this computer as boxes "
                              "and veth pairs as wires, and lets you change them. Every change is also "
                              "shown as the ip command it amounts to.")
                               .arg(QCoreApplication::applicationVersion()));
    });

    tools->addAction(newNs);
    tools->addAction(del);
    tools->addSeparator();
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addSeparator();
    tools->addAction(zoomIn);
    tools->addAction(zoomOut);
    tools->addAction(fit);
    tools->addAction(relayout);
    tools->addAction(refreshAction);
    tools->addAction(exportAction);
    tools->addSeparator();
    tools->addAction(m_pingTool->action());
    tools->addSeparator();
    m_search->setObjectName(QStringLiteral("SearchEdit"));
    m_search->setPlaceholderText(tr("Find namespace, interface, address"));
    m_search->setAccessibleName(tr("Find"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    m_search->setToolTip(findAction->toolTip());
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    tools->addWidget(m_search);
}

QPair<NamespaceId, int> MainWindow::selection() const
{
    for (QGraphicsItem* item : m_scene->selectedItems()) {
        if (item->type() == PortItemType) {
            auto* port = static_cast<PortItem*>(item);
            return {port->namespaceId(), port->ifindex()};
        }
        if (item->type() == NamespaceItemType)
            return {static_cast<NamespaceItem*>(item)->namespaceId(), 0};
        if (item->type() == WireItemType) {
            PortItem* a = static_cast<WireItem*>(item)->endA();
            return {a->namespaceId(), a->ifindex()};
        }
    }
    return {0, 0};
}

void MainWindow::refresh()
{
    statusBar()->showMessage(tr("Reading the namespaces of this host…"));
    m_helper->subscribe();
}

void MainWindow::reconnect()
{
    // D-Bus activation starts the helper again on the next call, if it can.
    QTimer::singleShot(1000, this, [this] {
        if (!m_helper->isSubscribed())
            m_helper->subscribe();
    });
}

void MainWindow::newNamespace()
{
    QSet<QString> taken;
    for (const Namespace& ns : m_model->topology().namespaces)
        taken.insert(ns.name);
    QString proposal = QStringLiteral("blue");
    for (int i = 1; taken.contains(proposal); ++i)
        proposal = QStringLiteral("ns%1").arg(i);
    NameDialog dialog(tr("New Namespace"), {tr("&Name:")}, {proposal}, [taken](const QString& name) {
        if (taken.contains(name))
            return tr("A namespace named '%1' already exists.").arg(name);
        return Validation::namespaceNameError(name);
    }, this);
    if (dialog.exec() == QDialog::Accepted)
        m_edits->addNamespace(dialog.names().first());
}

void MainWindow::newVethPair(NamespaceId from, NamespaceId to)
{
    const QString first = m_edits->freeLinkName(0, QStringLiteral("veth"));
    const QString second = m_edits->freeLinkName(0, QStringLiteral("veth"), first);
    const Namespace* a = m_model->topology().namespaceById(from);
    const Namespace* b = m_model->topology().namespaceById(to);
    if (!a || !b)
        return;
    NameDialog dialog(tr("New Veth Pair"), {tr("End in %1:").arg(a->label), tr("End in %1:").arg(b->label)},
                      {first, second}, &Validation::interfaceNameError, this);
    if (dialog.exec() == QDialog::Accepted)
        m_edits->addVethPair(from, dialog.names()[0], to, dialog.names()[1]);
}

void MainWindow::deleteSelection()
{
    const auto [id, ifindex] = selection();
    const Namespace* ns = m_model->topology().namespaceById(id);
    if (!ns)
        return;
    if (ifindex) {
        if (const Link* link = ns->linkByIndex(ifindex))
            if (!link->kind.isEmpty() ||
                QMessageBox::question(this, tr("Delete Interface"),
                                      tr("%1 is not a virtual interface, and deleting it cannot be undone. Delete it?")
                                          .arg(link->name)) == QMessageBox::Yes)
                m_edits->deleteLink(id, ifindex);
        return;
    }
    if (ns->name.isEmpty() || ns->kind == NamespaceKind::Host) {
        m_messageBar->showMessage(tr("%1 has no name to delete: it lives as long as the processes that hold it.")
                                      .arg(ns->label),
                                  MessageBar::Level::Information);
        return;
    }
    int inside = 0;
    for (const Link& link : ns->links)
        inside += link.linkType != QLatin1String("loopback");
    if (inside > 0 &&
        QMessageBox::question(this, tr("Delete Namespace"),
                              tr("Namespace %1 still has %n interface(s). Deleting it deletes them too, and "
                                 "undo brings back only an empty namespace. Delete it?",
                                 nullptr, inside)
                                  .arg(ns->label)) != QMessageBox::Yes)
        return;
    m_edits->deleteNamespace(id);
}

void MainWindow::renameSelection()
{
    if (selection().second)
        m_properties->focusName();
}

void MainWindow::toggleSelectionUp()
{
    const auto [id, ifindex] = selection();
    const Namespace* ns = m_model->topology().namespaceById(id);
    if (const Link* link = ns && ifindex ? ns->linkByIndex(ifindex) : nullptr)
        m_edits->setLinkUp(id, ifindex, !link->up);
}

void MainWindow::exportDiagram()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Diagram"), QStringLiteral("namespaces.svg"),
                                                      tr("SVG images (*.svg);;PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QString error = NetnsStudio::exportDiagram(m_scene, path);
    if (!error.isEmpty())
        m_messageBar->showMessage(error, MessageBar::Level::Error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::showContextMenu(const QPoint& viewPos)
{
    QGraphicsItem* item = m_view->itemAt(viewPos);
    if (item && !item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    const auto [id, ifindex] = selection();
    QMenu menu(this);
    if (!item) {
        menu.addAction(tr("New Namespace…"), this, &MainWindow::newNamespace);
        menu.addAction(tr("Re-layout"), this, [this] { m_scene->relayout(); });
    } else if (ifindex) {
        const Namespace* ns = m_model->topology().namespaceById(id);
        const Link* link = ns ? ns->linkByIndex(ifindex) : nullptr;
        if (!link)
            return;
        menu.addAction(link->up ? tr("Take Down") : tr("Bring Up"), this, &MainWindow::toggleSelectionUp);
        menu.addAction(tr("Add Address…"), this, [this] { m_properties->focusNewAddress(); });
        QMenu* remove = menu.addMenu(tr("Remove Address"));
        for (const QString& address : link->addresses)
            remove->addAction(address, this, [this, id = id, ifindex = ifindex, address] {
                m_edits->deleteAddress(id, ifindex, address);
            });
        remove->setEnabled(!link->addresses.isEmpty());
        menu.addAction(tr("Rename…"), this, &MainWindow::renameSelection);
        QAction* nat = menu.addAction(tr("Masquerade outgoing traffic (NAT)"), this,
                                      [this, id = id, ifindex = ifindex](bool on) {
                                          m_edits->setMasquerade(id, ifindex, on);
                                      });
        nat->setCheckable(true);
        nat->setChecked(link->masquerade);
        nat->setEnabled(link->linkType != QLatin1String("loopback"));
        QMenu* move = menu.addMenu(tr("Move to"));
        for (const Namespace& other : m_model->topology().namespaces)
            if (other.id != id)
                move->addAction(other.label, this, [this, id = id, ifindex = ifindex, to = other.id] {
                    m_edits->moveLink(id, ifindex, to);
                });
        menu.addSeparator();
        m_pingTool->addContextMenuEntries(&menu, id, ifindex);
        menu.addSeparator();
        menu.addAction(tr("Delete"), this, &MainWindow::deleteSelection);
    } else {
        menu.addAction(tr("New Veth Pair Here…"), this, [this, id = id] { newVethPair(id, id); });
        QMenu* to = menu.addMenu(tr("New Veth Pair to"));
        for (const Namespace& other : m_model->topology().namespaces)
            if (other.id != id)
                to->addAction(other.label, this, [this, id = id, other = other.id] { newVethPair(id, other); });
        menu.addSeparator();
        m_pingTool->addContextMenuEntries(&menu, id, 0);
        menu.addSeparator();
        menu.addAction(tr("Delete Namespace"), this, &MainWindow::deleteSelection);
    }
    menu.exec(m_view->viewport()->mapToGlobal(viewPos));
}

void MainWindow::syncSelectionFromScene()
{
    if (m_syncing)
        return;
    const auto [id, ifindex] = selection();
    m_properties->showItem(id, ifindex);
    // Mirror it in the inventory.
    m_syncing = true;
    for (int row = 0; row < m_inventory->rowCount(); ++row) {
        const QModelIndex nsIndex = m_inventory->index(row, 0);
        if (nsIndex.data(InventoryModel::NamespaceIdRole).value<NamespaceId>() != id)
            continue;
        QModelIndex target = nsIndex;
        for (int child = 0; ifindex && child < m_inventory->rowCount(nsIndex); ++child) {
            const QModelIndex linkIndex = m_inventory->index(child, 0, nsIndex);
            if (linkIndex.data(InventoryModel::IfindexRole).toInt() == ifindex)
                target = linkIndex;
        }
        m_inventoryView->setCurrentIndex(target);
        m_inventoryView->scrollTo(target);
    }
    m_syncing = false;
}

void MainWindow::syncSelectionFromInventory()
{
    if (m_syncing)
        return;
    const QModelIndex current = m_inventoryView->currentIndex().siblingAtColumn(0);
    const auto id = current.data(InventoryModel::NamespaceIdRole).value<NamespaceId>();
    if (!id)
        return;
    m_syncing = true;
    m_scene->selectItem(id, current.data(InventoryModel::IfindexRole).toInt());
    m_properties->showItem(id, current.data(InventoryModel::IfindexRole).toInt());
    m_syncing = false;
}

void MainWindow::find(const QString& text)
{
    if (text.isEmpty())
        return;
    const Qt::CaseSensitivity cs = Qt::CaseInsensitive;
    for (const Namespace& ns : m_model->topology().namespaces) {
        int ifindex = -1;
        if (ns.label.contains(text, cs) || ns.name.contains(text, cs))
            ifindex = 0;
        for (const Link& link : ns.links) {
            if (ifindex >= 0)
                break;
            if (link.name.contains(text, cs) || link.addresses.filter(text, cs).size() > 0 ||
                link.mac.contains(text, cs))
                ifindex = link.ifindex;
        }
        if (ifindex < 0)
            continue;
        m_scene->selectItem(ns.id, ifindex);
        m_view->centreOn(ifindex ? static_cast<QGraphicsItem*>(m_scene->portItem(ns.id, ifindex))
                                 : static_cast<QGraphicsItem*>(m_scene->namespaceItem(ns.id)));
        statusBar()->showMessage(tr("Found in %1").arg(ns.label), 4000);
        return;
    }
    statusBar()->showMessage(tr("Nothing matches '%1'.").arg(text), 4000);
}

void MainWindow::showHelperError(const HelperError& error)
{
    QString text;
    if (error.name == QLatin1String("org.freedesktop.DBus.Error.AccessDenied"))
        text = tr("You are not allowed to read the network namespaces of this host: %1").arg(error.message);
    else if (error.name == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown"))
        text = tr("The Netns Studio helper is not installed on this host, so nothing can be shown. (%1)")
                   .arg(error.message);
    else
        text = tr("The helper could not read the namespaces: %1").arg(error.message);
    m_messageBar->showMessage(text, MessageBar::Level::Error);
    statusBar()->showMessage(tr("Reading failed."));
    if (!m_edits->isEnabled())
        reconnect(); // keep trying while the helper is away
}

void MainWindow::updateStatus()
{
    const Topology& topology = m_model->topology();
    qsizetype links = 0;
    for (const Namespace& ns : topology.namespaces)
        links += ns.links.size();
    statusBar()->showMessage(tr("%n namespace(s)", nullptr, int(topology.namespaces.size())) + QLatin1String(", ") +
                             tr("%n interface(s)", nullptr, int(links)) + QStringLiteral(" — ") +
                             tr("read at %1").arg(QLocale().toString(m_model->readAt().time())));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_layout->save();
    event->accept();
}

} // namespace NetnsStudio
