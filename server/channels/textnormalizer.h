#pragma once

#include <QString>
#include <QStringList>

namespace Guichet::Server::Channels {

//! Text as the detectors compare it: lower case, accents removed ("é" → "e",
//! "ß" → "ss"), typographic apostrophes made straight, runs of white space
//! made one space.
QString foldForMatching(QStringView text);

//! The words of @p folded (letters and digits), apostrophes splitting them
//! ("l'enfant" → "l", "enfant").
QStringList wordsOf(QStringView folded);

//! What a platform sent, made acceptable as a message: control characters
//! other than tab and new lines dropped, lone surrogates dropped, at most
//! @p maxChars code points (cut on a code-point boundary).
QString cleanIncomingText(QStringView text, int maxChars);

} // namespace Guichet::Server::Channels
