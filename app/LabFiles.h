// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Lab.h"

#include <QFrame>
#include <QObject>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;

namespace NetnsStudio {

class DiagramScene;
class DiagramView;
class EditController;
class HelperClient;
class LabPreview;
class MessageBar;
class TopologyModel;

/// The lab commands of the File menu: open a lab as a preview on the diagram and
/// apply it, tear a lab down, save namespaces as a lab, and the recent labs. Each
/// change to the host is one batch through the EditController, so it is logged and
/// undone like any edit. The bar across the window says what the preview shows.
class LabFiles : public QObject {
    Q_OBJECT
public:
    LabFiles(QWidget* window, TopologyModel* model, DiagramScene* scene, DiagramView* view, EditController* edits,
             HelperClient* helper, MessageBar* messages);
    ~LabFiles() override;

    /// Adds Open Lab…, Recent Labs, Save Selection as Lab… and Tear Down Lab… to menu.
    void addToMenu(QMenu* menu);
    /// The bar of the preview, for the window to place under its message bar.
    QWidget* bar() const { return m_bar; }
    LabPreview* preview() const { return m_preview; }
    QStringList recentLabs() const;

    /// Reads a lab and shows what applying it would add; false (with the problems in
    /// the message bar, nothing changed) when it cannot be read.
    bool open(const QString& path);
    /// Applies the previewed lab (what is missing now) as one batch.
    void applyPreview();
    void closePreview();
    /// Removes what a lab describes, as one batch; asks first when confirm.
    void tearDown(const QString& path, bool confirm = true);
    /// Writes the selected named namespaces (all named ones when none is selected),
    /// at their places in the diagram, as a lab.
    bool saveSelection(const QString& path);

private:
    void chooseAndOpen();
    void chooseAndTearDown();
    void chooseAndSave();
    void addRecent(const QString& path);
    void fillRecentMenu();
    void showPlan();
    void setBarText(const QString& text, bool canApply);
    QString labName() const;
    QString problemsText(const QString& path, const QList<LabProblem>& problems) const;

    QWidget* m_window;
    TopologyModel* m_model;
    DiagramScene* m_scene;
    DiagramView* m_view;
    EditController* m_edits;
    MessageBar* m_messages;
    LabPreview* m_preview;
    QFrame* m_bar;
    QLabel* m_barText;
    QProgressBar* m_progress;
    QPushButton* m_apply;
    QAction* m_closeAction;
    QMenu* m_recentMenu = nullptr;
    Lab m_lab;
    QString m_labPath;
    bool m_previewing = false;
    bool m_applying = false;
};

} // namespace NetnsStudio
