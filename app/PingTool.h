// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PathExplainer.h"
#include "PingRun.h"
#include "Topology.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QPointF;

namespace NetnsStudio {

class DiagramScene;
class DiagramView;
class HelperClient;
class PingOverlay;
class PingPanel;
class TopologyModel;

/// How a ping from the tool ended: what the helper reported, and what the explainer
/// expected on the topology of the moment.
struct PingOutcome {
    NamespaceId source = 0;
    QString address;
    /// Not empty when no ping ran: the input was refused here (validation) or by the
    /// helper (then it starts with the helper's D-Bus error name).
    QString error;
    uint sent = 0;
    uint received = 0;
    QList<double> rttsMs;
    PathExplanation explanation;

    bool replied() const { return received > 0; }
    /// Whether the explainer's verdict matches the real ping (which is the truth).
    bool explainerAgrees() const { return error.isEmpty() && replied() == explanation.works(); }
};

/// The ping tool of the window: pick a namespace to ping from (click its box), then
/// an address (click it on the diagram, or type it); the helper pings from inside
/// that namespace while the explainer's path is drawn on the diagram with a packet
/// running along it for each request, and the replies, round-trip times and, when
/// it fails, where and why are shown in its panel and on the diagram.
///
/// Owns its action (Ctrl+Shift+P), its dock, its layer on the diagram and the Esc
/// action that clears it; the window only puts the action in its toolbar and menus.
/// Other parts (the lessons) call run() and listen to outcome().
class PingTool : public QObject {
    Q_OBJECT
public:
    PingTool(HelperClient* helper, const TopologyModel* model, DiagramScene* scene, DiagramView* view,
             QMainWindow* window);

    /// Starts the tool: from the selected namespace, or the one clicked next.
    QAction* action() const { return m_action; }
    /// Esc: ends picking and takes the ping off the diagram.
    QAction* clearAction() const { return m_clearAction; }
    QDockWidget* dock() const { return m_dock; }
    PingPanel* panel() const { return m_panel; }
    PingOverlay* overlay() const { return m_overlay; }
    bool isPicking() const { return m_picking != Picking::None; }
    bool isRunning() const;

    /// "Ping from Here…" for a box (ifindex 0); "Ping ADDRESS From" for an interface.
    void addContextMenuEntries(QMenu* menu, NamespaceId ns, int ifindex);

public slots:
    /// Pings address (an IPv4 or IPv6 literal) from inside source: three requests, one
    /// a second. Bad input is refused here with the reason (outcome() says so too).
    void run(NamespaceId source, const QString& address);
    /// Starts picking: the source from the selection when one is selected, else by a
    /// click; then the address by a click or by typing.
    void start();
    /// Picks the source, then waits for an address.
    void pingFrom(NamespaceId source);
    void clear();

signals:
    void started(NamespaceId source, const QString& address);
    /// Every run() ends with one outcome, unless clear() or another run() comes first.
    void outcome(const NetnsStudio::PingOutcome& outcome);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Picking { None, Source, Target };

    void setPicking(Picking picking);
    void pick(const QPointF& scenePos);
    /// Shows reason and ends the run with an outcome whose error is `error` (else reason).
    void refuse(const QString& reason, const QString& error = {});
    void onReply(uint seq, double rttMs);
    void onNoReply(uint seq, const QString& status, const QString& detail);
    void onFinished(uint sent, uint received);
    QString label(NamespaceId id) const;
    QString describe(const QList<PathHop>& hops) const;
    void updateClearAction();

    HelperClient* m_helper;
    const TopologyModel* m_model;
    DiagramScene* m_scene;
    DiagramView* m_view;
    QMainWindow* m_window;
    PingPanel* m_panel;
    QDockWidget* m_dock;
    PingOverlay* m_overlay;
    QAction* m_action;
    QAction* m_clearAction;
    Picking m_picking = Picking::None;
    QPointer<PingRun> m_run;
    PingOutcome m_current;
};

} // namespace NetnsStudio

Q_DECLARE_METATYPE(NetnsStudio::PingOutcome)
