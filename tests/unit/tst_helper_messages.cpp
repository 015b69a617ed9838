// SPDX-License-Identifier: GPL-3.0-or-later
// The helper's messages in each caller's language: a caller without one reads exactly
// strerror's and libnl's English, a Scope on one thread changes no other thread, and the
// catalogues are the build's own (the test runs from the build tree's bin/, as the helper).
#include "HelperErrors.h"
#include "MessageCatalog.h"

#include <QtTest>

#include <cerrno>
#include <clocale>
#include <cstring>
#include <netlink/errno.h>
#include <netlink/netlink.h>
#include <thread>

using namespace NetnsStudio;

class TestHelperMessages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // strerror in the helper's own locale, as D-Bus activation starts it.
        std::setlocale(LC_MESSAGES, "C");
    }

    void englishIsStrerrorAndLibnl()
    {
        MessageCatalog catalog;
        for (int error = 1; error < 134; ++error)
            QCOMPARE(errnoText(error), QString::fromLocal8Bit(std::strerror(error)));
        for (int error = 0; error <= NLE_MAX; ++error)
            QCOMPARE(netlinkErrorText(-error), QString::fromUtf8(nl_geterror(-error)));
    }

    void localeNames()
    {
        for (const char* good : {"de", "fr", "de_DE", "fr_CH", "nds", "nds_DE"})
            QVERIFY2(MessageCatalog::isLocaleName(QString::fromLatin1(good)), good);
        for (const char* bad : {"", "C", "de_DE.UTF-8", "de-DE", "DE", "de_de", "../../etc", "de_DE/x",
                                "de\n", "de_DE@euro", "dede_DE"})
            QVERIFY2(!MessageCatalog::isLocaleName(QString::fromLatin1(bad)), bad);
        QVERIFY(!MessageCatalog::isLocaleName(QString(300, QLatin1Char('a'))));
    }

    void catalogues()
    {
        MessageCatalog catalog;
        const QTranslator* german = catalog.catalogueFor(QStringLiteral("de_DE"));
        QVERIFY(german);
        QCOMPARE(catalog.catalogueFor(QStringLiteral("de")), german); // one per catalogue file
        QCOMPARE(catalog.catalogueFor(QStringLiteral("de_AT")), german);
        QVERIFY(catalog.catalogueFor(QStringLiteral("fr_FR")));
        QVERIFY(!catalog.catalogueFor(QStringLiteral("en_US")));
        QVERIFY(!catalog.catalogueFor(QStringLiteral("../translations/netns-studio_de")));
    }

    void scopesArePerThread()
    {
        MessageCatalog catalog;
        const QTranslator* german = catalog.catalogueFor(QStringLiteral("de_DE"));
        const QTranslator* french = catalog.catalogueFor(QStringLiteral("fr_FR"));
        const Failure english = systemFailure(EEXIST, HelperText::tr("Cannot create %1").arg(QStringLiteral("x")));
        QCOMPARE(english.message, QStringLiteral("Cannot create x: File exists"));
        {
            const MessageCatalog::Scope scope(german);
            QCOMPARE(systemFailure(EEXIST, HelperText::tr("Cannot create %1").arg(QStringLiteral("x"))).message,
                     QStringLiteral("x kann nicht angelegt werden: Datei existiert bereits"));
            QCOMPARE(netlinkErrorText(-NLE_EXIST), QStringLiteral("Objekt existiert bereits"));
            // Not translated: strerror's English.
            QCOMPARE(errnoText(ELOOP), QString::fromLocal8Bit(std::strerror(ELOOP)));
            QString inPlainThread, inFrenchThread;
            std::thread plain([&] { inPlainThread = errnoText(ENODEV); });
            std::thread other([&] {
                const MessageCatalog::Scope frenchScope(french);
                inFrenchThread = HelperText::tr("%1: %2").arg(QStringLiteral("a"), errnoText(ENODEV));
            });
            plain.join();
            other.join();
            QCOMPARE(inPlainThread, QStringLiteral("No such device"));
            QCOMPARE(inFrenchThread, QStringLiteral("a : Aucun périphérique de ce type"));
            QCOMPARE(errnoText(ENODEV), QStringLiteral("Gerät nicht gefunden"));
            {
                const MessageCatalog::Scope none(nullptr);
                QCOMPARE(errnoText(ENODEV), QStringLiteral("No such device"));
            }
            QCOMPARE(MessageCatalog::Scope::current(), german);
        }
        QVERIFY(!MessageCatalog::Scope::current());
        QCOMPARE(errnoText(ENODEV), QStringLiteral("No such device"));
    }
};

QTEST_GUILESS_MAIN(TestHelperMessages)
#include "tst_helper_messages.moc"
