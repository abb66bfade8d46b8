#include "ui/MainWindow.h"

#include <QApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"thunderid-console"_s);
    QApplication::setOrganizationName(u"ThunderID"_s);
    tid::ui::MainWindow window;
    window.show();
    return app.exec();
}
