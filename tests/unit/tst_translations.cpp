// SPDX-License-Identifier: GPL-3.0-or-later
// installTranslations finds the catalogues the build compiled (the test runs from the
// build tree's bin/, as the program does there) for the user's language, and Qt's own
// beside them; English needs none.
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <QtTest>

class TranslationsTest : public QObject {
    Q_OBJECT

private slots:
    void cleanup();
    void german();
    void french();
    void english();

private:
    void install(const char* locale);
};

void TranslationsTest::install(const char* locale)
{
    QLocale::setDefault(QLocale(QString::fromLatin1(locale)));
    for (QTranslator* translator : qApp->findChildren<QTranslator*>())
        delete translator;
}

void TranslationsTest::cleanup()
{
    install("C");
}

void TranslationsTest::german()
{
    install("de_DE");
    QVERIFY(NetnsStudio::installTranslations(*qApp));
    QCOMPARE(QCoreApplication::translate("NetnsStudio::MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(QCoreApplication::translate("Lessons", "Give veth1 the address 10.1.1.1/24."),
             QStringLiteral("Gib veth1 die Adresse 10.1.1.1/24."));
    // Qt's own, for the buttons of its dialogs.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TranslationsTest::french()
{
    install("fr_FR");
    QVERIFY(NetnsStudio::installTranslations(*qApp));
    QCOMPARE(QCoreApplication::translate("Validation", "An interface name cannot be empty."),
             QStringLiteral("Un nom d'interface ne peut pas être vide."));
    QCOMPARE(QCoreApplication::translate("NetnsStudio::MainWindow", "%n namespace(s)", nullptr, 2),
             QStringLiteral("2 espaces de noms"));
}

void TranslationsTest::english()
{
    install("en_GB");
    QVERIFY(!NetnsStudio::installTranslations(*qApp));
    QCOMPARE(QCoreApplication::translate("NetnsStudio::MainWindow", "&File"), QStringLiteral("&File"));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
