// Server passwords in the system keyring (ServerPasswords, through QtKeychain). ctest runs this twice:
//  - test_ui_keyring inside tests/support/with-keyring, a D-Bus session of its own with a real, unlocked
//  GNOME
//    Keyring: a stored password is found again under the server's URL without it, is really in the keyring
//    (secret-tool, the keyring's own client, finds it), belongs to that server and user only, and is gone
//    once forgotten; the connect dialog offers to remember only a password it has;
//  - test_ui_keyring_absent with no D-Bus session at all, as on a server without a desktop: storing fails
//  with
//    a reason, reading leaves the URL as it was, and neither hangs.
#include "connectdialog.h"
#include "serverpasswords.h"
#include "support/testmain.h"

#include "storage/serverurl.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QProcess>
#include <QtTest>

using namespace huddle;

namespace {

const QString withPassword = QStringLiteral("postgresql://lead:s%40cret%20pw@db.example:5433/site");
const QString withoutPassword = QStringLiteral("postgresql://lead@db.example:5433/site");

bool keyringExpected()
{
    return qEnvironmentVariable("HUDDLE_TEST_KEYRING") == QLatin1String("present");
}

QString passwordIn(const QString &location)
{
    const auto url = storage::parseServerUrl(location);
    return url ? url.value().password : QStringLiteral("<not a server URL>");
}

} // namespace

class TestKeyring : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void storesFindsAndForgets();
    void dialogRemembersOnlyAPassword();
};

void TestKeyring::storesFindsAndForgets()
{
    const core::Status stored = ui::ServerPasswords::store(withPassword);
    if (!keyringExpected()) {
        QVERIFY(!stored);
        QVERIFY2(stored.error().message.startsWith(
                     QStringLiteral("the system keyring did not store the password: ")),
                 qPrintable(stored.error().message));
        QCOMPARE(ui::ServerPasswords::withStoredPassword(withoutPassword), withoutPassword);
        return;
    }
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
    QCOMPARE(passwordIn(ui::ServerPasswords::withStoredPassword(withoutPassword)),
             QStringLiteral("s@cret pw"));
    // The keyring's own client finds it, filed under the URL without the password.
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("search"), QStringLiteral("user"), withoutPassword});
    QVERIFY(lookup.waitForFinished(10000));
    const QString found = QString::fromUtf8(lookup.readAllStandardOutput() + lookup.readAllStandardError());
    QVERIFY2(found.contains(QStringLiteral("secret = s@cret pw")), qPrintable(found));
    // Another user or server has none; a URL with a password of its own keeps it.
    const QString otherUser = QStringLiteral("postgresql://coach@db.example:5433/site");
    QCOMPARE(ui::ServerPasswords::withStoredPassword(otherUser), otherUser);
    const QString otherPort = QStringLiteral("postgresql://lead@db.example/site");
    QCOMPARE(ui::ServerPasswords::withStoredPassword(otherPort), otherPort);
    const QString own = QStringLiteral("postgresql://lead:typed@db.example:5433/site");
    QCOMPARE(ui::ServerPasswords::withStoredPassword(own), own);
    QVERIFY(ui::ServerPasswords::forget(withoutPassword));
    QCOMPARE(ui::ServerPasswords::withStoredPassword(withoutPassword), withoutPassword);
    QVERIFY(ui::ServerPasswords::forget(withoutPassword)); // forgetting twice is fine
}

void TestKeyring::dialogRemembersOnlyAPassword()
{
    ui::ConnectDialog dialog;
    dialog.setLocation(withoutPassword);
    dialog.rememberEdit()->setChecked(true);
    QVERIFY(!dialog.rememberPassword()); // nothing typed: nothing to remember
    dialog.passwordEdit()->setText(QStringLiteral("s@cret pw"));
    QVERIFY(dialog.rememberPassword());
    QCOMPARE(passwordIn(dialog.location()), QStringLiteral("s@cret pw"));
    dialog.rememberEdit()->setChecked(false);
    QVERIFY(!dialog.rememberPassword());
}

HUDDLE_TEST_MAIN("test_ui_keyring", TestKeyring)
#include "tst_keyring.moc"
