#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace Guichet {
class QueueModel;
}

namespace Guichet::Ui {

//! The queue: filters and a search box over the list of conversations, and "Take
//! next". Binds to QueueModel; decides nothing itself.
class QueuePanel : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePanel(QueueModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    QPushButton *takeNextButton() const { return m_takeNext; }
    //! The conversation selected, 0 if none.
    qint64 currentConversation() const;
    void selectConversation(qint64 id);
    //! Filters as the agent left them (kept in the cache's settings).
    QByteArray saveFilters() const;
    void restoreFilters(const QByteArray &state);

Q_SIGNALS:
    void conversationSelected(qint64 id);
    void takeNextRequested();

private:
    void applyFilter();
    void updateCount();

    QueueModel *m_model;
    QComboBox *m_scope;
    QComboBox *m_states;
    QComboBox *m_channel;
    QComboBox *m_language;
    QCheckBox *m_flagged;
    QLineEdit *m_search;
    QListView *m_view;
    QPushButton *m_takeNext;
    QLabel *m_count;
    qint64 m_current = 0;
};

} // namespace Guichet::Ui
