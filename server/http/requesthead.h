#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Guichet::Server {

//! What the connection guard (LimitedTcpServer) reads of one HTTP/1.1 request
//! head, before Qt HttpServer sees it: the request line and the fields that
//! frame the body. A pure function of the bytes, so it is fuzzed alone
//! (tests/fuzz/fuzz_http_head.cpp).
struct RequestHead
{
    QByteArray requestLine; //!< the first line, trimmed ("GET /agent HTTP/1.1")
    qint64 contentLength = 0;
    bool chunked = false; //!< any Transfer-Encoding (Qt 6.4 reads none but identity)
    bool upgrade = false; //!< Upgrade: websocket
    //! A refusal: the status (0 when the head is acceptable), its reason phrase
    //! and the word logged for it.
    int status = 0;
    const char *reason = "";
    const char *why = "";
};

//! Parse @p head: the bytes up to and including the blank line that ends it.
//! Refused (400): a Content-Length that is not 1 to 18 digits, or two of them
//! (even equal: this framer and Qt would read them differently, request smuggling).
RequestHead parseRequestHead(QByteArrayView head);

} // namespace Guichet::Server
