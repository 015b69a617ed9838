// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace NetnsStudio
