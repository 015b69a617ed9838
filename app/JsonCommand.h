// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace NetnsStudio {

class HelperClient;

/// `netns-studio --json`: prints the topology as JSON, or the helper's error.
/// repeat > 1 reads it that many times and reports the median time on stderr
/// (for bench/scan). Returns the process exit status.
int runJsonCommand(HelperClient& helper, int repeat);

} // namespace NetnsStudio
