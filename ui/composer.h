#pragma once

#include <QPlainTextEdit>

namespace Guichet::Ui {

//! The reply editor: multi-line; Ctrl+Enter sends (Enter is a new line, as in
//! any letter).
class Composer : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit Composer(QWidget *parent = nullptr);

    //! Insert @p text at the cursor, ready to edit.
    void insertAtCursor(const QString &text);

Q_SIGNALS:
    void sendRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Guichet::Ui
