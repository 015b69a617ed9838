// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace NetnsStudio {

/// Installs the program's catalogue and Qt's own (qtbase) for the user's language, as Qt
/// reads it from LANGUAGE, LC_ALL, LC_MESSAGES or LANG (no generated system locale needed).
/// Ours comes from the build tree when the program runs from there, else from the installed
/// share folder. Returns whether a catalogue of ours was found (English needs none).
bool installTranslations(QCoreApplication& app);

} // namespace NetnsStudio
