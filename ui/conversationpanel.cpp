#include "conversationpanel.h"

#include "app/models/channelrules.h"
#include "app/models/errortext.h"
#include "app/models/workstation.h"
#include "composer.h"
#include "labels.h"
#include "messagedelegate.h"
#include "redirectdialog.h"
#include "transferdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Guichet::Ui {

namespace {

QFrame *banner(const QColor &background, const QColor &foreground, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setAutoFillBackground(true);
    QPalette palette = frame->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, foreground);
    palette.setColor(QPalette::ButtonText, Qt::black);
    frame->setPalette(palette);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->hide();
    return frame;
}

QAction *action(const QString &text, const QKeySequence &shortcut, QObject *parent)
{
    auto *a = new QAction(text, parent);
    a->setShortcut(shortcut);
    a->setShortcutContext(Qt::WindowShortcut);
    a->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(QLatin1Char('&')),
                                   shortcut.toString(QKeySequence::NativeText)));
    return a;
}

} // namespace

QString ConversationPanel::flagReason(const QString &reasons, const QString &flag)
{
    const QJsonObject why =
        QJsonDocument::fromJson(reasons.toUtf8()).object().value(flag).toObject();
    if (why.isEmpty() || !why.value(u"raised"_s).toBool())
        return {};
    const QString at =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(why.value(u"at"_s).toInteger()).time(),
                           QLocale::ShortFormat);
    const QString by = why.value(u"by"_s).toString();
    if (by == u"agent"_s)
        return tr("Raised by %1 at %2.").arg(why.value(u"agent"_s).toString(), at);
    if (by == u"triage"_s) {
        const QString excerpt = why.value(u"excerpt"_s).toString().simplified();
        const QString rule = why.value(u"rule"_s).toString();
        if (excerpt.isEmpty())
            return tr("Raised by triage at %1 (%2).").arg(at, rule);
        return tr("Raised by triage at %1 on “%2” (%3).").arg(at, excerpt, rule);
    }
    return tr("Raised by the server at %1.").arg(at);
}

ConversationPanel::ConversationPanel(Workstation *workstation, QWidget *parent)
    : QWidget(parent)
    , m_workstation(workstation)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_consent(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_emergency(banner(QColor(0xc6, 0x28, 0x28), Qt::white, this))
    , m_emergencyText(new QLabel(m_emergency))
    , m_emergencyWhy(new QLabel(m_emergency))
    , m_sgbv(banner(QColor(0x6a, 0x1b, 0x9a), Qt::white, this))
    , m_sgbvText(new QLabel(m_sgbv))
    , m_refusal(banner(QColor(0xff, 0xe0, 0x82), Qt::black, this))
    , m_refusalText(new QLabel(m_refusal))
    , m_translation(banner(QColor(0xff, 0xe0, 0x82), Qt::black, this))
    , m_translationText(new QLabel(m_translation))
    , m_resendButton(new QPushButton(tr("Re&send"), m_refusal))
    , m_history(new QListView(this))
    , m_typing(new QLabel(this))
    , m_composer(new Composer(this))
    , m_counter(new QLabel(this))
    , m_window(new QLabel(this))
    , m_humanAgent(new QCheckBox(tr("&Answer as a person: send with the human agent tag"), this))
    , m_sendButton(new QPushButton(tr("&Send"), this))
    , m_draftTimer(new QTimer(this))
    , m_typingTimer(new QTimer(this))
{
    m_send = action(tr("&Send the answer"), QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    m_send->setShortcutContext(Qt::WidgetShortcut); // the composer handles Ctrl+Enter itself
    m_claim =
        action(tr("&Take this conversation"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), this);
    m_release = action(tr("&Release"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this);
    m_transfer = action(tr("Trans&fer…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), this);
    m_close =
        action(tr("&Close with outcome…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), this);
    m_emergencyNotice =
        action(tr("Send the &17 / 112 / 114 notice"), QKeySequence(Qt::CTRL | Qt::Key_E), this);
    m_flagEmergency =
        action(tr("&Emergency flag"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this);
    m_flagEmergency->setCheckable(true);
    m_flagEmergency->setStatusTip(tr("Raise or lower the emergency flag: top of every queue"));
    m_flagSgbv =
        action(tr("&Violence (SGBV) flag"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), this);
    m_flagSgbv->setCheckable(true);
    m_flagSgbv->setStatusTip(
        tr("Raise or lower the sexual and gender-based violence flag: first after emergencies"));
    m_retry =
        action(tr("Resend the refused or failed reply"), QKeySequence(Qt::CTRL | Qt::Key_R), this);
    const Qt::Key digits[] = { Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5 };
    int i = 0;
    for (const RedirectTarget target : allValues<RedirectTarget>()) {
        QAction *a = action(tr("Redirect to %1…").arg(Labels::redirectTarget(target)),
                            QKeySequence(Qt::CTRL | digits[i++]), this);
        connect(a, &QAction::triggered, this, [this, target] { redirect(target); });
        m_redirects.append(a);
    }
    for (QAction *a : actions())
        addAction(a);

    // What a citizen or a platform sent is never markup: a name such as
    // `<img src=…>` is shown as typed (Qt would otherwise guess rich text).
    for (QLabel *label : { m_title, m_meta, m_emergencyText, m_refusalText, m_typing, m_consent })
        label->setTextFormat(Qt::PlainText);
    m_consent->setObjectName(u"consentRecord"_s);
    m_consent->setWordWrap(true);
    m_consent->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_consent->hide();

    // Header: who, where, in which language.
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (const Language l : allValues<Language>())
        m_language->addItem(Labels::language(l), int(l));
    m_language->setAccessibleName(tr("Citizen's language"));
    m_language->setToolTip(
        tr("The language the citizen writes in: correct it if it was guessed wrong."));
    auto *header = new QHBoxLayout;
    auto *names = new QVBoxLayout;
    names->addWidget(m_title);
    names->addWidget(m_meta);
    header->addLayout(names, 1);
    header->addWidget(m_language);

    // The banners.
    QFont bannerFont = m_emergencyText->font();
    bannerFont.setBold(true);
    m_emergencyText->setFont(bannerFont);
    m_emergencyText->setWordWrap(true);
    m_emergencyText->setText(
        tr("POSSIBLE EMERGENCY: the citizen may be in danger now. Tell them to call 17 or 112 "
           "(or send an SMS to 114) and alert your supervisor."));
    auto *emergencyButton =
        new QPushButton(tr("Send the 17 / 112 / 114 notice (Ctrl+E)"), m_emergency);
    connect(emergencyButton, &QPushButton::clicked, m_emergencyNotice, &QAction::trigger);
    // Triage quotes the citizen: never interpreted as markup.
    m_emergencyWhy->setTextFormat(Qt::PlainText);
    m_emergencyWhy->setWordWrap(true);
    m_emergencyWhy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *emergencyTexts = new QVBoxLayout;
    emergencyTexts->addWidget(m_emergencyText);
    emergencyTexts->addWidget(m_emergencyWhy);
    auto *emergencyLayout = new QHBoxLayout(m_emergency);
    emergencyLayout->addLayout(emergencyTexts, 1);
    emergencyLayout->addWidget(emergencyButton);
    m_emergency->setAccessibleName(tr("Emergency"));
    m_sgbvText->setTextFormat(Qt::PlainText);
    m_sgbvText->setWordWrap(true);
    m_sgbvText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *sgbvLayout = new QHBoxLayout(m_sgbv);
    sgbvLayout->addWidget(m_sgbvText, 1);
    m_sgbv->setAccessibleName(tr("Sexual or gender-based violence"));
    m_refusalText->setWordWrap(true);
    auto *dismiss = new QPushButton(tr("&Dismiss"), m_refusal);
    auto *refusalLayout = new QHBoxLayout(m_refusal);
    refusalLayout->addWidget(m_refusalText, 1);
    refusalLayout->addWidget(m_resendButton);
    refusalLayout->addWidget(dismiss);
    connect(m_resendButton, &QPushButton::clicked, this, [this] {
        if (m_refusalId.isEmpty())
            return;
        if (auto done = m_workstation->resendRefusal(m_refusalId); !done)
            report(tr("The action could not be sent again"), done.error());
    });
    connect(dismiss, &QPushButton::clicked, this, [this] {
        if (!m_refusalId.isEmpty())
            m_workstation->dismissRefusal(m_refusalId);
    });

    // Toolbar of actions.
    auto *tools = new QHBoxLayout;
    for (QAction *a : { m_claim, m_release, m_transfer }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        tools->addWidget(button);
    }
    auto *redirectButton = new QToolButton(this);
    redirectButton->setText(tr("Redirect"));
    redirectButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(redirectButton);
    menu->addActions(m_redirects);
    redirectButton->setMenu(menu);
    tools->addWidget(redirectButton);
    auto *closeButton = new QToolButton(this);
    closeButton->setDefaultAction(m_close);
    tools->addWidget(closeButton);
    tools->addStretch(1);

    m_history->setModel(&m_model);
    m_history->setItemDelegate(new MessageDelegate(m_history));
    m_history->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_history->setResizeMode(QListView::Adjust);
    m_history->setWordWrap(true);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setAccessibleName(tr("Conversation history"));
    connect(m_history, &QListView::activated, this, [](const QModelIndex &index) {
        for (const QVariant &a : index.data(ConversationModel::AttachmentsRole).toList())
            QDesktopServices::openUrl(QUrl(a.toMap().value(u"url"_s).toString()));
    });

    QFont italic = m_typing->font();
    italic.setItalic(true);
    m_typing->setFont(italic);
    m_composer->setMinimumHeight(80);
    m_composer->setMaximumHeight(220);
    m_sendButton->setToolTip(tr("Send the answer (Ctrl+Enter)"));
    auto *composerRow = new QHBoxLayout;
    composerRow->addWidget(m_composer, 1);
    auto *sendColumn = new QVBoxLayout;
    sendColumn->addStretch(1);
    sendColumn->addWidget(m_counter);
    sendColumn->addWidget(m_sendButton);
    composerRow->addLayout(sendColumn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addLayout(tools);
    layout->addWidget(m_emergency);
    layout->addWidget(m_sgbv);
    layout->addWidget(m_consent);
    layout->addWidget(m_refusal);
    layout->addWidget(m_translation);
    layout->addWidget(m_history, 1);
    layout->addWidget(m_typing);
    layout->addWidget(m_window);
    layout->addWidget(m_humanAgent);
    layout->addLayout(composerRow);
    m_humanAgent->setObjectName(u"humanAgentTag"_s);
    m_humanAgent->setToolTip(
        tr("Meta lets a person, never an automatic answer, reply after Messenger's standard "
           "window with the human agent tag, for a limited time."));
    m_humanAgent->hide();
    m_window->setTextFormat(Qt::PlainText);
    m_window->setWordWrap(true);
    m_window->setAccessibleName(tr("Platform reply window"));
    m_window->hide();

    connect(m_composer, &Composer::sendRequested, this, &ConversationPanel::send);
    connect(m_sendButton, &QPushButton::clicked, this, &ConversationPanel::send);
    connect(m_send, &QAction::triggered, this, &ConversationPanel::send);
    connect(m_claim, &QAction::triggered, this, &ConversationPanel::claim);
    connect(m_release, &QAction::triggered, this, &ConversationPanel::release);
    connect(m_transfer, &QAction::triggered, this, &ConversationPanel::transfer);
    connect(m_close, &QAction::triggered, this, &ConversationPanel::closeConversation);
    connect(m_emergencyNotice, &QAction::triggered, this, &ConversationPanel::sendEmergencyNotice);
    connect(m_retry, &QAction::triggered, this, &ConversationPanel::retry);
    connect(m_flagEmergency, &QAction::triggered, this,
            [this](bool checked) { setFlag(true, checked); });
    connect(m_flagSgbv, &QAction::triggered, this,
            [this](bool checked) { setFlag(false, checked); });
    connect(m_language, &QComboBox::activated, this, [this] {
        if (m_conversation && m_workstation->engine()) {
            if (auto done = m_workstation->engine()->setLanguage(m_conversation, citizenLanguage());
                !done)
                report(tr("The language could not be changed"), done.error());
            Q_EMIT citizenTextChanged(m_model.lastCitizenText(), citizenLanguage());
        }
    });

    // Drafts survive restarts: saved shortly after the agent stops typing.
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(600);
    connect(m_draftTimer, &QTimer::timeout, this, &ConversationPanel::saveDraft);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(5000);
    connect(m_typingTimer, &QTimer::timeout, this, [this] {
        if (m_conversation && m_workstation->engine())
            m_workstation->engine()->sendTyping(m_conversation, false);
        m_lastTypingSent = 0;
    });
    m_translationText->setWordWrap(true);
    m_translation->setAccessibleName(tr("Translation needed"));
    (new QHBoxLayout(m_translation))->addWidget(m_translationText, 1);
    connect(m_composer, &QPlainTextEdit::textChanged, this, [this] {
        checkTranslation();
        updateCounter();
        m_draftTimer->start();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (m_conversation && m_workstation->engine() && now - m_lastTypingSent > 3000
            && !m_composer->toPlainText().isEmpty()) {
            m_workstation->engine()->sendTyping(m_conversation, true);
            m_lastTypingSent = now;
        }
        m_typingTimer->start();
    });

    connect(workstation, &Workstation::conversationsChanged, this,
            &ConversationPanel::onConversationsChanged);
    connect(workstation, &Workstation::messagesChanged, this,
            &ConversationPanel::onMessagesChanged);
    connect(workstation, &Workstation::refusalsChanged, this, [this](qint64 id) {
        if (!id || id == m_conversation)
            updateRefusals();
    });
    connect(workstation, &Workstation::opened, this, [this] {
        // Once per engine: an unlock that kept the link opens the same one.
        if (m_workstation->engine() && m_workstation->engine() != m_typingSource) {
            m_typingSource = m_workstation->engine();
            connect(m_workstation->engine(), &SyncEngine::typingReceived, this,
                    [this](qint64 id, bool active) {
                        if (id == m_conversation)
                            m_typing->setText(active ? tr("The citizen is typing…") : QString());
                    });
        }
    });
    setConversation(0);
}

QList<QAction *> ConversationPanel::actions() const
{
    QList<QAction *> all { m_claim,           m_release,       m_transfer, m_close,
                           m_emergencyNotice, m_flagEmergency, m_flagSgbv, m_retry };
    all.append(m_redirects);
    return all;
}

Language ConversationPanel::citizenLanguage() const
{
    return Language(m_language->currentData().toInt());
}

void ConversationPanel::setConversation(qint64 id)
{
    if (m_conversation && id != m_conversation)
        saveDraft();
    if (id && id != m_conversation)
        m_workstation->noteOpened(id);
    m_conversation = id;
    forgetTranslation();
    m_model.setConversation(m_workstation->store(), id);
    m_typing->clear();
    {
        const QSignalBlocker blocker(m_composer);
        m_composer->setPlainText(id ? m_workstation->draft(id) : QString());
        m_composer->moveCursor(QTextCursor::End);
    }
    updateHeader();
    updateRefusals();
    updateCounter();
    m_humanAgent->setChecked(false); // a choice for this conversation only
    updateWindow();
    if (m_model.rowCount() > 0)
        m_history->scrollToBottom();
    if (id)
        Q_EMIT citizenTextChanged(m_model.lastCitizenText(), citizenLanguage());
}

void ConversationPanel::saveDraft()
{
    m_draftTimer->stop();
    if (m_conversation)
        m_workstation->saveDraft(m_conversation, m_composer->toPlainText());
}

void ConversationPanel::insertAnswer(const QString &text, Language lang)
{
    if (lang != citizenLanguage()) {
        m_untranslated = text;
        m_untranslatedLang = lang;
        m_untranslatedWarned = false;
    }
    m_composer->insertAtCursor(text);
    checkTranslation();
}

void ConversationPanel::onConversationsChanged(const QList<qint64> &ids)
{
    if (m_conversation && ids.contains(m_conversation))
        updateHeader();
}

void ConversationPanel::onMessagesChanged(const QStringList &ids)
{
    if (!m_conversation)
        return;
    const QString before = m_model.lastCitizenText();
    const bool atBottom = m_history->verticalScrollBar() == nullptr
        || m_history->verticalScrollBar()->value() == m_history->verticalScrollBar()->maximum();
    m_model.refresh(ids);
    updateWindow();
    if (atBottom)
        m_history->scrollToBottom();
    const QString after = m_model.lastCitizenText();
    if (after != before) {
        m_typing->clear();
        Q_EMIT citizenTextChanged(after, citizenLanguage());
    }
}

void ConversationPanel::updateHeader()
{
    const std::optional<Conversation> c =
        m_conversation ? m_workstation->queue()->conversation(m_conversation) : std::nullopt;
    const bool open = c && c->state != ConversationState::Closed;
    const bool mine =
        c && c->owner == m_workstation->login() && c->state == ConversationState::Claimed;
    setEnabled(c.has_value());
    if (!c) {
        m_title->setText(tr("No conversation selected"));
        m_meta->setText(tr("Pick one in the queue, or press Ctrl+N to take the next."));
        m_emergency->hide();
        m_sgbv->hide();
        m_consent->hide();
    } else {
        // The citizen's consent to forwarding, as the server recorded it.
        const QJsonObject consent = m_workstation->consent(c->id);
        if (!consent.isEmpty()) {
            const QString when = QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(consent.value(u"at"_s).toInteger()),
                QLocale::ShortFormat);
            m_consent->setText(tr("Consent to forward to the brigade recorded by %1 on %2. "
                                  "Question shown to the citizen: “%3”")
                                   .arg(consent.value(u"agent"_s).toString(), when,
                                        consent.value(u"text"_s).toString()));
        }
        m_consent->setVisible(!consent.isEmpty());
        m_title->setText(u"%1 · %2"_s.arg(
            c->citizen.isEmpty() ? tr("Anonymous citizen") : c->citizen, c->reference));
        QStringList meta { Labels::channel(c->channel), Labels::state(c->state) };
        if (!c->owner.isEmpty())
            meta.append(tr("held by %1").arg(c->owner));
        if (open && c->deadline > 0)
            meta.append(
                tr("%1: %2", "SLA state: time left")
                    .arg(Labels::sla(c->sla),
                         Labels::countdown(c->deadline, QDateTime::currentMSecsSinceEpoch())));
        if (c->outcome)
            meta.append(Labels::outcome(*c->outcome));
        if (!c->subject.isEmpty())
            meta.prepend(c->subject);
        m_meta->setText(meta.join(u" · "_s));
        const QSignalBlocker blocker(m_language);
        m_language->setCurrentIndex(m_language->findData(int(c->lang)));
        m_emergency->setVisible(c->emergency && open);
        const QString reasons = m_workstation->store() && (c->emergency || c->sgbv)
            ? m_workstation->store()->flagReasons(c->id)
            : QString();
        const QString emergencyWhy = flagReason(reasons, u"emergency"_s);
        m_emergencyWhy->setText(emergencyWhy);
        m_emergencyWhy->setVisible(!emergencyWhy.isEmpty());
        m_sgbv->setVisible(c->sgbv && open);
        const QString sgbvWhy = flagReason(reasons, u"sgbv"_s);
        m_sgbvText->setText(
            tr("SEXUAL OR GENDER-BASED VIOLENCE: this conversation goes first after emergencies.")
            + (sgbvWhy.isEmpty() ? QString() : u' ' + sgbvWhy));
    }
    m_flagEmergency->setChecked(c && c->emergency);
    m_flagSgbv->setChecked(c && c->sgbv);
    m_flagEmergency->setEnabled(open);
    m_flagSgbv->setEnabled(open);
    m_claim->setEnabled(open && !mine);
    m_release->setEnabled(mine);
    m_transfer->setEnabled(mine);
    m_close->setEnabled(mine);
    for (QAction *a : m_redirects)
        a->setEnabled(mine);
    m_emergencyNotice->setEnabled(open);
    m_retry->setEnabled(open);
    m_composer->setReadOnly(!open);
    m_sendButton->setEnabled(open);
}

void ConversationPanel::updateRefusals()
{
    const QList<OutboxEntry> refused =
        m_conversation ? m_workstation->refusals(m_conversation) : QList<OutboxEntry>();
    if (refused.isEmpty()) {
        m_refusalId.clear();
        m_refusal->hide();
        return;
    }
    const OutboxEntry &last = refused.constLast();
    m_refusalId = last.id;
    QString text = tr("The server refused it: %1 — %2")
                       .arg(Workstation::describeCommand(last),
                            ErrorText::describe(last.errorCode.value_or(ErrorCode::Internal),
                                                last.errorMessage));
    if (refused.size() > 1)
        text += u" "_s + tr("(%n more refused)", nullptr, int(refused.size() - 1));
    m_refusalText->setText(text);
    m_refusal->show();
}

void ConversationPanel::updateWindow()
{
    const std::optional<Conversation> c =
        m_conversation ? m_workstation->queue()->conversation(m_conversation) : std::nullopt;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const ReplyWindow w = c && c->state != ConversationState::Closed
        ? replyWindow(c->channel, m_workstation->store()->messages(m_conversation), now,
                      channelRules())
        : ReplyWindow {};
    QString text;
    switch (w.state) {
    case ReplyWindow::State::None:
        break;
    case ReplyWindow::State::Open:
        text = c->channel == Channel::Twitter
            ? tr("X: %1 left to reply, %n replies left", nullptr, w.repliesLeft)
                  .arg(Labels::countdown(w.endsAt, now))
            : tr("Messenger: %1 left to reply").arg(Labels::countdown(w.endsAt, now));
        break;
    case ReplyWindow::State::HumanAgentTag:
        text = tr("Messenger: past 24 hours, your reply goes with the human agent tag (%1 left)")
                   .arg(Labels::countdown(w.endsAt, now));
        break;
    case ReplyWindow::State::Closed:
        text = c->channel == Channel::Twitter && w.repliesLeft == 0
            ? tr("X: no reply left for the citizen's last message: wait for them to write again")
            : tr("%1: the reply window is closed: the citizen must write again")
                  .arg(Labels::channel(c->channel));
        break;
    }
    m_window->setText(text);
    m_window->setVisible(!text.isEmpty());
    // Offered where the server allows it, never ticked for the agent.
    const bool tagged = w.state == ReplyWindow::State::HumanAgentTag;
    if (!tagged)
        m_humanAgent->setChecked(false);
    m_humanAgent->setVisible(tagged);
    QPalette palette = m_window->palette();
    palette.setColor(QPalette::WindowText,
                     w.state == ReplyWindow::State::Closed
                         ? QColor(0xc6, 0x28, 0x28)
                         : this->palette().color(QPalette::WindowText));
    m_window->setPalette(palette);
}

Protocol::ChannelRules ConversationPanel::channelRules() const
{
    return m_workstation->engine() ? m_workstation->engine()->channelRules()
                                   : Protocol::ChannelRules {};
}

void ConversationPanel::updateCounter()
{
    const std::optional<Conversation> c =
        m_conversation ? m_workstation->queue()->conversation(m_conversation) : std::nullopt;
    const int limit = c ? replyLimit(c->channel) : Protocol::kMaxMessageChars;
    const int length = int(m_composer->toPlainText().size());
    m_counter->setText(u"%1 / %2"_s.arg(length).arg(limit));
    QPalette palette = m_counter->palette();
    palette.setColor(QPalette::WindowText,
                     length > limit ? QColor(0xc6, 0x28, 0x28)
                                    : this->palette().color(QPalette::WindowText));
    m_counter->setPalette(palette);
    m_sendButton->setEnabled(length > 0 && length <= limit && !m_composer->isReadOnly());
}

void ConversationPanel::report(const QString &what, const Error &error)
{
    Q_EMIT notice(tr("%1: %2", "what failed: why").arg(what, error.message));
}

void ConversationPanel::forgetTranslation()
{
    m_untranslated.clear();
    m_untranslatedWarned = false;
    m_translation->hide();
}

void ConversationPanel::checkTranslation()
{
    if (m_untranslated.isEmpty())
        return;
    // Translated, or removed: the reply no longer holds the text as inserted. Its first
    // sentence is enough to tell.
    const QString start = m_untranslated.section(u". "_s, 0, 0).left(80);
    if (!m_composer->toPlainText().contains(start) || citizenLanguage() == m_untranslatedLang) {
        forgetTranslation();
        return;
    }
    m_translationText->setText(
        m_untranslatedWarned
            ? tr("Not sent: your reply holds the %1 text of a FAQ entry that has no %2 "
                 "version. Translate it, or send again to send it as it is.")
                  .arg(Labels::language(m_untranslatedLang), Labels::language(citizenLanguage()))
            : tr("Translate before sending: the FAQ entry has no %2 version, the text "
                 "inserted is in %1.")
                  .arg(Labels::language(m_untranslatedLang), Labels::language(citizenLanguage())));
    m_translation->show();
}

void ConversationPanel::send()
{
    const QString text = m_composer->toPlainText().trimmed();
    if (!m_conversation || text.isEmpty() || m_composer->isReadOnly())
        return;
    checkTranslation();
    if (!m_untranslated.isEmpty() && !m_untranslatedWarned) {
        // Told before sending: the first attempt only warns, the second sends as it is.
        m_untranslatedWarned = true;
        checkTranslation();
        return;
    }
    const std::optional<Conversation> c = m_workstation->queue()->conversation(m_conversation);
    if (c && text.size() > replyLimit(c->channel)) {
        Q_EMIT notice(tr("Too long for %1: shorten the answer to %2 characters.")
                          .arg(Labels::channel(c->channel))
                          .arg(replyLimit(c->channel)));
        return;
    }
    // The platform's rules before sending, never after (the server refuses anyway).
    if (c) {
        const ReplyWindow w =
            replyWindow(c->channel, m_workstation->store()->messages(m_conversation),
                        QDateTime::currentMSecsSinceEpoch(), channelRules());
        if (w.state == ReplyWindow::State::Closed) {
            updateWindow();
            Q_EMIT notice(m_window->text() + u" — "_s + tr("not sent; the answer stays here."));
            return;
        }
        if (w.state == ReplyWindow::State::HumanAgentTag && !m_humanAgent->isChecked()) {
            // Past the standard window the reply goes as a person's: the agent says so.
            updateWindow();
            m_humanAgent->setFocus();
            Q_EMIT notice(tr("Past Messenger's standard window: tick \"Answer as a person\" "
                             "to send it with the human agent tag; not sent yet."));
            return;
        }
    }
    if (auto sent = m_workstation->reply(m_conversation, text); !sent) {
        report(tr("The answer was not sent"), sent.error());
        return;
    }
    const QSignalBlocker blocker(m_composer);
    m_composer->clear();
    forgetTranslation();
    updateCounter();
    m_typingTimer->stop();
    if (m_workstation->engine())
        m_workstation->engine()->sendTyping(m_conversation, false);
    m_history->scrollToBottom();
}

void ConversationPanel::claim()
{
    if (!m_workstation->engine())
        return;
    if (auto done = m_workstation->engine()->claim(m_conversation); !done)
        report(tr("The conversation could not be taken"), done.error());
}

void ConversationPanel::release()
{
    if (auto done = m_workstation->engine()->release(m_conversation); !done)
        report(tr("The conversation could not be released"), done.error());
}

void ConversationPanel::transfer()
{
    // Colleagues with their presence and load, live from the server's roster.
    auto *dialog = new TransferDialog(m_workstation->roster(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_conversation;
    connect(dialog, &QDialog::accepted, this, [this, id, dialog] {
        if (!m_workstation->engine())
            return;
        if (auto done = m_workstation->engine()->transfer(id, dialog->chosenLogin()); !done)
            report(tr("The conversation could not be transferred"), done.error());
    });
    dialog->open();
}

void ConversationPanel::closeConversation()
{
    const std::optional<Conversation> c = m_workstation->queue()->conversation(m_conversation);
    QStringList outcomes;
    const QList<Outcome> values = allValues<Outcome>();
    for (const Outcome o : values)
        outcomes.append(Labels::outcome(o));
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"closeDialog"_s);
    dialog->setWindowTitle(tr("Close the conversation"));
    dialog->setLabelText(tr("How did it end?"));
    dialog->setComboBoxItems(outcomes);
    dialog->setComboBoxEditable(false);
    // A redirection already recorded is the likely outcome.
    dialog->setTextValue(Labels::outcome(c && c->outcome ? *c->outcome : Outcome::Answered));
    const qint64 id = m_conversation;
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, id, outcomes, values](const QString &choice) {
                const qsizetype i = outcomes.indexOf(choice);
                if (i < 0)
                    return;
                if (auto done = m_workstation->engine()->close(id, values.at(i)); !done)
                    report(tr("The conversation could not be closed"), done.error());
            });
    dialog->open();
}

void ConversationPanel::redirect(RedirectTarget target)
{
    if (!m_conversation)
        return;
    auto *dialog = new RedirectDialog(m_workstation->redirects(), target, citizenLanguage(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"redirectDialog"_s);
    const qint64 id = m_conversation;
    SyncEngine::Consent consent;
    if (target == RedirectTarget::Brigade) {
        // The service forwards only with the citizen's consent: asked here, answered
        // by the citizen, recorded with the redirection (and checked by the server).
        const Workstation::ConsentState state = m_workstation->consentState(id);
        if (state.ready())
            consent = { state.question->id, state.answer->id };
        dialog->setConsent(state, RedirectCatalog::consentQuestion(citizenLanguage()));
        connect(dialog, &RedirectDialog::askConsent, this, [this, id](const QString &question) {
            if (auto asked = m_workstation->askConsent(id, question); !asked)
                report(tr("The consent question was not sent"), asked.error());
            else
                Q_EMIT notice(tr("Consent question sent. When the citizen has answered, "
                                 "redirect to the brigade again to record it."));
        });
    }
    connect(dialog, &QDialog::accepted, this, [this, id, dialog, target, consent] {
        if (auto done = m_workstation->redirect(id, target, dialog->text(), consent); !done)
            report(tr("The redirection was not sent"), done.error());
        else
            Q_EMIT notice(tr("Redirection to %1 sent; close the conversation when the citizen has "
                             "what they need.")
                              .arg(Labels::redirectTarget(target)));
    });
    dialog->open();
}

void ConversationPanel::sendEmergencyNotice()
{
    if (!m_conversation)
        return;
    if (auto sent = m_workstation->sendEmergencyNotice(m_conversation, citizenLanguage()); !sent)
        report(tr("The emergency notice was not sent"), sent.error());
    else
        Q_EMIT notice(tr("Emergency notice sent. Alert your supervisor."));
}

void ConversationPanel::setFlag(bool emergency, bool raised)
{
    if (!m_conversation || !m_workstation->engine())
        return;
    auto done = emergency ? m_workstation->engine()->setFlags(m_conversation, raised, std::nullopt)
                          : m_workstation->engine()->setFlags(m_conversation, std::nullopt, raised);
    if (!done) {
        report(tr("The flag could not be changed"), done.error());
        updateHeader(); // the action's check mark goes back
        return;
    }
    if (emergency)
        Q_EMIT notice(raised ? tr("Emergency flag raised: the conversation goes to the top of "
                                  "every queue.")
                             : tr("Emergency flag lowered."));
    else
        Q_EMIT notice(raised ? tr("Violence (SGBV) flag raised: the conversation goes first "
                                  "after emergencies.")
                             : tr("Violence (SGBV) flag lowered."));
}

void ConversationPanel::retry()
{
    const QModelIndex index = m_history->currentIndex();
    QString message;
    if (index.isValid()
        && index.data(ConversationModel::DeliveryRole).value<DeliveryState>()
            == DeliveryState::Failed)
        message = index.data(ConversationModel::IdRole).toString();
    for (int row = m_model.rowCount() - 1; message.isEmpty() && row >= 0; --row) {
        if (m_model.at(row).delivery == DeliveryState::Failed)
            message = m_model.at(row).id;
    }
    if (message.isEmpty() && !m_refusalId.isEmpty()) {
        // No reply failed, but an action was refused: that is what to send again.
        if (auto done = m_workstation->resendRefusal(m_refusalId); !done)
            report(tr("The action could not be sent again"), done.error());
        return;
    }
    if (message.isEmpty()) {
        Q_EMIT notice(tr("No failed reply to retry in this conversation."));
        return;
    }
    // A reply the server refused never reached it: send the command again. A reply
    // the platform did not deliver is known to the server: ask it to try again.
    if (const auto refused = m_workstation->engine()->refusalOfMessage(message)) {
        if (auto done = m_workstation->resendRefusal(refused->id); !done)
            report(tr("The reply could not be sent again"), done.error());
        return;
    }
    if (auto done = m_workstation->engine()->retry(m_conversation, message); !done)
        report(tr("The reply could not be retried"), done.error());
}

} // namespace Guichet::Ui
