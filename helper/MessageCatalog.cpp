// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageCatalog.h"

#include "Catalogues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace NetnsStudio {

namespace {

thread_local const QTranslator* tl_catalogue = nullptr;

/// Installed once: hands each lookup to the catalogue of the calling thread's Scope.
class ThreadTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        return tl_catalogue ? tl_catalogue->translate(context, sourceText, disambiguation, n) : QString();
    }
    // QCoreApplication skips translators that say they are empty.
    bool isEmpty() const override { return false; }
};

} // namespace

MessageCatalog::MessageCatalog() : m_forwarder(std::make_unique<ThreadTranslator>())
{
    QCoreApplication::installTranslator(m_forwarder.get());
}

MessageCatalog::~MessageCatalog()
{
    QCoreApplication::removeTranslator(m_forwarder.get());
}

bool MessageCatalog::isLocaleName(const QString& locale)
{
    // Anchored to the whole string: "$" alone would also let a trailing newline through.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z]{2,3}(_[A-Z]{2})?")));
    return pattern.match(locale).hasMatch();
}

const QTranslator* MessageCatalog::catalogueFor(const QString& locale)
{
    if (!isLocaleName(locale))
        return nullptr;
    // Asked before (by QLocale's name, of which there are only as many as Qt knows
    // locales): no file is read again for a caller that repeats itself.
    const QString name = QLocale(locale).name();
    if (const auto known = m_byLocale.find(name); known != m_byLocale.end())
        return known->second;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QLocale(locale), QStringLiteral("netns-studio"), QStringLiteral("_"),
                          catalogueFolder()))
        return m_byLocale[name] = nullptr;
    const QString file = translator->filePath();
    auto it = m_catalogues.find(file);
    if (it == m_catalogues.end())
        it = m_catalogues.emplace(file, std::move(translator)).first;
    return m_byLocale[name] = it->second.get();
}

MessageCatalog::Scope::Scope(const QTranslator* catalogue) : m_previous(tl_catalogue)
{
    tl_catalogue = catalogue;
}

MessageCatalog::Scope::~Scope()
{
    tl_catalogue = m_previous;
}

const QTranslator* MessageCatalog::Scope::current()
{
    return tl_catalogue;
}

} // namespace NetnsStudio
