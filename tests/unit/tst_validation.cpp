// SPDX-License-Identifier: GPL-3.0-or-later
// The names and addresses of DESIGN.md's bad-input list are refused with a reason;
// good ones pass.
#include "Validation.h"

#include <QTest>

using namespace NetnsStudio::Validation;

class TestValidation : public QObject {
    Q_OBJECT
private slots:
    void namespaceNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("blue") << QStringLiteral("blue") << true;
        QTest::newRow("dashes and dots") << QStringLiteral("lab-1.a_b") << true;
        QTest::newRow("unicode") << QStringLiteral("blå") << true;
        QTest::newRow("255 bytes") << QString(255, QLatin1Char('n')) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dot") << QStringLiteral(".") << false;
        QTest::newRow("dotdot") << QStringLiteral("..") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("traversal") << QStringLiteral("../../etc") << false;
        QTest::newRow("256 bytes") << QString(256, QLatin1Char('n')) << false;
        QTest::newRow("256 bytes of UTF-8") << QString(128, QChar(0xe5)) << false;
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << false;
        QTest::newRow("escape") << QStringLiteral("a\x1b[31mred") << false;
        QTest::newRow("DEL") << QStringLiteral("a\x7f") << false;
    }
    void namespaceNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(namespaceNameError(name).isEmpty(), valid);
    }

    void interfaceNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("veth0") << QStringLiteral("veth0") << true;
        QTest::newRow("15 bytes") << QStringLiteral("abcdefghijklmno") << true;
        QTest::newRow("dash dot") << QStringLiteral("br-lan.1") << true;
        QTest::newRow("16 bytes") << QStringLiteral("abcdefghijklmnop") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("colon") << QStringLiteral("eth0:1") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("tab") << QStringLiteral("a\tb") << false;
        QTest::newRow("dot") << QStringLiteral(".") << false;
        QTest::newRow("dotdot") << QStringLiteral("..") << false;
        QTest::newRow("newline") << QStringLiteral("a\n") << false;
        QTest::newRow("multibyte over 15") << QString(8, QChar(0xe5)) << false;
    }
    void interfaceNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(interfaceNameError(name).isEmpty(), valid);
    }

    void cidr_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty: must be refused
        QTest::newRow("v4") << QStringLiteral("10.1.1.1/24") << QStringLiteral("10.1.1.1/24");
        QTest::newRow("v4 /0") << QStringLiteral("0.0.0.0/0") << QStringLiteral("0.0.0.0/0");
        QTest::newRow("v4 /32") << QStringLiteral("10.1.1.1/32") << QStringLiteral("10.1.1.1/32");
        QTest::newRow("v6") << QStringLiteral("fd00:0::1/64") << QStringLiteral("fd00::1/64");
        QTest::newRow("v6 /128") << QStringLiteral("::1/128") << QStringLiteral("::1/128");
        QTest::newRow("no prefix") << QStringLiteral("10.1.1.1") << QString();
        QTest::newRow("prefix 33") << QStringLiteral("10.1.1.1/33") << QString();
        QTest::newRow("prefix 129") << QStringLiteral("fd00::1/129") << QString();
        QTest::newRow("negative") << QStringLiteral("10.1.1.1/-1") << QString();
        QTest::newRow("plus") << QStringLiteral("10.1.1.1/+8") << QString();
        QTest::newRow("leading zero prefix") << QStringLiteral("10.1.1.1/024") << QString();
        QTest::newRow("empty prefix") << QStringLiteral("10.1.1.1/") << QString();
        QTest::newRow("hostname") << QStringLiteral("example.com/24") << QString();
        QTest::newRow("octet 256") << QStringLiteral("10.1.1.256/24") << QString();
        QTest::newRow("three octets") << QStringLiteral("10.1.1/24") << QString();
        QTest::newRow("space") << QStringLiteral(" 10.1.1.1/24") << QString();
        QTest::newRow("two slashes") << QStringLiteral("10.1.1.1/24/8") << QString();
        QTest::newRow("zone") << QStringLiteral("fe80::1%eth0/64") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("option") << QStringLiteral("-f") << QString();
    }
    void cidr()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QString error;
        const auto parsed = parseCidr(text, &error);
        if (canonical.isEmpty()) {
            QVERIFY2(!parsed, qPrintable(text));
            QVERIFY(!error.isEmpty());
        } else {
            QVERIFY2(parsed, qPrintable(error));
            QCOMPARE(parsed->toString(), canonical);
        }
    }

    void network()
    {
        QString error;
        QCOMPARE(parseCidr(QStringLiteral("10.1.1.77/24"), &error)->network().toString(),
                 QStringLiteral("10.1.1.0/24"));
        QCOMPARE(parseCidr(QStringLiteral("fd00:1:2:3::9/62"), &error)->network().toString(),
                 QStringLiteral("fd00:1:2::/62"));
    }

    void ipLiterals()
    {
        QString error;
        QVERIFY(parseIpLiteral(QStringLiteral("10.1.1.1"), &error));
        QVERIFY(parseIpLiteral(QStringLiteral("fe80::1"), &error));
        QVERIFY(!parseIpLiteral(QStringLiteral("localhost"), &error));
        QVERIFY(!parseIpLiteral(QStringLiteral("0.0.0.0/0"), &error));
        QVERIFY(!parseIpLiteral(QStringLiteral("-f"), &error));
        QVERIFY(!parseIpLiteral(QStringLiteral("10.1.1.1 "), &error));
        QVERIFY(!parseIpLiteral(QStringLiteral("1O.1.1.1"), &error));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
