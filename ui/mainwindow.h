#pragma once

#include <QMainWindow>

class QLabel;

namespace Guichet::Ui {

//! The workstation's main window: queue | conversation | FAQ panel, and a status
//! bar that always tells the connection state.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &serverUrl, QWidget *parent = nullptr);

private:
    QLabel *m_connection = nullptr;
};

} // namespace Guichet::Ui
