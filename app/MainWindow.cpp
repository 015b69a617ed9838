// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "HelperClient.h"
#include "InventoryModel.h"
#include "MessageBar.h"
#include "TopologyModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

namespace NetnsStudio {

MainWindow::MainWindow(HelperClient* helper, bool playground, QWidget* parent)
    : QMainWindow(parent), m_helper(helper), m_model(new TopologyModel(this)),
      m_inventory(new InventoryModel(m_model, this)), m_messageBar(new MessageBar(this)),
      m_inventoryView(new QTreeView(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(playground ? tr("Netns Studio — Playground (a private sandbox: nothing here "
                                   "touches this computer's network)")
                              : tr("Netns Studio"));

    auto* messageArea = new QToolBar(tr("Messages"), this);
    messageArea->setObjectName(QStringLiteral("MessageArea"));
    messageArea->setMovable(false);
    messageArea->setFloatable(false);
    messageArea->toggleViewAction()->setVisible(false);
    messageArea->addWidget(m_messageBar);
    addToolBar(Qt::TopToolBarArea, messageArea);
    connect(m_messageBar, &MessageBar::visibilityChanged, messageArea, &QToolBar::setVisible);

    m_inventoryView->setModel(m_inventory);
    m_inventoryView->setObjectName(QStringLiteral("InventoryView"));
    m_inventoryView->setAccessibleName(tr("Inventory of namespaces"));
    m_inventoryView->setUniformRowHeights(true);
    m_inventoryView->setAlternatingRowColors(true);
    m_inventoryView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* dock = new QDockWidget(tr("Inventory"), this);
    dock->setObjectName(QStringLiteral("InventoryDock"));
    dock->setWidget(m_inventoryView);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    connect(m_model, &TopologyModel::reset, this, [this] {
        m_inventoryView->expandToDepth(0);
        updateStatus();
    });
    connect(m_helper, &HelperClient::topologyFetched, m_model, &TopologyModel::setTopology);
    connect(m_helper, &HelperClient::failed, this, &MainWindow::showHelperError);

    createActions();
    resize(1100, 720);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    messageArea->hide(); // until there is a message, whatever the saved state says
    statusBar()->showMessage(tr("Reading the namespaces of this host…"));
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read the namespaces of this host again"));
    QAction* expand = view->addAction(tr("&Expand All"), m_inventoryView, &QTreeView::expandAll);
    expand->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    QAction* collapse =
        view->addAction(tr("&Collapse All"), m_inventoryView, &QTreeView::collapseAll);
    collapse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
}

void MainWindow::refresh()
{
    statusBar()->showMessage(tr("Reading the namespaces of this host…"));
    m_helper->fetchTopology();
}

void MainWindow::showHelperError(const HelperError& error)
{
    QString text;
    if (error.name == QLatin1String("org.freedesktop.DBus.Error.AccessDenied"))
        text = tr("You are not allowed to read the network namespaces of this host: %1")
                   .arg(error.message);
    else if (error.name == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown"))
        text = tr("The Netns Studio helper is not installed on this host, so nothing can be "
                  "shown. (%1)")
                   .arg(error.message);
    else
        text = tr("The helper could not read the namespaces: %1").arg(error.message);
    m_messageBar->showMessage(text, MessageBar::Level::Error);
    statusBar()->showMessage(tr("Reading failed."));
}

void MainWindow::updateStatus()
{
    const Topology& topology = m_model->topology();
    qsizetype links = 0;
    for (const Namespace& ns : topology.namespaces)
        links += ns.links.size();
    statusBar()->showMessage(tr("%n namespace(s)", nullptr, int(topology.namespaces.size())) +
                             QLatin1String(", ") +
                             tr("%n interface(s)", nullptr, int(links)) + QStringLiteral(" — ") +
                             tr("read at %1").arg(QLocale().toString(m_model->readAt().time())));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace NetnsStudio
