// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace NetnsStudio {

/// The folder of the program's compiled catalogues (netns-studio_<lang>.qm), for the app and
/// the helper alike: the build tree's for a program that runs from there, so that a build
/// never picks up an older installed catalogue; else the installed share folder.
QString catalogueFolder();

} // namespace NetnsStudio
