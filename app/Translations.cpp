// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace NetnsStudio {

namespace {

/// The folder of our .qm files: the build tree's for a program built there, so that a
/// build never picks up an older installed catalogue.
QString catalogueFolder()
{
    const QString appDir = QDir(QCoreApplication::applicationDirPath()).canonicalPath();
    if (appDir == QDir(QStringLiteral(NETNS_STUDIO_BUILD_BIN_DIR)).canonicalPath())
        return QStringLiteral(NETNS_STUDIO_BUILD_TRANSLATIONS_DIR);
    return QStringLiteral(NETNS_STUDIO_INSTALLED_TRANSLATIONS_DIR);
}

bool install(QCoreApplication& app, const QString& name, const QString& folder)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), name, QStringLiteral("_"), folder) && app.installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

bool installTranslations(QCoreApplication& app)
{
    install(app, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return install(app, QStringLiteral("netns-studio"), catalogueFolder());
}

} // namespace NetnsStudio
