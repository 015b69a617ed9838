// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonCommand.h"

#include "HelperClient.h"
#include "TopologyJson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace NetnsStudio {

int runJsonCommand(HelperClient& helper, int repeat)
{
    if (!helper.isConnected()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                                    "JsonCommand", "netns-studio: cannot reach the system bus: %1")
                                    .arg(helper.connectionError())));
        return 1;
    }
    std::optional<Topology> topology;
    std::vector<double> times;
    for (int i = 0; i < std::max(repeat, 1); ++i) {
        HelperError error;
        QElapsedTimer timer;
        timer.start();
        topology = helper.fetchTopologyBlocking(&error);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!topology) {
            std::fprintf(stderr, "netns-studio: %s: %s\n", qPrintable(error.name),
                         qPrintable(error.message));
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

} // namespace NetnsStudio
