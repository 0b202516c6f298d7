// The language of the user interface: chosen in View → Language (default: the system's), kept in
// the settings, applied at start-up — G2P Desk's own translations (embedded, :/i18n), Qt's for its
// standard dialogs, the locale for numbers and dates shown on screen (files and the API keep ISO
// dates), and the layout direction (right-to-left for Arabic).
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QApplication;
class QSettings;

namespace g2p {

struct UiLanguage
{
    QString code; // "fr", "ar"…; empty: the system's language
    QString nativeName; // "Français", "العربية"
};

// The languages G2P Desk is translated into (English first, the source language).
QList<UiLanguage> availableLanguages();
// The language kept in the settings ("" = system).
QString chosenLanguage(const QSettings &settings);
void setChosenLanguage(QSettings &settings, const QString &code);
// Installs the translators for `code` (or the system's language when empty), sets the default
// locale and the layout direction. Returns the locale in use. Call again to switch (the windows
// built so far keep their texts until they are built again).
QLocale applyLanguage(QApplication &app, const QString &code);

} // namespace g2p
