#pragma once

#include "app/models/conversationmodel.h"
#include "protocol/enums.h"
#include "protocol/result.h"

#include <QPointer>
#include <QWidget>

class QAction;
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
//! release, transfer, close, redirect, the emergency notice, retry).
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
    QFrame *refusalBanner() const { return m_refusal; }
    QLabel *refusalLabel() const { return m_refusalText; }
    QPushButton *resendButton() const { return m_resendButton; }
    QLabel *typingLabel() const { return m_typing; }
    QLabel *titleLabel() const { return m_title; }
    //! The platform's window: time left, X's replies left, or why it is closed.
    QLabel *windowLabel() const { return m_window; }
    QLabel *metaLabel() const { return m_meta; }
    //! The language the citizen writes in (as corrected by the agent).
    Language citizenLanguage() const;

    QAction *sendAction() const { return m_send; }
    QAction *claimAction() const { return m_claim; }
    QAction *releaseAction() const { return m_release; }
    QAction *transferAction() const { return m_transfer; }
    QAction *closeAction() const { return m_close; }
    QAction *emergencyAction() const { return m_emergencyNotice; }
    QAction *retryAction() const { return m_retry; }
    QList<QAction *> redirectActions() const { return m_redirects; }
    QList<QAction *> actions() const;

    //! Insert @p text in the composer at its cursor.
    void insertAnswer(const QString &text);
    //! Save the draft now (the application is closing or locking).
    void saveDraft();

Q_SIGNALS:
    //! The citizen's last message changed: what the FAQ panel should suggest from.
    void citizenTextChanged(const QString &text, Guichet::Language lang);
    //! Something the agent should read in the status bar.
    void notice(const QString &message);

private:
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
    void retry();
    void report(const QString &what, const Error &error);

    Workstation *m_workstation;
    ConversationModel m_model;
    qint64 m_conversation = 0;
    QString m_refusalId;
    QLabel *m_title;
    QLabel *m_meta;
    QComboBox *m_language;
    QFrame *m_emergency;
    QLabel *m_emergencyText;
    QFrame *m_refusal;
    QLabel *m_refusalText;
    QPushButton *m_resendButton;
    QListView *m_history;
    QLabel *m_typing;
    Composer *m_composer;
    QLabel *m_counter;
    QLabel *m_window;
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
    QAction *m_retry;
    QList<QAction *> m_redirects;
    QPointer<QObject> m_typingSource;
};

} // namespace Guichet::Ui
