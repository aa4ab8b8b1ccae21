#pragma once

namespace Guichet::Cli {

//! guichet-cli's exit codes (documented in docs/cli.md): scripts branch on them.
enum ExitCode : int {
    Success = 0,
    Failure = 1, //!< the operation failed (details on stderr, or in the JSON error)
    Usage = 2, //!< bad command line
    Unavailable = 3, //!< server unreachable or timed out
    AuthFailed = 4, //!< login refused, token expired, account disabled
    Locked = 5, //!< the cache cannot be opened (wrong passphrase, key unavailable)
    Refused = 6, //!< the server refused the command (claim lost, window closed...)
    NotFound = 7, //!< no such conversation, entry or file
};

} // namespace Guichet::Cli
