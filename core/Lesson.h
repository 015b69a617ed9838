// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Action.h"
#include "Topology.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

/// Guided lessons as data: each step says in plain words what to do, carries the
/// Actions that do it, and checks the live topology to see whether it is done, so a
/// step done with the mouse or in a terminal counts just the same.
///
/// Namespaces in lesson data are named by their /run/netns name; the host is the
/// empty name, and an unset NamespaceRef in an Action (see hostRef()).
namespace NetnsStudio {

/// Whether something holds in a topology.
using TopologyCheck = std::function<bool(const Topology&)>;

/// One change of a step and the check that shows it is there.
struct LessonTask {
    Action action;
    TopologyCheck done;
};

/// A ping the student makes from the panel, and what the step expects of it.
struct LessonPing {
    /// Echo requests a lesson's ping sends (the panel's and the shown command's).
    static constexpr uint kCount = 3;

    QString from;   ///< namespace name; empty: the host
    QString to;     ///< an IP literal
    bool expectReplies = true;
};

struct LessonStep {
    QString instruction;       ///< plain words
    QList<LessonTask> tasks;   ///< empty for a ping step
    std::optional<LessonPing> ping;

    bool isPing() const { return ping.has_value(); }
    /// A change step is done when every task's check holds. (A ping step never is by
    /// the topology alone: LessonProgress records its pings.)
    bool isDoneIn(const Topology& topology) const;
};

struct Lesson {
    QString id;
    QString title;
    QString intro;
    QList<LessonStep> steps;
    /// Offered only in the playground (it changes things a real host relies on).
    bool playgroundOnly = false;
};

/// The host as lesson Actions name it: an unset reference, filled in by resolved().
inline NamespaceRef hostRef()
{
    return {};
}

/// The lessons the program offers, in order; texts are translated.
QList<Lesson> builtInLessons();

/// A namespace reference of a lesson, with the host's id when it names the host.
NamespaceRef resolved(const NamespaceRef& ref, const Topology& topology);
/// An action of a lesson with the host's id filled in where it names the host.
Action resolved(const Action& action, const Topology& topology);

/// What a person would type for a step: the ip command of each task's action, or
/// the ping command of a ping step.
QStringList stepCommands(const LessonStep& step, const Topology& topology);

/// The actions that remove what a lesson made and is still there (its namespaces,
/// veth pairs and bridges) and turn off the forwarding and masquerading it turned on,
/// in an order that works as one batch; empty when there
/// is nothing to remove.
QList<Action> resetActions(const Lesson& lesson, const Topology& topology);

/// Checks for lesson data. Namespaces by name, "" is the host.
namespace LessonChecks {
TopologyCheck namespaceExists(const QString& ns);
/// `link` in `ns` is a veth whose peer is named `peer` (wherever the peer is).
TopologyCheck vethWithPeer(const QString& ns, const QString& link, const QString& peer);
/// `link` in `ns` is a veth whose peer is `peer` in `peerNs`.
TopologyCheck vethWithPeerIn(const QString& ns, const QString& link, const QString& peerNs, const QString& peer);
TopologyCheck bridgeExists(const QString& ns, const QString& name);
TopologyCheck hasAddress(const QString& ns, const QString& link, const QString& cidr);
TopologyCheck isUp(const QString& ns, const QString& link);
TopologyCheck hasMaster(const QString& ns, const QString& link, const QString& bridge);
/// `ns` has a route to `dst` ("default" or a prefix) via `gateway`.
TopologyCheck hasRoute(const QString& ns, const QString& dst, const QString& gateway);
TopologyCheck forwardsIPv4(const QString& ns);
/// IPv4 traffic leaving `link` in `ns` is masqueraded.
TopologyCheck masquerades(const QString& ns, const QString& link);
} // namespace LessonChecks

/// Which steps of a lesson are done. Change steps follow the topology; a ping step
/// is done once a ping ended as it expects while the change steps before it were
/// done, and stays done until one of those is undone.
class LessonProgress {
public:
    explicit LessonProgress(Lesson lesson);

    const Lesson& lesson() const { return m_lesson; }
    /// Re-evaluates on the live topology; returns whether any step changed.
    bool update(const Topology& topology);
    /// A ping of a ping step ended; returns whether the step is now done.
    bool recordPing(int step, bool gotReplies);
    /// Forgets every ping (after a reset).
    void forgetPings();

    bool isDone(int step) const;
    /// Whether the change steps before `step` are all done.
    bool earlierChangesDone(int step) const;
    /// The first step not done, or -1 when all are.
    int nextOpen() const;
    int doneCount() const;

private:
    Lesson m_lesson;
    QList<bool> m_changeDone;
    QList<bool> m_pingDone;
};

} // namespace NetnsStudio
