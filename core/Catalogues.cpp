// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalogues.h"

#include <QCoreApplication>
#include <QDir>

namespace NetnsStudio {

QString catalogueFolder()
{
    const QString appDir = QDir(QCoreApplication::applicationDirPath()).canonicalPath();
    if (appDir == QDir(QStringLiteral(NETNS_STUDIO_BUILD_BIN_DIR)).canonicalPath())
        return QStringLiteral(NETNS_STUDIO_BUILD_TRANSLATIONS_DIR);
    return QStringLiteral(NETNS_STUDIO_INSTALLED_TRANSLATIONS_DIR);
}

} // namespace NetnsStudio
