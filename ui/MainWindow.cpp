#include "ui/MainWindow.h"

namespace tid::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("ThunderID Console"));
}

} // namespace tid::ui
