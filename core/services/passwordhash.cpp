#include "passwordhash.h"

#include <sodium.h>

#include <QCoreApplication>

#include "core/storage/storageerror.h"

namespace mestring::core {

namespace {

void ensureSodium()
{
    if (sodium_init() < 0) {
        throw StorageError(
            QCoreApplication::translate("mestring", "The password library could not start."));
    }
}

} // namespace

QString hashPassword(const QString &password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        throw StorageError(QCoreApplication::translate("mestring",
            "There was not enough memory to protect the password. Close other programs and try "
            "again."));
    }
    return QString::fromLatin1(out);
}

bool passwordMatches(const QString &encodedHash, const QString &password)
{
    if (encodedHash.isEmpty()) return false;
    ensureSodium();
    const QByteArray stored = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size()))
        == 0;
}

} // namespace mestring::core
