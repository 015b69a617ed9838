// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace NetnsStudio {

class HelperClient;

/// The command-line modes of netns-studio; each returns the process exit status.

/// `--json`: prints the topology as JSON, or the helper's error. repeat > 1 reads
/// it that many times and reports the median time on stderr (for bench/scan).
int runJsonCommand(HelperClient& helper, int repeat);

/// `--print-commands`: reads a JSON list of actions (ApplyBatch's dictionaries) on
/// stdin and prints the `ip` command of each, one a line, naming namespaces as the
/// live topology does. Exit 2 on a malformed list.
int runPrintCommands(HelperClient& helper);

/// `--watch`: prints the topology (as --json does), then one JSON line per change:
/// {"generation": N, "changed": [namespace, ...], "removed": [id, ...]}. After a
/// missed change it prints {"generation": N, "resync": true, "topology": {...}}.
/// Runs until interrupted or the helper stops.
int runWatchCommand(HelperClient& helper);

/// `--explain NAMESPACE ADDRESS`: the path a ping would take and why it would fail.
/// NAMESPACE is a name, "host", or an id. Exit 0 when it would arrive and its reply
/// return, 1 when not, 2 on bad input.
int runExplainCommand(HelperClient& helper, const QString& nameOrId, const QString& address);

/// `--ping NAMESPACE ADDRESS`: pings through the helper from inside NAMESPACE (a name,
/// "host" or an id) and prints each reply as it comes. Exit 0 when a reply came,
/// 1 when none, 2 on bad input or a refusal (the helper checks count and interval).
int runPingCommand(HelperClient& helper, const QString& nameOrId, const QString& address, uint count,
                   uint intervalMs);

/// `--apply LAB`: reads the lab file, compares it with the live topology and applies
/// what is missing as one batch through the helper, with progress on stderr when it
/// has many steps. Says so and changes nothing when it is all there. Exit 0 when the
/// lab is there, 1 when the helper refused or something is in the way, 2 on a bad file.
int runApplyLab(HelperClient& helper, const QString& path);

/// `--destroy LAB`: removes what the lab describes (and is still there), as one batch.
int runDestroyLab(HelperClient& helper, const QString& path);

/// `--export-script LAB`: prints a bash script (set -e) of the `ip` commands that build
/// the lab on a host that does not have it. Needs no helper.
int runExportScript(const QString& path);

/// `--save LAB [NAMESPACE...]`: writes the live namespaces named (all named ones when
/// none are) as a lab file, with their diagram positions; says what it left out.
int runSaveLab(HelperClient& helper, const QString& path, const QStringList& names);

/// `--export FILE`: draws the topology as the window would (with the boxes where the
/// person left them) and writes it as SVG or PNG, without a window.
int runExportCommand(HelperClient& helper, const QString& path);

} // namespace NetnsStudio
