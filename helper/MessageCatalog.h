// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTranslator>
#include <map>
#include <memory>

namespace NetnsStudio {

/// The helper's messages in each caller's language. Messages are written with tr() in a
/// context, as in the app and core; one translator, installed once for the whole process,
/// answers from the catalogue of the language that the current thread speaks (a Scope), so
/// threads serving different callers never touch each other's language, and a thread
/// without a Scope gets the English source texts. The catalogues are the app's own
/// compiled ones, each loaded once.
class MessageCatalog {
public:
    MessageCatalog();
    ~MessageCatalog();
    MessageCatalog(const MessageCatalog&) = delete;
    MessageCatalog& operator=(const MessageCatalog&) = delete;

    /// A language as SetLocale takes it: "de", "de_DE", "fr_CH" (ISO 639 and 3166 codes,
    /// nothing else: it is never used as a path as it comes).
    static bool isLocaleName(const QString& locale);

    /// The catalogue for a locale that isLocaleName accepts, loaded on first use; null
    /// when there is none (English, or a language the program has not been translated into).
    const QTranslator* catalogueFor(const QString& locale);

    /// While it lives, tr() on this thread answers from catalogue (null: English).
    class Scope {
    public:
        explicit Scope(const QTranslator* catalogue);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;
        /// The catalogue of this thread now, to hand to a thread started for the same caller.
        static const QTranslator* current();

    private:
        const QTranslator* m_previous;
    };

private:
    std::unique_ptr<QTranslator> m_forwarder;
    /// By file, so that de_DE, de_AT and de share one; at most one per catalogue shipped.
    std::map<QString, std::unique_ptr<QTranslator>> m_catalogues;
    std::map<QString, const QTranslator*> m_byLocale; ///< by QLocale::name(); null: English
};

} // namespace NetnsStudio
