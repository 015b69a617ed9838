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
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
