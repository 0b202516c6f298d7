#include "language.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace g2p {

namespace {
QTranslator *ours()
{
    static QTranslator t;
    return &t;
}
QTranslator *qts()
{
    static QTranslator t;
    return &t;
}
} // namespace

QList<UiLanguage> availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QStringLiteral("Français")}, {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ar"), QStringLiteral("العربية")}};
}

QString chosenLanguage(const QSettings &settings)
{
    return settings.value(QStringLiteral("language")).toString();
}

void setChosenLanguage(QSettings &settings, const QString &code)
{
    settings.setValue(QStringLiteral("language"), code);
}

QLocale applyLanguage(QApplication &app, const QString &code)
{
    QApplication::removeTranslator(ours());
    QApplication::removeTranslator(qts());
    QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // English is the source language: nothing to load. Other languages without a translation fall
    // back to English texts, but keep their number and date formats.
    if (ours()->load(locale, QStringLiteral("g2p"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours());
    if (qts()->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qts());
    QLocale::setDefault(locale);
    app.setLayoutDirection(locale.textDirection());
    return locale;
}

} // namespace g2p
