// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabFiles.h"

#include "DiagramItems.h"
#include "DiagramScene.h"
#include "DiagramView.h"
#include "EditController.h"
#include "HelperClient.h"
#include "IpCommand.h"
#include "LabPlan.h"
#include "LabPreview.h"
#include "LabYaml.h"
#include "MessageBar.h"
#include "TopologyModel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>

namespace NetnsStudio {

namespace {

const QString kRecentKey = QStringLiteral("labs/recent");
const QString kDirectoryKey = QStringLiteral("labs/directory");
constexpr int kMaxRecent = 8;
constexpr int kCommandsShown = 12; ///< in the tear-down question; the rest are counted

/// The host as it will be once `lab` is torn down: without the lab's namespaces, its
/// links in the host (with their veth peers) and the routes that went with them. What
/// applying the lab to it makes is the way back from tearing it down.
Topology withoutLab(const Lab& lab, const Topology& live)
{
    const QStringList created = lab.createdNamespaces();
    Topology after = live;
    QList<NamespaceId> removed;
    for (const Namespace& ns : live.namespaces)
        if (ns.kind != NamespaceKind::Host && created.contains(ns.name))
            removed << ns.id;
    after.namespaces.removeIf([&](const Namespace& ns) { return removed.contains(ns.id); });
    QStringList hostLinks;
    for (const LabInterface* iface : lab.interfaces())
        if (iface->ns == kLabHost)
            hostLinks << iface->name;
    const LabNamespace* hostEntry = lab.namespaceNamed(kLabHost);
    for (Namespace& ns : after.namespaces) {
        if (ns.kind != NamespaceKind::Host)
            continue;
        QStringList gone;
        for (const Link& link : ns.links)
            if (hostLinks.contains(link.name) || (link.peer.isValid() && removed.contains(link.peer.namespaceId)))
                gone << link.name;
        ns.links.removeIf([&](const Link& link) { return gone.contains(link.name); });
        ns.routes.removeIf([&](const Route& route) {
            return gone.contains(route.dev) ||
                   (hostEntry && std::any_of(hostEntry->routes.cbegin(), hostEntry->routes.cend(),
                                             [&](const LabRoute& r) { return r.to == route.dst; }));
        });
    }
    return after;
}

} // namespace

LabFiles::LabFiles(QWidget* window, TopologyModel* model, DiagramScene* scene, DiagramView* view,
                   EditController* edits, HelperClient* helper, MessageBar* messages)
    : QObject(window), m_window(window), m_model(model), m_scene(scene), m_view(view), m_edits(edits),
      m_messages(messages), m_preview(new LabPreview(scene, this)), m_bar(new QFrame(window)),
      m_barText(new QLabel(m_bar)), m_progress(new QProgressBar(m_bar)), m_apply(new QPushButton(tr("Apply"), m_bar)),
      m_closeAction(new QAction(tr("Close Preview"), this))
{
    m_bar->setObjectName(QStringLiteral("LabPreviewBar"));
    m_bar->setFrameShape(QFrame::StyledPanel);
    m_bar->setAutoFillBackground(true);
    m_barText->setTextFormat(Qt::PlainText); // titles and paths come from files
    m_barText->setWordWrap(true);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_apply->setObjectName(QStringLiteral("LabApplyButton"));
    m_apply->setToolTip(tr("Make what the preview shows, as one step that Undo takes back"));
    auto* close = new QPushButton(tr("Close Preview"), m_bar);
    close->setObjectName(QStringLiteral("LabCloseButton"));
    close->setToolTip(tr("Forget the preview; nothing is changed (Esc)"));
    auto* layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(6, 3, 3, 3);
    layout->addWidget(m_barText, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_apply);
    layout->addWidget(close);
    m_bar->hide();

    m_closeAction->setObjectName(QStringLiteral("LabClosePreviewAction"));
    m_closeAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_closeAction->setEnabled(false); // Esc stays free for everything else while there is no preview
    window->addAction(m_closeAction);
    connect(m_closeAction, &QAction::triggered, this, &LabFiles::closePreview);
    connect(close, &QPushButton::clicked, this, &LabFiles::closePreview);
    connect(m_apply, &QPushButton::clicked, this, &LabFiles::applyPreview);

    connect(helper, &HelperClient::batchProgress, this, [this](uint done, uint total) {
        if (!m_applying)
            return;
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
        m_progress->show();
    });
    // The batch's outcome: failed (if it did) comes first, then changed.
    connect(m_edits, &EditController::failed, this, [this] {
        if (m_applying) {
            m_applying = false;
            m_progress->hide();
            showPlan(); // the preview again: nothing was changed
        }
    });
    connect(m_edits, &EditController::changed, this, [this] {
        if (m_applying) {
            m_applying = false;
            closePreview();
        }
    });
    // What is missing changes with the host.
    auto hostChanged = [this] {
        if (m_previewing && !m_applying)
            showPlan();
    };
    connect(m_model, &TopologyModel::reset, this, hostChanged);
    connect(m_model, &TopologyModel::namespacesChanged, this, hostChanged);
}

LabFiles::~LabFiles() = default;

void LabFiles::addToMenu(QMenu* menu)
{
    QAction* open = menu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Lab…"), this,
                                    &LabFiles::chooseAndOpen);
    open->setObjectName(QStringLiteral("OpenLabAction"));
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Read a lab file and preview what applying it would add"));
    m_recentMenu = menu->addMenu(tr("Recent &Labs"));
    m_recentMenu->setObjectName(QStringLiteral("RecentLabsMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &LabFiles::fillRecentMenu);
    QAction* save = menu->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                    tr("&Save Selection as Lab…"), this, &LabFiles::chooseAndSave);
    save->setObjectName(QStringLiteral("SaveLabAction"));
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    save->setStatusTip(tr("Write the selected namespaces (all named ones when none is selected) as a lab file"));
    QAction* tearDown = menu->addAction(tr("&Tear Down Lab…"), this, &LabFiles::chooseAndTearDown);
    tearDown->setObjectName(QStringLiteral("TearDownLabAction"));
    tearDown->setStatusTip(tr("Remove what a lab file describes from this host"));
}

QString LabFiles::labName() const
{
    return m_lab.title.isEmpty() ? QFileInfo(m_labPath).fileName() : m_lab.title;
}

QString LabFiles::problemsText(const QString& path, const QList<LabProblem>& problems) const
{
    QStringList lines;
    for (const LabProblem& problem : problems)
        lines << problem.toString(QFileInfo(path).fileName());
    return tr("The lab %1 cannot be read, so nothing was changed:\n%2").arg(path, lines.join(QLatin1Char('\n')));
}

bool LabFiles::open(const QString& path)
{
    QList<LabProblem> problems;
    const std::optional<Lab> lab = LabYaml::readFile(path, &problems);
    if (!lab) {
        m_messages->showMessage(problemsText(path, problems), MessageBar::Level::Error);
        return false;
    }
    addRecent(path);
    m_lab = *lab;
    m_labPath = path;
    m_previewing = true;
    m_closeAction->setEnabled(true);
    showPlan();
    m_view->fitAll();
    return true;
}

void LabFiles::showPlan()
{
    const Topology& live = m_model->topology();
    const LabPlan::Plan plan = LabPlan::apply(m_lab, live);
    m_preview->show(m_lab, live);
    m_progress->hide();
    if (!plan.conflicts.isEmpty()) {
        setBarText(tr("The lab “%1” cannot be applied here: %2").arg(labName(), plan.conflicts.join(QLatin1String("; "))),
                   false);
    } else if (plan.actions.isEmpty()) {
        setBarText(tr("Lab “%1”: already there, nothing to apply.").arg(labName()), false);
    } else {
        setBarText(tr("Preview of the lab “%1”: what is drawn dashed is not yet on the host.").arg(labName()) +
                       QLatin1Char(' ') +
                       tr("Applying it makes %n namespace(s)", nullptr, int(m_preview->newNamespaces().size())) +
                       QLatin1Char(' ') +
                       tr("and %n interface(s)", nullptr, int(m_preview->newInterfaces().size())) +
                       QLatin1Char(' ') + tr("in %n step(s).", nullptr, int(plan.actions.size())),
                   true);
    }
}

void LabFiles::setBarText(const QString& text, bool canApply)
{
    m_barText->setText(text);
    m_bar->setAccessibleDescription(text);
    m_apply->setEnabled(canApply);
    m_bar->show();
}

void LabFiles::applyPreview()
{
    if (!m_previewing || m_applying)
        return;
    if (!m_edits->isEnabled()) {
        m_messages->showMessage(tr("The helper is not available, so the lab cannot be applied now."),
                                MessageBar::Level::Error);
        return;
    }
    // Planned anew: the host may have changed since the preview was drawn.
    const LabPlan::Plan plan = LabPlan::apply(m_lab, m_model->topology());
    if (!plan.conflicts.isEmpty() || plan.actions.isEmpty()) {
        showPlan();
        return;
    }
    m_applying = true;
    m_preview->clear();
    setBarText(tr("Applying the lab “%1”: %n step(s)…", nullptr, int(plan.actions.size())).arg(labName()), false);
    m_edits->apply(tr("Apply lab %1").arg(labName()), plan.actions);
}

void LabFiles::closePreview()
{
    m_previewing = false;
    m_closeAction->setEnabled(false);
    m_preview->clear();
    m_progress->hide();
    m_bar->hide();
}

void LabFiles::tearDown(const QString& path, bool confirm)
{
    QList<LabProblem> problems;
    const std::optional<Lab> lab = LabYaml::readFile(path, &problems);
    if (!lab) {
        m_messages->showMessage(problemsText(path, problems), MessageBar::Level::Error);
        return;
    }
    addRecent(path);
    const QString name = lab->title.isEmpty() ? QFileInfo(path).fileName() : lab->title;
    const Topology& live = m_model->topology();
    const LabPlan::Plan plan = LabPlan::destroy(*lab, live);
    if (!plan.conflicts.isEmpty()) {
        m_messages->showMessage(tr("The lab “%1” cannot be torn down here: %2").arg(name, plan.conflicts.join(QLatin1String("; "))),
                                MessageBar::Level::Error);
        return;
    }
    if (plan.actions.isEmpty()) {
        m_messages->showMessage(tr("Nothing of the lab “%1” is on this host: nothing to tear down.").arg(name),
                                MessageBar::Level::Information);
        return;
    }
    if (confirm) {
        QStringList commands;
        for (const Action& action : plan.actions.mid(0, kCommandsShown))
            commands << ipCommand(action, live);
        if (plan.actions.size() > kCommandsShown)
            commands << tr("… and %n more", nullptr, int(plan.actions.size() - kCommandsShown));
        const auto answer = QMessageBox::question(
            m_window, tr("Tear Down Lab"),
            tr("Tear down the lab “%1”? Its namespaces go with everything in them:\n\n%2\n\nUndo makes the lab again "
               "as the file describes it.")
                .arg(name, commands.join(QLatin1Char('\n'))),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_edits->apply(tr("Tear down lab %1").arg(name), plan.actions, LabPlan::apply(*lab, withoutLab(*lab, live)).actions);
}

bool LabFiles::saveSelection(const QString& path)
{
    const Topology& live = m_model->topology();
    QStringList names;
    for (QGraphicsItem* item : m_scene->selectedItems())
        if (item->type() == NamespaceItemType)
            if (const Namespace* ns = live.namespaceById(static_cast<NamespaceItem*>(item)->namespaceId());
                ns && ns->kind == NamespaceKind::Named)
                names << ns->name;
    names.sort(); // the file does not depend on the order they were clicked in
    QStringList leftOut;
    QString error;
    std::optional<Lab> lab = LabPlan::capture(live, names, &leftOut, &error);
    if (!lab) {
        m_messages->showMessage(tr("Cannot save the lab: %1").arg(error), MessageBar::Level::Error);
        return false;
    }
    if (lab->title.isEmpty())
        lab->title = QFileInfo(path).completeBaseName();
    for (LabNamespace& labNs : lab->namespaces)
        for (const Namespace& ns : live.namespaces)
            if (labNs.name == kLabHost ? ns.kind == NamespaceKind::Host
                                       : ns.kind != NamespaceKind::Host && ns.name == labNs.name)
                if (NamespaceItem* item = m_scene->namespaceItem(ns.id))
                    labNs.position = item->pos();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(LabYaml::write(*lab)) < 0 || !file.commit()) {
        m_messages->showMessage(tr("Cannot save %1: %2").arg(path, file.errorString()), MessageBar::Level::Error);
        return false;
    }
    addRecent(path);
    QString text = tr("Saved %n namespace(s) as %1.", nullptr, int(lab->createdNamespaces().size())).arg(path);
    if (!leftOut.isEmpty())
        text += QLatin1Char('\n') + tr("Left out, as a lab cannot say it:") + QLatin1Char('\n') +
                leftOut.join(QLatin1Char('\n'));
    m_messages->showMessage(text, MessageBar::Level::Information);
    return true;
}

void LabFiles::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Lab"), QSettings().value(kDirectoryKey).toString(),
                                                      tr("Lab files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void LabFiles::chooseAndTearDown()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Tear Down Lab"),
                                                      m_labPath.isEmpty() ? QSettings().value(kDirectoryKey).toString() : m_labPath,
                                                      tr("Lab files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        tearDown(path);
}

void LabFiles::chooseAndSave()
{
    const QString dir = QSettings().value(kDirectoryKey).toString();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Selection as Lab"),
                                                      QDir(dir).filePath(QStringLiteral("lab.yaml")),
                                                      tr("Lab files (*.yaml *.yml)"));
    if (!path.isEmpty())
        saveSelection(path);
}

QStringList LabFiles::recentLabs() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void LabFiles::addRecent(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentLabs();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings settings;
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    settings.setValue(kDirectoryKey, QFileInfo(absolute).absolutePath());
}

void LabFiles::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentLabs();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (QFileInfo::exists(path)) {
                open(path);
                return;
            }
            QStringList kept = recentLabs();
            kept.removeAll(path);
            QSettings().setValue(kRecentKey, kept);
            m_messages->showMessage(tr("%1 is no longer there, so it was taken off Recent Labs.").arg(path),
                                    MessageBar::Level::Error);
        });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent labs"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear the List"), this, [] { QSettings().remove(kRecentKey); });
}

} // namespace NetnsStudio
