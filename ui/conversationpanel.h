#pragma once

#include "app/models/conversationmodel.h"
#include "protocol/enums.h"
#include "protocol/frames.h"
#include "protocol/result.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QListView;
class QPushButton;
class QTimer;

namespace Guichet {
class Workstation;
}

namespace Guichet::Ui {

class Composer;

//! One conversation: who and where, the emergency banner, refused commands, the
//! history, the typing indicator and the composer, with the actions on it (claim,
//! release, transfer, close, redirect, the emergency notice, raising or lowering
//! the emergency and SGBV flags, retry). The emergency and SGBV banners say why
//! the flag was raised: the words triage found, or the agent who raised it.
class ConversationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationPanel(Workstation *workstation, QWidget *parent = nullptr);

    qint64 conversation() const { return m_conversation; }
    void setConversation(qint64 id);

    Composer *composer() const { return m_composer; }
    QListView *history() const { return m_history; }
    ConversationModel *model() { return &m_model; }
    QFrame *emergencyBanner() const { return m_emergency; }
    QLabel *emergencyLabel() const { return m_emergencyText; }
    QFrame *sgbvBanner() const { return m_sgbv; }
    QLabel *sgbvLabel() const { return m_sgbvText; }
    QFrame *refusalBanner() const { return m_refusal; }
    QLabel *refusalLabel() const { return m_refusalText; }
    //! Shown while the reply holds a FAQ text that is not in the citizen's language.
    QFrame *translationBanner() const { return m_translation; }
    QLabel *translationLabel() const { return m_translationText; }
    QPushButton *resendButton() const { return m_resendButton; }
    QLabel *typingLabel() const { return m_typing; }
    QLabel *titleLabel() const { return m_title; }
    //! The platform's window: time left, X's replies left, or why it is closed.
    QLabel *windowLabel() const { return m_window; }
    QCheckBox *humanAgentCheck() const { return m_humanAgent; }
    QLabel *metaLabel() const { return m_meta; }
    QLabel *consentLabel() const { return m_consent; }
    //! The language the citizen writes in (as corrected by the agent).
    Language citizenLanguage() const;

    QAction *sendAction() const { return m_send; }
    QAction *claimAction() const { return m_claim; }
    QAction *releaseAction() const { return m_release; }
    QAction *transferAction() const { return m_transfer; }
    QAction *closeAction() const { return m_close; }
    QAction *emergencyAction() const { return m_emergencyNotice; }
    //! Raise or lower the emergency flag (checked: raised), overruling triage.
    QAction *emergencyFlagAction() const { return m_flagEmergency; }
    //! Raise or lower the SGBV flag (checked: raised).
    QAction *sgbvFlagAction() const { return m_flagSgbv; }
    QAction *retryAction() const { return m_retry; }
    QList<QAction *> redirectActions() const { return m_redirects; }
    QList<QAction *> actions() const;

    //! Insert @p text in the composer at its cursor.
    //! Puts a FAQ answer in the reply; @p lang, the language of @p text: when it is not the
    //! citizen's, the reply is marked as needing translation and a first Send only warns.
    void insertAnswer(const QString &text, Guichet::Language lang);
    //! Save the draft now (the application is closing or locking).
    void saveDraft();
    //! Why @p flag ("emergency", "sgbv") was raised, from a conversation's
    //! reasons (Store::flagReasons), for its banner; empty when it is not
    //! raised or the reason is not known.
    static QString flagReason(const QString &reasons, const QString &flag);

Q_SIGNALS:
    //! The citizen's last message changed: what the FAQ panel should suggest from.
    void citizenTextChanged(const QString &text, Guichet::Language lang);
    //! Something the agent should read in the status bar.
    void notice(const QString &message);

private:
    void checkTranslation();
    void forgetTranslation();
    void onConversationsChanged(const QList<qint64> &ids);
    void onMessagesChanged(const QStringList &ids);
    void updateHeader();
    void updateRefusals();
    void updateCounter();
    void updateWindow();
    void send();
    void claim();
    void release();
    void transfer();
    void closeConversation();
    void redirect(RedirectTarget target);
    void sendEmergencyNotice();
    void setFlag(bool emergency, bool raised);
    void retry();
    void report(const QString &what, const Error &error);
    //! The platforms' rules the server said at login (its defaults before).
    Protocol::ChannelRules channelRules() const;

    Workstation *m_workstation;
    ConversationModel m_model;
    qint64 m_conversation = 0;
    QString m_refusalId;
    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_consent; //!< the brigade consent recorded, if any
    QComboBox *m_language;
    QFrame *m_emergency;
    QLabel *m_emergencyText;
    QLabel *m_emergencyWhy;
    QFrame *m_sgbv;
    QLabel *m_sgbvText;
    QFrame *m_refusal;
    QLabel *m_refusalText;
    QFrame *m_translation;
    QLabel *m_translationText;
    // The FAQ text inserted in another language than the citizen's, while the reply holds it;
    // warned: the agent was told at a first attempt to send it.
    QString m_untranslated;
    Language m_untranslatedLang = Language::Fr;
    bool m_untranslatedWarned = false;
    QPushButton *m_resendButton;
    QListView *m_history;
    QLabel *m_typing;
    Composer *m_composer;
    QLabel *m_counter;
    QLabel *m_window;
    QCheckBox *m_humanAgent; //!< offered past Messenger's 24 h, where the server allows the tag
    QPushButton *m_sendButton;
    QTimer *m_draftTimer;
    QTimer *m_typingTimer;
    qint64 m_lastTypingSent = 0;
    QAction *m_send;
    QAction *m_claim;
    QAction *m_release;
    QAction *m_transfer;
    QAction *m_close;
    QAction *m_emergencyNotice;
    QAction *m_flagEmergency;
    QAction *m_flagSgbv;
    QAction *m_retry;
    QList<QAction *> m_redirects;
    QPointer<QObject> m_typingSource;
};

} // namespace Guichet::Ui
