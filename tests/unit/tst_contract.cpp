// SPDX-License-Identifier: GPL-3.0-or-later
// The D-Bus contract, the helper's table of polkit actions and the polkit policy
// agree: every method asks for actions that exist, and the table has no stale rows.
#include "AuthorizationPlan.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace NetnsStudio;

namespace {

/// Values of attribute `attribute` on every element `element` of an XML file.
QStringList attributes(const QString& path, const QString& element, const QString& attribute)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList values;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == element)
            values << xml.attributes().value(attribute).toString();
    }
    return xml.hasError() ? QStringList() : values;
}

} // namespace

class TestContract : public QObject {
    Q_OBJECT
private slots:
    void everyMethodHasAnAction()
    {
        const QStringList methods =
            attributes(QStringLiteral(HELPER_XML), QStringLiteral("method"), QStringLiteral("name"));
        QVERIFY2(methods.size() >= 18, "the helper XML could not be read or lost methods");
        const QStringList declared = attributes(QStringLiteral(POLKIT_POLICY),
                                                QStringLiteral("action"), QStringLiteral("id"));
        QVERIFY(!declared.isEmpty());
        for (const QString& method : methods) {
            const QStringList actions = PolkitActions::forMethod(method);
            if (PolkitActions::methodsWithoutAction().contains(method)) {
                QVERIFY2(actions.isEmpty(), qPrintable(method + QLatin1String(" is said to need no action but has one")));
                continue;
            }
            QVERIFY2(!actions.isEmpty(), qPrintable(method + QLatin1String(" has no polkit action")));
            for (const QString& action : actions)
                QVERIFY2(declared.contains(action),
                         qPrintable(action + QLatin1String(" is not in the polkit policy")));
        }
    }

    void tableHasNoStaleMethods()
    {
        const QStringList methods =
            attributes(QStringLiteral(HELPER_XML), QStringLiteral("method"), QStringLiteral("name"));
        QVERIFY(PolkitActions::forMethod(QStringLiteral("NoSuchMethod")).isEmpty());
        for (const QString& method : PolkitActions::knownMethods())
            QVERIFY2(methods.contains(method),
                     qPrintable(method + QLatin1String(" is in the table but not in the XML")));
    }

    // A method without a polkit action is one the contract says needs none, and the bus
    // policy lets anyone call (it opens the whole interface, not a list of members).
    void methodsWithoutActionAreDeclared()
    {
        QFile xml(QStringLiteral(HELPER_XML));
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const QString contract = QString::fromUtf8(xml.readAll());
        const QStringList methods =
            attributes(QStringLiteral(HELPER_XML), QStringLiteral("method"), QStringLiteral("name"));
        for (const QString& method : PolkitActions::methodsWithoutAction()) {
            QVERIFY2(methods.contains(method), qPrintable(method + QLatin1String(" is not in the XML")));
            const qsizetype at = contract.indexOf(QLatin1String("<method name=\"%1\"").arg(method));
            const qsizetype comment = contract.lastIndexOf(QLatin1String("<!--"), at);
            QVERIFY2(contract.mid(comment, at - comment).contains(QLatin1String("No polkit action")),
                     qPrintable(method + QLatin1String(": the XML does not say it needs no polkit action")));
        }
        const QStringList openInterfaces = attributes(QStringLiteral(BUS_POLICY), QStringLiteral("allow"),
                                                      QStringLiteral("send_interface"));
        QVERIFY(openInterfaces.contains(QStringLiteral("org.netnsstudio.Helper1")));
        const QStringList members = attributes(QStringLiteral(BUS_POLICY), QStringLiteral("allow"),
                                               QStringLiteral("send_member"));
        QVERIFY2(members.join(QString()).isEmpty(), "the bus policy lists members: SetLocale must be among them");
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
