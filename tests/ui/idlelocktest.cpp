#include <catch2/catch.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

#include "ui/dialogs/lockdialog.h"
#include "ui/views/idlelock.h"
#include "uitestdatabase.h"
#include "uitesthelpers.h"

using mestring::test::UiTestDatabase;
namespace ui = mestring::ui;

TEST_CASE("After the idle time the window locks, asks for the password and keeps what was typed",
    "[ui][lock]")
{
    UiTestDatabase data;
    QWidget window;
    auto *typed = new QLineEdit(&window);
    typed->setText(QStringLiteral("halvt skrevet notat"));
    window.show();
    ui::IdleLock lock(data.auth, data.therapist, &window, 50);

    QString wrongPasswordError;
    bool sawLock = false;
    // The lock screen is modal: answer it from inside its event loop, once it is up.
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<ui::LockDialog *>(QApplication::activeModalWidget());
        if (!dialog) return;
        poll.stop();
        sawLock = lock.isLocked();
        QTest::keyClick(dialog, Qt::Key_Escape); // Esc does not unlock
        CHECK(dialog->isVisible());
        dialog->passwordField()->setText(QStringLiteral("forkert-kode"));
        CHECK_FALSE(dialog->tryUnlock());
        wrongPasswordError = dialog->errorText();
        dialog->passwordField()->setText(UiTestDatabase::password());
        CHECK(dialog->tryUnlock());
    });
    poll.start();
    REQUIRE(mestring::test::waitUntil([&] { return sawLock && !lock.isLocked(); }, 5000));
    CHECK_FALSE(wrongPasswordError.isEmpty());
    CHECK(typed->text() == QStringLiteral("halvt skrevet notat"));
}
