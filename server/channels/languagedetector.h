#pragma once

#include "protocol/enums.h"

#include <QString>

#include <array>
#include <optional>

namespace Guichet::Server::Channels {

//! Which of the BNum's five languages a citizen wrote in, for channels that do
//! not say it (Messenger, X). Dependency-free: common function words of each
//! language, letters only one language uses (ß, ñ, ç…) and typical word
//! endings, each adding to that language's score. Short or ambiguous texts
//! give no answer rather than a guess.
class LanguageDetector
{
public:
    struct Scores
    {
        std::array<double, 5> byLanguage {}; //!< indexed like Language
        Language best = Language::Fr;
        double margin = 0; //!< best score minus the runner-up's
    };

    //! The language of @p text, or nothing when the evidence is too thin.
    static std::optional<Language> detect(QStringView text);
    //! The scores behind detect(), for tests and tuning.
    static Scores score(QStringView text);
};

} // namespace Guichet::Server::Channels
