#include "mainwindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Guichet::Ui {

MainWindow::MainWindow(const QString &serverUrl, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Guichet — Brigade numérique"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *welcome = new QLabel(tr("<h2>Guichet</h2><p>Server: %1</p>").arg(serverUrl.toHtmlEscaped()),
                               central);
    welcome->setAlignment(Qt::AlignCenter);
    layout->addWidget(welcome);
    setCentralWidget(central);

    m_connection = new QLabel(tr("Offline"), this);
    m_connection->setAccessibleName(tr("Connection state"));
    statusBar()->addPermanentWidget(m_connection);
    resize(1280, 800);
}

} // namespace Guichet::Ui
