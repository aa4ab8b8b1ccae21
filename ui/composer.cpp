#include "composer.h"

#include <QKeyEvent>

namespace Guichet::Ui {

Composer::Composer(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setPlaceholderText(tr("Write your answer… (Ctrl+Enter sends)"));
    setAccessibleName(tr("Answer"));
}

void Composer::insertAtCursor(const QString &text)
{
    QTextCursor cursor = textCursor();
    // Keep the inserted answer apart from what the agent already wrote.
    if (cursor.position() > 0 && !toPlainText().at(cursor.position() - 1).isSpace())
        cursor.insertText(QStringLiteral("\n\n"));
    cursor.insertText(text);
    setTextCursor(cursor);
    setFocus(Qt::OtherFocusReason);
}

void Composer::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & Qt::ControlModifier)) {
        Q_EMIT sendRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace Guichet::Ui
