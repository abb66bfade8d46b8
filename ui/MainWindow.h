#pragma once

#include <QMainWindow>

namespace tid::ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace tid::ui
