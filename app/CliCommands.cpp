// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "DiagramExport.h"
#include "DiagramScene.h"
#include "HelperClient.h"
#include "LayoutStore.h"
#include "TopologyModel.h"
#include "IpCommand.h"
#include "PathExplainer.h"
#include "PingRun.h"
#include "Validation.h"
#include "TopologyJson.h"
#include "LabPlan.h"
#include "LabYaml.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <functional>
#include <cstdio>
#include <vector>

namespace NetnsStudio {

namespace {

// One translation context for this file's strings, the same for lupdate and at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
};

bool reportNoBus(const HelperClient& helper)
{
    if (helper.isConnected())
        return false;
    std::fprintf(stderr, "%s\n",
                 qPrintable(Text::tr("netns-studio: cannot reach the system bus: %1").arg(helper.connectionError())));
    return true;
}

void reportError(const HelperError& error)
{
    std::fprintf(stderr, "netns-studio: %s: %s\n", qPrintable(error.name), qPrintable(error.message));
}

/// A namespace as a person names it on the command line: its name, "host", or its id.
const Namespace* findNamespace(const Topology& topology, const QString& nameOrId)
{
    for (const Namespace& ns : topology.namespaces)
        if (ns.name == nameOrId || QString::number(ns.id) == nameOrId ||
            (ns.kind == NamespaceKind::Host && nameOrId == QLatin1String("host")))
            return &ns;
    return nullptr;
}

/// The live topology, or nothing (and the reason on stderr).
std::optional<Topology> fetchTopology(HelperClient& helper)
{
    if (reportNoBus(helper))
        return std::nullopt;
    HelperError error;
    std::optional<Topology> topology = helper.fetchTopologyBlocking(&error);
    if (!topology)
        reportError(error);
    return topology;
}

/// For --explain and --ping: checks the address, reads the topology, and makes sure
/// it has the namespace named; says what is wrong and returns nothing otherwise.
std::optional<Topology> readTopologyFor(HelperClient& helper, const QString& nameOrId, const QString& address)
{
    QString error;
    if (!Validation::parseIpLiteral(address, &error)) {
        std::fprintf(stderr, "netns-studio: %s\n", qPrintable(error));
        return std::nullopt;
    }
    std::optional<Topology> topology = fetchTopology(helper);
    if (!topology)
        return std::nullopt;
    if (!findNamespace(*topology, nameOrId)) {
        std::fprintf(stderr, "%s\n", qPrintable(Text::tr("netns-studio: there is no namespace '%1'.").arg(nameOrId)));
        return std::nullopt;
    }
    return topology;
}

/// Reads a lab file; prints each problem as FILE:LINE:COLUMN: message.
std::optional<Lab> readLab(const QString& path)
{
    QList<LabProblem> problems;
    std::optional<Lab> lab = LabYaml::readFile(path, &problems);
    for (const LabProblem& problem : std::as_const(problems))
        std::fprintf(stderr, "%s\n", qPrintable(problem.toString(path)));
    return lab;
}

/// From this many steps on, a batch shows how far it got.
constexpr int kProgressFromSteps = 50;

/// Applies a plan as one batch; prints `done` on success. Exit status as runApplyLab.
int applyPlan(HelperClient& helper, const LabPlan::Plan& plan, const QString& done)
{
    for (const QString& conflict : plan.conflicts)
        std::fprintf(stderr, "%s\n", qPrintable(Text::tr("netns-studio: in the way: %1").arg(conflict)));
    if (!plan.conflicts.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(Text::tr("netns-studio: nothing was changed.")));
        return 1;
    }
    const bool showProgress = plan.actions.size() >= kProgressFromSteps;
    if (showProgress) {
        std::fprintf(stderr, "%s\n", qPrintable(Text::tr("Applying %1 steps as one batch...").arg(plan.actions.size())));
        QObject::connect(&helper, &HelperClient::batchProgress, &helper, [](uint stepsDone, uint total) {
            std::fprintf(stderr, "%s\n", qPrintable(Text::tr("  %1 of %2 steps done").arg(stepsDone).arg(total)));
        });
    }
    helper.apply(plan.actions, [&](const HelperError& error) {
        if (!error.name.isEmpty()) {
            reportError(error);
            QCoreApplication::exit(1);
            return;
        }
        std::printf("%s\n", qPrintable(done));
        QCoreApplication::exit(0);
    });
    const int status = QCoreApplication::exec();
    if (showProgress)
        QObject::disconnect(&helper, &HelperClient::batchProgress, &helper, nullptr);
    return status;
}

} // namespace

namespace {

/// Reads a lab and the live topology, plans with planner, and applies the plan;
/// nothing (and says so) when the plan is empty.
int runLabPlan(HelperClient& helper, const QString& path,
               LabPlan::Plan (*planner)(const Lab&, const Topology&), const QString& nothing,
               const std::function<QString(qsizetype steps)>& done)
{
    const std::optional<Lab> lab = readLab(path);
    if (!lab)
        return 2;
    const std::optional<Topology> topology = fetchTopology(helper);
    if (!topology)
        return 1;
    const LabPlan::Plan plan = planner(*lab, *topology);
    if (plan.actions.isEmpty() && plan.conflicts.isEmpty()) {
        std::printf("%s\n", qPrintable(nothing));
        return 0;
    }
    return applyPlan(helper, plan, done(plan.actions.size()));
}

} // namespace

int runApplyLab(HelperClient& helper, const QString& path)
{
    return runLabPlan(helper, path, &LabPlan::apply,
                      Text::tr("Nothing to do: everything in %1 is already there.").arg(path),
                      [&](qsizetype steps) { return Text::tr("Applied %1: %2 steps.").arg(path).arg(steps); });
}

int runDestroyLab(HelperClient& helper, const QString& path)
{
    return runLabPlan(helper, path, &LabPlan::destroy,
                      Text::tr("Nothing to do: nothing of %1 is on this host.").arg(path),
                      [&](qsizetype steps) { return Text::tr("Destroyed %1: %2 steps.").arg(path).arg(steps); });
}

int runExportScript(const QString& path)
{
    const std::optional<Lab> lab = readLab(path);
    if (!lab)
        return 2;
    const Topology fresh = LabPlan::freshHost();
    std::printf("#!/bin/bash\n# %s\nset -e\n",
                qPrintable(Text::tr("The lab %1 as ip commands (netns-studio --export-script), for a host "
                              "that does not have it yet.")
                               .arg(path)));
    for (const Action& action : LabPlan::apply(*lab, fresh).actions)
        std::printf("%s\n", qPrintable(ipCommand(action, fresh)));
    return std::fflush(stdout) == 0 ? 0 : 1;
}

int runSaveLab(HelperClient& helper, const QString& path, const QStringList& names)
{
    const std::optional<Topology> topology = fetchTopology(helper);
    if (!topology)
        return 1;
    QStringList leftOut;
    QString error;
    std::optional<Lab> lab = LabPlan::capture(*topology, names, &leftOut, &error);
    if (!lab) {
        std::fprintf(stderr, "netns-studio: %s\n", qPrintable(error));
        return 2;
    }
    for (const QString& note : std::as_const(leftOut))
        std::fprintf(stderr, "%s\n", qPrintable(Text::tr("netns-studio: left out: %1").arg(note)));
    const LayoutStore layout;
    for (LabNamespace& ns : lab->namespaces)
        if (const Namespace* live = findNamespace(*topology, ns.name))
            ns.position = layout.position(LayoutStore::keyOf(*live));
    // What the host holds may still be more than a lab can say (a name it refuses).
    const QList<LabProblem> problems = validateLab(*lab);
    for (const LabProblem& problem : problems)
        std::fprintf(stderr, "%s\n", qPrintable(Text::tr("netns-studio: cannot save: %1").arg(problem.message)));
    if (!problems.isEmpty())
        return 1;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(LabYaml::write(*lab)) < 0 || !file.commit()) {
        std::fprintf(stderr, "netns-studio: %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return 1;
    }
    std::printf("%s\n", qPrintable(Text::tr("Saved %1 namespaces to %2.").arg(lab->namespaces.size()).arg(path)));
    return 0;
}

int runJsonCommand(HelperClient& helper, int repeat)
{
    if (reportNoBus(helper))
        return 1;
    std::optional<Topology> topology;
    std::vector<double> times;
    for (int i = 0; i < std::max(repeat, 1); ++i) {
        HelperError error;
        QElapsedTimer timer;
        timer.start();
        topology = helper.fetchTopologyBlocking(&error);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!topology) {
            reportError(error);
            return 1;
        }
    }
    if (repeat > 1) {
        std::sort(times.begin(), times.end());
        std::fprintf(stderr, "snapshot median ms: %.3f\n", times[times.size() / 2]);
    }
    const QByteArray json =
        QJsonDocument(TopologyJson::toJson(*topology)).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}

int runPrintCommands(HelperClient& helper)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (!doc.isArray()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(Text::tr("netns-studio: the input is not a JSON list of actions: %1")
                                    .arg(parseError.errorString())));
        return 2;
    }
    QList<Action> actions;
    const QJsonArray list = doc.array();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString error;
        const std::optional<Action> action = actionFromJson(list[i].toObject(), &error);
        if (!action) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(Text::tr("netns-studio: action %1: %2").arg(i + 1).arg(error)));
            return 2;
        }
        actions.append(*action);
    }
    const std::optional<Topology> topology = fetchTopology(helper);
    if (!topology)
        return 1;
    for (const Action& action : std::as_const(actions))
        std::printf("%s\n", qPrintable(ipCommand(action, *topology)));
    return std::fflush(stdout) == 0 ? 0 : 1;
}

int runExportCommand(HelperClient& helper, const QString& path)
{
    const std::optional<Topology> topology = fetchTopology(helper);
    if (!topology)
        return 1;
    TopologyModel model;
    LayoutStore layout;
    layout.setReadOnly(true); // the person's arrangement is used, not changed
    DiagramScene scene(&model, &layout);
    model.setTopology(*topology);
    if (const QString failure = exportDiagram(&scene, path); !failure.isEmpty()) {
        std::fprintf(stderr, "netns-studio: %s\n", qPrintable(failure));
        return 1;
    }
    return 0;
}

int runWatchCommand(HelperClient& helper)
{
    if (reportNoBus(helper))
        return 1;
    TopologyModel model;
    bool first = true;
    auto printLine = [](const QJsonObject& object, QJsonDocument::JsonFormat format) {
        const QByteArray text = QJsonDocument(object).toJson(format);
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        if (format == QJsonDocument::Compact)
            std::fputc('\n', stdout);
        std::fflush(stdout);
    };
    QObject::connect(&helper, &HelperClient::subscribed, &model, [&](quint64 generation, const Topology& topology) {
        model.setTopology(generation, topology);
        if (first) {
            first = false;
            printLine(TopologyJson::toJson(topology), QJsonDocument::Indented);
            return;
        }
        printLine({{QStringLiteral("generation"), double(generation)},
                   {QStringLiteral("resync"), true},
                   {QStringLiteral("topology"), TopologyJson::toJson(topology)}},
                  QJsonDocument::Compact);
    });
    QObject::connect(&helper, &HelperClient::changed, &model,
                     [&](quint64 generation, const QList<Namespace>& changed, const QList<NamespaceId>& removed) {
                         if (!model.applyChange(generation, changed, removed)) {
                             helper.subscribe();
                             return;
                         }
                         QJsonArray changedJson, removedJson;
                         for (const Namespace& ns : changed)
                             changedJson.append(TopologyJson::toJson(ns));
                         for (NamespaceId id : removed)
                             removedJson.append(double(id));
                         printLine({{QStringLiteral("generation"), double(generation)},
                                    {QStringLiteral("changed"), changedJson},
                                    {QStringLiteral("removed"), removedJson}},
                                   QJsonDocument::Compact);
                     });
    int status = 0;
    QObject::connect(&helper, &HelperClient::failed, &model, [&](const HelperError& error) {
        reportError(error);
        status = 1;
        QCoreApplication::exit(1);
    });
    QObject::connect(&helper, &HelperClient::helperLost, &model, [&] {
        std::fprintf(stderr, "%s\n", qPrintable(Text::tr("netns-studio: the helper stopped.")));
        QCoreApplication::exit(1);
    });
    helper.subscribe();
    const int result = QCoreApplication::exec();
    return status ? status : result;
}

int runExplainCommand(HelperClient& helper, const QString& nameOrId, const QString& address)
{
    const std::optional<Topology> topology = readTopologyFor(helper, nameOrId, address);
    if (!topology)
        return 2;
    const Namespace* source = findNamespace(*topology, nameOrId);
    const PathExplanation path = PathExplainer(*topology).explain(source->id, address);
    auto printHops = [](const char* title, const QList<PathHop>& hops) {
        if (hops.isEmpty())
            return;
        std::printf("%s\n", title);
        for (const PathHop& hop : hops)
            std::printf("  %s\n", qPrintable(hop.note));
    };
    printHops(qPrintable(Text::tr("There:")), path.forward);
    printHops(qPrintable(Text::tr("Back:")), path.back);
    if (path.works())
        std::printf("%s\n", qPrintable(Text::tr("Verdict: a ping from %1 to %2 gets its reply.").arg(source->label, address)));
    else
        std::printf("%s\n%s\n", qPrintable(Text::tr("Verdict: a ping from %1 to %2 fails (%3).")
                                            .arg(source->label, address, pathProblemName(path.problem))),
                    qPrintable(path.reason));
    return path.works() ? 0 : 1;
}

int runPingCommand(HelperClient& helper, const QString& nameOrId, const QString& address, uint count,
                   uint intervalMs)
{
    const std::optional<Topology> topology = readTopologyFor(helper, nameOrId, address);
    if (!topology)
        return 2;
    const Namespace* source = findNamespace(*topology, nameOrId);
    std::printf("%s\n", qPrintable(Text::tr("PING %1 from %2").arg(address, source->label)));
    std::fflush(stdout);
    PingRun run(helper, source->id, address, PingOptions{count, intervalMs, 1000});
    QObject::connect(&run, &PingRun::reply, [](uint seq, double rtt) {
        std::printf("%s\n", qPrintable(Text::tr("reply seq=%1 time=%2 ms").arg(seq).arg(rtt, 0, 'f', 3)));
        std::fflush(stdout);
    });
    QObject::connect(&run, &PingRun::noReply, [](uint seq, const QString& status, const QString& detail) {
        std::printf("%s\n", qPrintable(Text::tr("%1 seq=%2 %3").arg(status).arg(seq).arg(detail)));
        std::fflush(stdout);
    });
    QObject::connect(&run, &PingRun::finished, [](uint sent, uint received) {
        std::printf("%s\n", qPrintable(Text::tr("%1 sent, %2 received").arg(sent).arg(received)));
        QCoreApplication::exit(received > 0 ? 0 : 1);
    });
    QObject::connect(&run, &PingRun::failed, [](const HelperError& e) {
        reportError(e);
        QCoreApplication::exit(2);
    });
    run.start();
    return QCoreApplication::exec();
}

} // namespace NetnsStudio
