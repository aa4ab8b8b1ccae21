#pragma once

#include <QString>
#include <QStringList>

namespace Guichet::I18n {

//! The QSettings key that holds the interface language chosen by the agent: one of
//! languages(), or empty (or absent) to follow the system (docs/workstation.md, "Languages").
QString settingsKey();

//! The interface languages shipped, as ISO 639-1 codes: en, fr, de, it, es.
QStringList languages();

//! The language's own name, for a language picker ("Deutsch", "français"…).
QString nativeName(const QString &language);

//! The language to show: @p setting when it is one of languages(), else the first of
//! @p uiLanguages (QLocale::uiLanguages(), "de-CH", "fr_FR"…) that is, else English.
QString choose(const QString &setting, const QStringList &uiLanguages);

//! The same, with the system's languages.
QString chooseFromSystem(const QString &setting);

//! Load @p language's messages (Guichet's and Qt's own) into the running
//! QCoreApplication, replacing those of an earlier call. False when Guichet's
//! messages for it are not in this build (the texts then stay in English).
bool install(const QString &language);

//! The language of the interface, as installed (English before any install()).
//! The redirect dialog picks its titles and checklists by it.
QString uiLanguage();

} // namespace Guichet::I18n
