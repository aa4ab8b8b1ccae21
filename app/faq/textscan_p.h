#pragma once

// Internals of guichet::faq: scans over raw text, eight bytes at a time. Not part of the API.

#include <QStringView>

#include <cstring>

namespace Guichet::Internal {

// Word-at-a-time tests (SWAR): a lane of a 64-bit word is flagged when it is zero, or below
// a bound. They may flag a lane that does not qualify when a lower lane borrows, never miss
// one that does: callers treat a flag as "look closer".
inline quint64 zeroBytes(quint64 x)
{
    return (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
}
inline quint64 zeroUnits(quint64 x)
{
    return (x - 0x0001000100010001ull) & ~x & 0x8000800080008000ull;
}

//! What decides how the UTF-8 bytes [p, end) of a JSON string are read: a byte below 0x20
//! (@p control: not JSON), a backslash (@p backslash: escapes to decode), and a byte that may
//! start a character the protocol's text check looks at (@p unusual: U+007F, a character
//! from U+F000, whose lead byte is 0xEF, or beyond U+FFFF, 0xF0 and up). A string with none
//! of them is, once decoded, one UTF-16 unit per character and free of anything that check
//! refuses.
inline void scanJsonString(const char *p, const char *end, bool *control, bool *backslash,
                           bool *unusual)
{
    quint64 controls = 0;
    quint64 backslashes = 0;
    quint64 unusuals = 0;
    for (; end - p >= 8; p += 8) {
        quint64 x;
        std::memcpy(&x, p, 8);
        // A byte below 0x20: x - 0x20 borrows into its top bit while x's is clear.
        controls |= (x - 0x2020202020202020ull) & ~x & 0x8080808080808080ull;
        backslashes |= zeroBytes(x ^ 0x5c5c5c5c5c5c5c5cull);
        unusuals |= zeroBytes(x ^ 0x7f7f7f7f7f7f7f7full);
        // Bytes from 0xE0 have their top three bits set: only those need a closer look.
        if (x & (x << 1) & (x << 2) & 0x8080808080808080ull) {
            for (int k = 0; k < 8; ++k)
                unusuals |= static_cast<unsigned char>(p[k]) >= 0xef;
        }
    }
    for (; p != end; ++p) {
        const auto byte = static_cast<unsigned char>(*p);
        controls |= byte < 0x20;
        backslashes |= byte == '\\';
        unusuals |= byte == 0x7f || byte >= 0xef;
    }
    *control = controls != 0;
    *backslash = backslashes != 0;
    *unusual = unusuals != 0;
}

//! True when no UTF-16 unit of @p text is below U+0020, U+007F, a surrogate or a
//! noncharacter U+FFFE/U+FFFF: then each unit is one code point and the protocol's text check
//! reduces to a length check. False means "look closer" (it may be a false alarm).
inline bool isPlainText(QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    quint64 flags = 0;
    for (; end - p >= 4; p += 4) {
        quint64 x;
        std::memcpy(&x, p, 8);
        flags |= (x - 0x0020002000200020ull) & ~x & 0x8000800080008000ull; // below U+0020
        flags |= zeroUnits(x ^ 0x007f007f007f007full);
        flags |= zeroUnits((x & 0xf800f800f800f800ull) ^ 0xd800d800d800d800ull); // surrogates
        flags |= zeroUnits(~(x | 0x0001000100010001ull)); // U+FFFE, U+FFFF
    }
    for (; p != end; ++p) {
        const char16_t u = *p;
        flags |= u < 0x20 || u == 0x7f || (u >= 0xd800 && u < 0xe000) || u >= 0xfffe;
    }
    return flags == 0;
}

} // namespace Guichet::Internal
