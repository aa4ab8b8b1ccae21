#pragma once

// A fake Graph API (graph.facebook.com) for the Messenger tests, written from
// Meta's published documentation; each answer names the page it follows. The
// page's app has "Require App Secret" on: every call with a page token needs
// its appsecret_proof, checked here independently of the server's code.

#include "fakeplatform.h"

namespace Guichet::Test {

class FakeGraph
{
public:
    //! The failure that the next Send API calls meet.
    enum class Case {
        Normal,
        //! OAuthException 190/463: the page token expired.
        ExpiredToken,
        //! OAuthException 190/458: the app was removed from the page or account.
        RevokedApp,
        //! 613: the Send API's rate limit, with X-Business-Use-Case-Usage.
        RateLimited,
        //! 551/1545041: the person cannot receive messages now.
        NotAccepting,
        //! 10/2018278: outside the window the messaging policy allows.
        OutsideWindow,
    };

    struct Page
    {
        QByteArray appSecret;
        QByteArray pageToken;
        QString pageId;
        QString appId;
        QString otherPageId; //!< a second page, its token otherPageToken
        QByteArray otherPageToken;
        QByteArray expiredToken; //!< always answered 190/463
    };

    explicit FakeGraph(Page page);
    //! The responder to give a FakePlatform (it keeps a pointer to this).
    FakePlatform::Responder responder();
    void setCase(Case c) { m_case = c; }
    //! The case applies to this many Send API calls, then Normal again (0: all).
    void setCaseCount(int calls) { m_caseCalls = calls; }

    //! {"error":{"message","type","code","error_subcode","fbtrace_id"}}
    //! (developers.facebook.com/docs/graph-api/guides/error-handling).
    static FakePlatform::Answer error(int status, const QByteArray &message, const QByteArray &type,
                                      int code, int subcode = 0,
                                      QList<QPair<QByteArray, QByteArray>> headers = {});

private:
    FakePlatform::Answer answer(const RecordedRequest &request);
    FakePlatform::Answer caseAnswer(Case c) const;

    Page m_page;
    Case m_case = Case::Normal;
    int m_caseCalls = 0;
};

} // namespace Guichet::Test
