// SPDX-License-Identifier: GPL-3.0-or-later
// Lessons as data: the checks of each step against topologies built by hand for each
// stage of the tutorial, the commands each step shows, what "Reset lesson" removes,
// the progress rules for ping steps, and that each ping step's expectation is what
// the explainer says of that stage.
#include "IpCommand.h"
#include "Lesson.h"
#include "PathExplainer.h"

#include <QtTest>

using namespace NetnsStudio;

namespace {

constexpr NamespaceId kHost = 4026531840;
constexpr NamespaceId kBlue = 4026532300;

Link makeLink(int ifindex, const QString& name, const QString& kind = QStringLiteral("veth"))
{
    Link link;
    link.ifindex = ifindex;
    link.name = name;
    link.kind = kind;
    link.linkType = kind.isEmpty() ? QStringLiteral("loopback") : QStringLiteral("ether");
    link.operstate = QStringLiteral("DOWN");
    return link;
}

Link* linkNamed(Topology& t, NamespaceId ns, const QString& name)
{
    for (Namespace& n : t.namespaces)
        if (n.id == ns)
            for (Link& l : n.links)
                if (l.name == name)
                    return &l;
    return nullptr;
}

Namespace* space(Topology& t, NamespaceId id)
{
    for (Namespace& n : t.namespaces)
        if (n.id == id)
            return &n;
    return nullptr;
}

void bringUp(Topology& t, NamespaceId ns, const QString& name, bool carrier = true)
{
    Link* l = linkNamed(t, ns, name);
    l->up = true;
    l->operstate = l->kind.isEmpty() ? QStringLiteral("UNKNOWN") : carrier ? QStringLiteral("UP")
                                                                          : QStringLiteral("LOWERLAYERDOWN");
}

void connectedRoute(Topology& t, NamespaceId ns, const QString& dst, const QString& dev)
{
    Route r;
    r.family = QStringLiteral("inet");
    r.type = QStringLiteral("unicast");
    r.dst = dst;
    r.dev = dev;
    r.scope = QStringLiteral("link");
    r.protocol = QStringLiteral("kernel");
    space(t, ns)->routes << r;
}

/// A named namespace holding lo and eth0, joined to the host by a veth pair: eth0
/// (ifindex 2) and the host's end hostEnd.
void addNamespaceOnHostVeth(Topology& t, NamespaceId id, const QString& name, int hostIfindex, const QString& hostEnd)
{
    Namespace ns;
    ns.id = id;
    ns.name = name;
    ns.label = name;
    ns.kind = NamespaceKind::Named;
    Link eth0 = makeLink(2, QStringLiteral("eth0"));
    eth0.peer = {kHost, hostIfindex, hostEnd};
    ns.links << makeLink(1, QStringLiteral("lo"), {}) << eth0;
    t.namespaces << ns;
    Link end = makeLink(hostIfindex, hostEnd);
    end.peer = {id, 2, QStringLiteral("eth0")};
    space(t, kHost)->links << end;
}

/// The tutorial's topology after its first `changes` change steps (as the kernel
/// shows it, with the routes it adds).
Topology tutorialStage(int changes)
{
    Topology t;
    Namespace host;
    host.id = kHost;
    host.kind = NamespaceKind::Host;
    host.label = QStringLiteral("host");
    Link lo = makeLink(1, QStringLiteral("lo"), {});
    lo.addresses << QStringLiteral("127.0.0.1/8");
    host.links << lo;
    t.namespaces << host;
    bringUp(t, kHost, QStringLiteral("lo"));
    if (changes < 1)
        return t;
    Namespace blue;
    blue.id = kBlue;
    blue.name = QStringLiteral("blue");
    blue.kind = NamespaceKind::Named;
    blue.label = QStringLiteral("blue");
    Link blueLo = makeLink(1, QStringLiteral("lo"), {});
    blueLo.addresses << QStringLiteral("127.0.0.1/8");
    blue.links << blueLo;
    t.namespaces << blue;
    if (changes < 2)
        return t;
    Link veth0 = makeLink(5, QStringLiteral("veth0"));
    Link veth1 = makeLink(4, QStringLiteral("veth1"));
    veth0.peer = {kHost, 4, QStringLiteral("veth1")};
    veth1.peer = {kHost, 5, QStringLiteral("veth0")};
    space(t, kHost)->links << veth0;
    if (changes < 3) {
        space(t, kHost)->links << veth1;
        return t;
    }
    veth1.peer = {kHost, 5, QStringLiteral("veth0")};
    space(t, kBlue)->links << veth1;
    linkNamed(t, kHost, QStringLiteral("veth0"))->peer = {kBlue, 4, QStringLiteral("veth1")};
    if (changes < 4)
        return t;
    linkNamed(t, kBlue, QStringLiteral("veth1"))->addresses << QStringLiteral("10.1.1.1/24");
    if (changes < 5)
        return t;
    bringUp(t, kBlue, QStringLiteral("lo"));
    bringUp(t, kBlue, QStringLiteral("veth1"), false); // veth0 is still down: no carrier
    connectedRoute(t, kBlue, QStringLiteral("10.1.1.0/24"), QStringLiteral("veth1"));
    if (changes < 6)
        return t;
    linkNamed(t, kHost, QStringLiteral("veth0"))->addresses << QStringLiteral("10.1.1.2/24");
    if (changes < 7)
        return t;
    bringUp(t, kHost, QStringLiteral("veth0"));
    bringUp(t, kBlue, QStringLiteral("veth1"));
    connectedRoute(t, kHost, QStringLiteral("10.1.1.0/24"), QStringLiteral("veth0"));
    return t;
}

constexpr NamespaceId kOutside = 4026532600;
constexpr NamespaceId kNatBlue = 4026532700;

/// The NAT lesson's topology with every link made, addressed and up, and blue's
/// default route; forwarding and masquerading in the host as given.
Topology natStage(bool forwarding, bool masquerade)
{
    Topology t = tutorialStage(0);
    addNamespaceOnHostVeth(t, kOutside, QStringLiteral("outside"), 20, QStringLiteral("vout"));
    addNamespaceOnHostVeth(t, kNatBlue, QStringLiteral("blue"), 21, QStringLiteral("vblue"));
    linkNamed(t, kOutside, QStringLiteral("eth0"))->addresses << QStringLiteral("203.0.113.1/24");
    linkNamed(t, kNatBlue, QStringLiteral("eth0"))->addresses << QStringLiteral("10.3.3.1/24");
    Link* vout = linkNamed(t, kHost, QStringLiteral("vout"));
    vout->addresses << QStringLiteral("203.0.113.2/24");
    vout->masquerade = masquerade;
    linkNamed(t, kHost, QStringLiteral("vblue"))->addresses << QStringLiteral("10.3.3.2/24");
    space(t, kHost)->forwardingV4 = forwarding;
    for (const auto& [ns, dev, net] : {std::tuple{kOutside, QStringLiteral("eth0"), QStringLiteral("203.0.113.0/24")},
                                       std::tuple{kNatBlue, QStringLiteral("eth0"), QStringLiteral("10.3.3.0/24")},
                                       std::tuple{kHost, QStringLiteral("vout"), QStringLiteral("203.0.113.0/24")},
                                       std::tuple{kHost, QStringLiteral("vblue"), QStringLiteral("10.3.3.0/24")}}) {
        bringUp(t, ns, dev);
        connectedRoute(t, ns, net, dev);
    }
    Route viaHost;
    viaHost.family = QStringLiteral("inet");
    viaHost.type = QStringLiteral("unicast");
    viaHost.dst = QStringLiteral("default");
    viaHost.gateway = QStringLiteral("10.3.3.2");
    viaHost.dev = QStringLiteral("eth0");
    space(t, kNatBlue)->routes << viaHost;
    return t;
}

/// The index of the nth change step (or ping step) of a lesson.
int nthStep(const Lesson& lesson, int n, bool ping)
{
    for (int i = 0; i < lesson.steps.size(); ++i)
        if (lesson.steps[i].isPing() == ping && n-- == 0)
            return i;
    return -1;
}

Lesson lessonById(const QString& id)
{
    for (const Lesson& lesson : builtInLessons())
        if (lesson.id == id)
            return lesson;
    return {};
}

} // namespace

class LessonsTest : public QObject {
    Q_OBJECT

private slots:
    void lessonsAreWellFormed();
    void checks();
    void tutorialStepsFollowTheTopology();
    void tutorialCommands();
    void bridgeCommands();
    void resolvedNamesTheHost();
    void pingStepsMatchTheExplainer();
    void pingProgress();
    void resetRemovesWhatTheLessonMade();
    void resetOfThePartlyDoneTutorial();
    void resetOfTheBridgeLesson();
    void natLessonFollowsTheTopology();
    void natPingsMatchTheExplainer();
    void resetOfTheNatLesson();
};

void LessonsTest::lessonsAreWellFormed()
{
    const QList<Lesson> lessons = builtInLessons();
    QVERIFY(lessons.size() >= 2);
    QSet<QString> ids;
    for (const Lesson& lesson : lessons) {
        QVERIFY(!ids.contains(lesson.id));
        ids.insert(lesson.id);
        QVERIFY(!lesson.title.isEmpty() && !lesson.intro.isEmpty());
        // Only the NAT lesson changes what a real host relies on (forwarding, nftables).
        QCOMPARE(lesson.playgroundOnly, lesson.id == QLatin1String("nat"));
        for (const LessonStep& step : lesson.steps) {
            QVERIFY(!step.instruction.isEmpty());
            QVERIFY2(step.isPing() != !step.tasks.isEmpty(), qPrintable(step.instruction));
            for (const LessonTask& task : step.tasks) {
                QVERIFY(task.done);
                const ActionProblem problem = checkAction(resolved(task.action, natStage(false, false)));
                QVERIFY2(!problem, qPrintable(problem.message));
            }
        }
    }
    QCOMPARE(lessons.first().id, QStringLiteral("tutorial"));
}

void LessonsTest::checks()
{
    const Topology start = tutorialStage(0);
    const Topology end = tutorialStage(7);
    using namespace LessonChecks;
    QVERIFY(!namespaceExists(QStringLiteral("blue"))(start));
    QVERIFY(namespaceExists(QStringLiteral("blue"))(end));
    QVERIFY(namespaceExists(QString())(start)); // the host
    QVERIFY(vethWithPeer({}, QStringLiteral("veth0"), QStringLiteral("veth1"))(end));
    QVERIFY(!vethWithPeer({}, QStringLiteral("veth0"), QStringLiteral("veth2"))(end));
    QVERIFY(!vethWithPeer({}, QStringLiteral("lo"), QStringLiteral("veth1"))(end));
    QVERIFY(vethWithPeerIn(QStringLiteral("blue"), QStringLiteral("veth1"), {}, QStringLiteral("veth0"))(end));
    QVERIFY(!vethWithPeerIn(QStringLiteral("blue"), QStringLiteral("veth1"), QStringLiteral("blue"),
                            QStringLiteral("veth0"))(end));
    QVERIFY(!vethWithPeerIn(QStringLiteral("blue"), QStringLiteral("veth1"), {}, QStringLiteral("veth0"))(tutorialStage(2)));
    QVERIFY(hasAddress(QStringLiteral("blue"), QStringLiteral("veth1"), QStringLiteral("10.1.1.1/24"))(end));
    QVERIFY(!hasAddress(QStringLiteral("blue"), QStringLiteral("veth1"), QStringLiteral("10.1.1.1/25"))(end));
    QVERIFY(!hasAddress({}, QStringLiteral("veth1"), QStringLiteral("10.1.1.1/24"))(end));
    QVERIFY(isUp(QStringLiteral("blue"), QStringLiteral("lo"))(end));
    QVERIFY(!isUp(QStringLiteral("blue"), QStringLiteral("lo"))(tutorialStage(4)));
    QVERIFY(!isUp(QStringLiteral("nowhere"), QStringLiteral("lo"))(end));

    Topology bridged = end;
    Link br0 = makeLink(7, QStringLiteral("br0"), QStringLiteral("bridge"));
    space(bridged, kHost)->links << br0;
    linkNamed(bridged, kHost, QStringLiteral("veth0"))->master = QStringLiteral("br0");
    QVERIFY(bridgeExists({}, QStringLiteral("br0"))(bridged));
    QVERIFY(!bridgeExists({}, QStringLiteral("veth0"))(bridged));
    QVERIFY(hasMaster({}, QStringLiteral("veth0"), QStringLiteral("br0"))(bridged));
    QVERIFY(!hasMaster({}, QStringLiteral("veth0"), QStringLiteral("br0"))(end));
}

void LessonsTest::tutorialStepsFollowTheTopology()
{
    const Lesson lesson = lessonById(QStringLiteral("tutorial"));
    const int changeSteps = int(std::count_if(lesson.steps.begin(), lesson.steps.end(),
                                              [](const LessonStep& s) { return !s.isPing(); }));
    QCOMPARE(changeSteps, 7);
    for (int stage = 0; stage <= changeSteps; ++stage) {
        const Topology t = tutorialStage(stage);
        for (int n = 0; n < changeSteps; ++n)
            QVERIFY2(lesson.steps[nthStep(lesson, n, false)].isDoneIn(t) == (n < stage),
                     qPrintable(QStringLiteral("stage %1, change step %2").arg(stage).arg(n)));
        LessonProgress progress(lesson);
        progress.update(t);
        // Every change step before the first ping is ticked in order; then the ping waits.
        QCOMPARE(progress.nextOpen(), stage < 5 ? stage : 5);
    }
    // Done out of order (an address before the move) ticks only that step.
    Topology skipped = tutorialStage(2);
    linkNamed(skipped, kHost, QStringLiteral("veth0"))->addresses << QStringLiteral("10.1.1.2/24");
    LessonProgress progress(lesson);
    progress.update(skipped);
    QVERIFY(progress.isDone(nthStep(lesson, 5, false)));
    QVERIFY(!progress.isDone(nthStep(lesson, 2, false)));
    QCOMPARE(progress.nextOpen(), 2);
    QCOMPARE(progress.doneCount(), 3);
}

void LessonsTest::tutorialCommands()
{
    const Lesson lesson = lessonById(QStringLiteral("tutorial"));
    const Topology t = tutorialStage(3);
    QStringList all;
    for (const LessonStep& step : lesson.steps)
        all << stepCommands(step, t).join(QLatin1String(" ; "));
    const QStringList expected{
        QStringLiteral("ip netns add blue"),
        QStringLiteral("ip link add veth0 type veth peer name veth1"),
        QStringLiteral("ip link set veth1 netns blue"),
        QStringLiteral("ip -n blue addr add 10.1.1.1/24 dev veth1"),
        QStringLiteral("ip -n blue link set lo up ; ip -n blue link set veth1 up"),
        QStringLiteral("ip netns exec blue ping -c 3 10.1.1.1"),
        QStringLiteral("ping -c 3 10.1.1.1"),
        QStringLiteral("ip addr add 10.1.1.2/24 dev veth0"),
        QStringLiteral("ip link set veth0 up"),
        QStringLiteral("ping -c 3 10.1.1.1"),
        QStringLiteral("ip netns exec blue ping -c 3 10.1.1.2"),
    };
    QCOMPARE(all, expected);
}

void LessonsTest::bridgeCommands()
{
    const Lesson lesson = lessonById(QStringLiteral("bridge"));
    QStringList all;
    for (const LessonStep& step : lesson.steps)
        all += stepCommands(step, tutorialStage(0));
    QVERIFY(all.contains(QStringLiteral("ip link add vred type veth peer name eth0 netns red")));
    QVERIFY(all.contains(QStringLiteral("ip -n green addr add 10.2.2.2/24 dev eth0")));
    QVERIFY(all.contains(QStringLiteral("ip link add br0 type bridge")));
    QVERIFY(all.contains(QStringLiteral("ip link set vgreen master br0")));
    QVERIFY(all.contains(QStringLiteral("ip netns exec red ping -c 3 10.2.2.2")));
}

void LessonsTest::resolvedNamesTheHost()
{
    const Topology t = tutorialStage(1);
    const Action move = resolved(Action::moveLink(hostRef(), {QStringLiteral("veth1"), 0},
                                                  NamespaceRef::byName(QStringLiteral("blue"))),
                                 t);
    QCOMPARE(move.ns, NamespaceRef::byId(kHost));
    QCOMPARE(move.peerNs, NamespaceRef::byName(QStringLiteral("blue")));
    const Action veth = resolved(Action::addVethPair(hostRef(), QStringLiteral("a"), hostRef(), QStringLiteral("b")), t);
    QCOMPARE(veth.ns, NamespaceRef::byId(kHost));
    QCOMPARE(veth.peerNs, NamespaceRef::byId(kHost));
    // A new namespace is named by itself, not placed anywhere.
    QCOMPARE(resolved(Action::addNamespace(QStringLiteral("blue")), t).ns, NamespaceRef{});
}

void LessonsTest::pingStepsMatchTheExplainer()
{
    // Each ping step, at the stage where the change steps before it are done, gets
    // from the explainer the outcome it expects; the failing one for want of a route.
    const Lesson lesson = lessonById(QStringLiteral("tutorial"));
    int changesBefore = 0;
    for (const LessonStep& step : lesson.steps) {
        if (!step.isPing()) {
            ++changesBefore;
            continue;
        }
        const Topology t = tutorialStage(changesBefore);
        const Namespace* from = t.namespaceByName(step.ping->from);
        QVERIFY(from);
        const PathExplanation e = PathExplainer(t).explain(from->id, step.ping->to);
        QVERIFY2(e.works() == step.ping->expectReplies, qPrintable(step.instruction + QLatin1String(": ") + e.reason));
        if (!step.ping->expectReplies) {
            QCOMPARE(e.problem, PathProblem::NoRoute);
            QVERIFY2(e.reason.contains(QLatin1String("no route")), qPrintable(e.reason));
        }
    }
}

void LessonsTest::pingProgress()
{
    const Lesson lesson = lessonById(QStringLiteral("tutorial"));
    const int insideBlue = nthStep(lesson, 0, true);
    const int fromHost = nthStep(lesson, 1, true);
    const int again = nthStep(lesson, 2, true);
    LessonProgress progress(lesson);
    progress.update(tutorialStage(5));
    QCOMPARE(progress.nextOpen(), insideBlue);
    QVERIFY(!progress.recordPing(nthStep(lesson, 0, false), true)); // not a ping step
    QVERIFY(!progress.recordPing(insideBlue, false));                // expects replies
    QVERIFY(!progress.isDone(insideBlue));
    QVERIFY(progress.recordPing(insideBlue, true));
    QVERIFY(progress.recordPing(fromHost, false));
    QCOMPARE(progress.nextOpen(), fromHost + 1);
    // A ping whose change steps before it are not done does not count.
    QVERIFY(!progress.recordPing(again, true));
    QVERIFY(!progress.isDone(again));
    QVERIFY(!progress.update(tutorialStage(5))); // nothing changed
    progress.update(tutorialStage(7));
    QVERIFY(progress.recordPing(again, true));
    QVERIFY(progress.isDone(fromHost)); // it failed as it should when it was done
    // Undoing an earlier change step takes the pings after it back.
    QVERIFY(progress.update(tutorialStage(4)));
    QVERIFY(!progress.isDone(insideBlue) && !progress.isDone(fromHost) && !progress.isDone(again));
    progress.update(tutorialStage(7));
    QVERIFY(!progress.isDone(insideBlue));
    QVERIFY(progress.recordPing(insideBlue, true));
    progress.forgetPings();
    QVERIFY(!progress.isDone(insideBlue));
    QCOMPARE(progress.doneCount(), 7);
}

void LessonsTest::resetRemovesWhatTheLessonMade()
{
    const Lesson lesson = lessonById(QStringLiteral("tutorial"));
    QVERIFY(resetActions(lesson, tutorialStage(0)).isEmpty());
    const QList<Action> actions = resetActions(lesson, tutorialStage(7));
    const QList<Action> expected{Action::deleteLink(NamespaceRef::byId(kHost), {QStringLiteral("veth0"), 5}),
                                 Action::deleteNamespace(NamespaceRef::byName(QStringLiteral("blue")))};
    QCOMPARE(actions, expected);
}

void LessonsTest::resetOfThePartlyDoneTutorial()
{
    const Lesson lesson = lessonById(QStringLiteral("tutorial"));
    // Both ends in the host: deleting veth0 takes veth1 along, so it is the only link.
    QList<Action> expected{Action::deleteLink(NamespaceRef::byId(kHost), {QStringLiteral("veth0"), 5}),
                           Action::deleteNamespace(NamespaceRef::byName(QStringLiteral("blue")))};
    QCOMPARE(resetActions(lesson, tutorialStage(2)), expected);
    QCOMPARE(resetActions(lesson, tutorialStage(1)),
             QList<Action>{Action::deleteNamespace(NamespaceRef::byName(QStringLiteral("blue")))});
    // veth0 gone by hand, veth1 left in the host: the other end is found.
    Topology t = tutorialStage(2);
    space(t, kHost)->links.removeIf([](const Link& l) { return l.name == QLatin1String("veth0"); });
    linkNamed(t, kHost, QStringLiteral("veth1"))->peer = {};
    expected[0] = Action::deleteLink(NamespaceRef::byId(kHost), {QStringLiteral("veth1"), 4});
    QCOMPARE(resetActions(lesson, t), expected);
}

void LessonsTest::resetOfTheBridgeLesson()
{
    const Lesson lesson = lessonById(QStringLiteral("bridge"));
    Topology t = tutorialStage(7); // the other lesson's things are left alone
    const NamespaceId red = 4026532400, green = 4026532500;
    addNamespaceOnHostVeth(t, red, QStringLiteral("red"), 10, QStringLiteral("vred"));
    addNamespaceOnHostVeth(t, green, QStringLiteral("green"), 11, QStringLiteral("vgreen"));
    space(t, kHost)->links << makeLink(12, QStringLiteral("br0"), QStringLiteral("bridge"));
    const NamespaceRef host = NamespaceRef::byId(kHost);
    const QList<Action> expected{Action::deleteLink(host, {QStringLiteral("vred"), 10}),
                                 Action::deleteLink(host, {QStringLiteral("vgreen"), 11}),
                                 Action::deleteLink(host, {QStringLiteral("br0"), 12}),
                                 Action::deleteNamespace(NamespaceRef::byName(QStringLiteral("red"))),
                                 Action::deleteNamespace(NamespaceRef::byName(QStringLiteral("green")))};
    QCOMPARE(resetActions(lesson, t), expected);
}

void LessonsTest::natLessonFollowsTheTopology()
{
    const Lesson lesson = lessonById(QStringLiteral("nat"));
    QVERIFY(lesson.playgroundOnly);
    LessonProgress progress(lesson);
    progress.update(natStage(false, false));
    const int forwardingStep = nthStep(lesson, 4, false), natStep = nthStep(lesson, 5, false);
    QCOMPARE(progress.nextOpen(), forwardingStep); // every link, address and route is there
    progress.update(natStage(true, false));
    QCOMPARE(progress.nextOpen(), nthStep(lesson, 0, true));
    QVERIFY(!progress.isDone(natStep));
    progress.update(natStage(true, true));
    QVERIFY(progress.isDone(forwardingStep) && progress.isDone(natStep));
    using namespace LessonChecks;
    QVERIFY(hasRoute(QStringLiteral("blue"), QStringLiteral("default"), QStringLiteral("10.3.3.2"))(natStage(false, false)));
    QVERIFY(!hasRoute(QStringLiteral("blue"), QStringLiteral("default"), QStringLiteral("10.3.3.9"))(natStage(false, false)));
    QVERIFY(!hasRoute(QStringLiteral("outside"), QStringLiteral("default"), QStringLiteral("10.3.3.2"))(natStage(false, false)));
    QVERIFY(!forwardsIPv4({})(natStage(false, true)));
    QVERIFY(forwardsIPv4({})(natStage(true, false)));
    QVERIFY(!masquerades({}, QStringLiteral("vout"))(natStage(true, false)));
    QVERIFY(masquerades({}, QStringLiteral("vout"))(natStage(true, true)));
    QVERIFY(!masquerades({}, QStringLiteral("vblue"))(natStage(true, true)));
}

void LessonsTest::natPingsMatchTheExplainer()
{
    const Lesson lesson = lessonById(QStringLiteral("nat"));
    const LessonStep before = lesson.steps[nthStep(lesson, 0, true)];
    const LessonStep after = lesson.steps[nthStep(lesson, 1, true)];
    QCOMPARE(before.ping->to, after.ping->to);
    QVERIFY(!before.ping->expectReplies && after.ping->expectReplies);

    // Without NAT the request gets there, and outside has no route back to blue.
    const Topology plain = natStage(true, false);
    const PathExplanation e = PathExplainer(plain).explain(kNatBlue, before.ping->to);
    QVERIFY(e.arrives);
    QVERIFY(!e.returns);
    QCOMPARE(e.problem, PathProblem::NoRoute);
    QCOMPARE(e.failedAt, kOutside);
    QVERIFY2(e.reason.contains(QLatin1String("10.3.3.1")), qPrintable(e.reason));

    // With it, outside answers the host's address, and the host hands the reply to blue.
    const Topology masqueraded = natStage(true, true);
    const PathExplanation m = PathExplainer(masqueraded).explain(kNatBlue, after.ping->to);
    QVERIFY2(m.works(), qPrintable(m.reason));
    QCOMPARE(m.sourceAddress, QStringLiteral("10.3.3.1"));
    QCOMPARE(m.forward.size(), 3);
    QCOMPARE(m.forward[1].ns, kHost);
    QCOMPARE(m.forward[1].outLink, QStringLiteral("vout"));
    QVERIFY2(m.forward[1].note.contains(QLatin1String("source is rewritten to 203.0.113.2 by masquerading")),
             qPrintable(m.forward[1].note));
    QVERIFY(!m.forward[0].note.contains(QLatin1String("masquerading")));
    QCOMPARE(m.back.size(), 3);
    QCOMPARE(m.back[0].nextHop, QStringLiteral("203.0.113.2"));
    QCOMPARE(m.back[1].ns, kHost);
    QCOMPARE(m.back[1].outLink, QStringLiteral("vblue"));
    QCOMPARE(m.back[1].nextHop, QStringLiteral("10.3.3.1"));
    QVERIFY2(m.back[1].note.contains(QLatin1String("10.3.3.1 again")), qPrintable(m.back[1].note));
    QCOMPARE(m.back[2].ns, kNatBlue);

    // Masquerading does not make the host forward.
    const PathExplanation off = PathExplainer(natStage(false, true)).explain(kNatBlue, after.ping->to);
    QCOMPARE(off.problem, PathProblem::ForwardingOff);
    // Nor does it change what the host sends itself from its own address on vout.
    const PathExplanation own = PathExplainer(masqueraded).explain(kHost, after.ping->to);
    QVERIFY(own.works());
    QVERIFY(!own.forward[0].note.contains(QLatin1String("masquerading")));
}

void LessonsTest::resetOfTheNatLesson()
{
    const Lesson lesson = lessonById(QStringLiteral("nat"));
    const NamespaceRef host = NamespaceRef::byId(kHost);
    const QList<Action> links{Action::deleteLink(host, {QStringLiteral("vout"), 20}),
                              Action::deleteLink(host, {QStringLiteral("vblue"), 21}),
                              Action::deleteNamespace(NamespaceRef::byName(QStringLiteral("outside"))),
                              Action::deleteNamespace(NamespaceRef::byName(QStringLiteral("blue")))};
    QCOMPARE(resetActions(lesson, natStage(false, false)), links);
    // What the lesson switched on goes off first, while vout is there to name.
    QCOMPARE(resetActions(lesson, natStage(true, true)),
             QList<Action>({Action::setForwarding(host, QStringLiteral("inet"), false),
                            Action::setMasquerade(host, {QStringLiteral("vout"), 20}, false)}) +
                 links);
}

QTEST_GUILESS_MAIN(LessonsTest)
#include "tst_lessons.moc"
