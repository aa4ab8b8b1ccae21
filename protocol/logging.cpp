#include "logging.h"

#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QRandomGenerator>

namespace Guichet {

Q_LOGGING_CATEGORY(lcProtocol, "guichet.protocol", QtInfoMsg)

namespace {

QMutex s_keyMutex;

QByteArray &redactionKey()
{
    static QByteArray key = [] {
        QByteArray random(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                              random.size() / 4);
        return random;
    }();
    return key;
}

} // namespace

void setRedactionKey(const QByteArray &key)
{
    const QMutexLocker lock(&s_keyMutex);
    redactionKey() = key;
}

QString redact(QStringView personal)
{
    if (personal.isEmpty())
        return QStringLiteral("-");
    const QMutexLocker lock(&s_keyMutex);
    const QByteArray tag = QMessageAuthenticationCode::hash(personal.toUtf8(), redactionKey(),
                                                            QCryptographicHash::Sha256);
    return QString::fromLatin1(tag.toHex().left(12));
}

} // namespace Guichet
