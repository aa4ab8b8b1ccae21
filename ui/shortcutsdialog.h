#pragma once

#include <QDialog>

class QAction;

namespace Guichet::Ui {

//! The sheet of keyboard shortcuts (F1), built from the window's actions so it
//! never disagrees with them.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace Guichet::Ui
