#include "sandbox/oauth/KeyStore.h"

#include "sandbox/Logging.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

KeyStore::KeyStore(Database &db)
    : m_db(db)
{}

static const QByteArray CheckPlain = QByteArrayLiteral("thunderid-sandbox signing keys");

QString KeyStore::sealed(const core::SigningKey &key) const
{
    if (m_cipher.isNull())
        return QString::fromLatin1(key.privatePem());
    return QString::fromLatin1(m_cipher.seal(key.privatePem(), key.kid().toUtf8()));
}

bool KeyStore::load(QString *error)
{
    m_keys.clear();
    m_active.clear();
    m_cipher = KeyCipher();
    try {
        if (!m_secret.isEmpty()) {
            // One salt per store, and a sealed known value that tells a wrong secret apart
            // from a damaged key.
            QSqlQuery p = Sql::exec(
                m_db.db(), u"SELECT salt, check_value FROM signing_key_protection WHERE id = 1"_s);
            if (p.next()) {
                m_cipher = KeyCipher::derive(
                    m_secret, QByteArray::fromBase64(p.value(0).toString().toLatin1()));
                const auto check = m_cipher.open(p.value(1).toByteArray(), "check");
                if (!check || *check != CheckPlain) {
                    if (error)
                        *error = u"the signing keys in this store were sealed with another key: "
                                 "give the key they were stored with (THUNDERID_SANDBOX_KEY or "
                                 "--key-file)"_s;
                    return false;
                }
            } else {
                const QByteArray salt = Ids::randomBytes(16);
                m_cipher = KeyCipher::derive(m_secret, salt);
                Sql::exec(m_db.db(),
                          u"INSERT INTO signing_key_protection(id, salt, check_value) "
                          "VALUES(1, ?, ?)"_s,
                          {QString::fromLatin1(salt.toBase64()),
                           QString::fromLatin1(m_cipher.seal(CheckPlain, "check"))});
            }
            if (m_cipher.isNull()) {
                if (error)
                    *error = u"cannot derive the signing-key encryption key"_s;
                return false;
            }
        }
        QStringList inClear;
        QSqlQuery q = Sql::exec(m_db.db(), u"SELECT kid, private_pem, is_active FROM signing_keys "
                                           "ORDER BY is_active DESC, created_at DESC"_s);
        while (q.next()) {
            QString keyError;
            QByteArray pem = q.value(1).toByteArray();
            if (KeyCipher::isSealed(pem)) {
                const auto opened = m_cipher.open(pem, q.value(0).toString().toUtf8());
                if (!opened) {
                    if (error)
                        *error = m_cipher.isNull()
                                     ? u"the signing keys in this store are encrypted: give their "
                                       "key (THUNDERID_SANDBOX_KEY or --key-file)"_s
                                     : u"stored signing key %1 cannot be decrypted with the given "
                                       "key"_s.arg(q.value(0).toString());
                    return false;
                }
                pem = *opened;
            } else if (!m_cipher.isNull()) {
                inClear << q.value(0).toString();
            }
            core::SigningKey key = core::SigningKey::fromPem(pem, &keyError);
            if (key.isNull()) {
                if (error)
                    *error = u"stored signing key %1: %2"_s.arg(q.value(0).toString(), keyError);
                return false;
            }
            // The first active key of each type (newest first) signs.
            bool active = q.value(2).toInt() != 0;
            for (size_t i = 0; i < m_keys.size() && active; ++i) {
                if (m_active[i] && m_keys[i]->type() == key.type())
                    active = false;
            }
            m_keys.push_back(std::make_shared<core::SigningKey>(std::move(key)));
            m_active.push_back(active);
        }
        // Keys an older sandbox stored in clear are sealed now.
        for (const auto &key : m_keys) {
            if (inClear.contains(key->kid()))
                Sql::exec(m_db.db(), u"UPDATE signing_keys SET private_pem = ? WHERE kid = ?"_s,
                          {sealed(*key), key->kid()});
        }
        for (const auto type : {core::SigningKey::Type::EcP256, core::SigningKey::Type::Rsa2048}) {
            bool found = false;
            for (size_t i = 0; i < m_keys.size(); ++i)
                found = found || (m_active[i] && m_keys[i]->type() == type);
            if (found)
                continue;
            core::SigningKey key = core::SigningKey::generate(type);
            if (key.isNull()) {
                if (error)
                    *error = u"cannot generate a signing key"_s;
                return false;
            }
            Sql::exec(m_db.db(),
                      u"INSERT INTO signing_keys(kid, algorithm, private_pem, is_active, "
                      "created_at) VALUES(?, ?, ?, 1, ?)"_s,
                      {key.kid(), key.algorithm(), sealed(key), Ids::now()});
            m_keys.push_back(std::make_shared<core::SigningKey>(std::move(key)));
            m_active.push_back(true);
        }
    } catch (const SqlError &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
    publish();
    return true;
}

void KeyStore::publish()
{
    QMutexLocker lock(&m_publishedLock);
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_active[i])
            m_published[m_keys[i]->type() == core::SigningKey::Type::EcP256 ? 0 : 1] = m_keys[i];
    }
}

std::shared_ptr<const core::SigningKey> KeyStore::signingKey(core::SigningKey::Type type) const
{
    QMutexLocker lock(&m_publishedLock);
    return m_published[type == core::SigningKey::Type::EcP256 ? 0 : 1];
}

const core::SigningKey &KeyStore::activeKey() const
{
    return activeKey(core::SigningKey::Type::EcP256);
}

const core::SigningKey &KeyStore::activeKey(core::SigningKey::Type type) const
{
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_active[i] && m_keys[i]->type() == type)
            return *m_keys[i];
    }
    return *m_keys.front(); // load() guarantees one active key per type
}

const core::SigningKey *KeyStore::keyById(const QString &kid) const
{
    for (const auto &key : m_keys) {
        if (key->kid() == kid)
            return key.get();
    }
    return nullptr;
}

QJsonObject KeyStore::rotate()
{
    QJsonArray active;
    QJsonArray retired;
    // The JWKS keeps the current and the previous keys: keys retired by an earlier rotation go.
    for (size_t i = m_keys.size(); i-- > 0;) {
        if (m_active[i])
            continue;
        Sql::exec(m_db.db(), u"DELETE FROM signing_keys WHERE kid = ?"_s, {m_keys[i]->kid()});
        m_keys.erase(m_keys.begin() + qsizetype(i));
        m_active.erase(m_active.begin() + qsizetype(i));
    }
    for (size_t i = 0; i < m_keys.size(); ++i) {
        m_active[i] = false;
        retired.append(
            QJsonObject{{u"kid"_s, m_keys[i]->kid()}, {u"alg"_s, m_keys[i]->algorithm()}});
    }
    Sql::exec(m_db.db(), u"UPDATE signing_keys SET is_active = 0"_s);
    for (const auto type : {core::SigningKey::Type::EcP256, core::SigningKey::Type::Rsa2048}) {
        core::SigningKey key = core::SigningKey::generate(type);
        if (key.isNull())
            throw SqlError("cannot generate a signing key");
        Sql::exec(m_db.db(),
                  u"INSERT INTO signing_keys(kid, algorithm, private_pem, is_active, created_at) "
                  "VALUES(?, ?, ?, 1, ?)"_s,
                  {key.kid(), key.algorithm(), sealed(key), Ids::now()});
        active.append(QJsonObject{{u"kid"_s, key.kid()}, {u"alg"_s, key.algorithm()}});
        m_keys.insert(m_keys.begin(), std::make_shared<core::SigningKey>(std::move(key)));
        m_active.insert(m_active.begin(), true);
    }
    publish();
    qCInfo(lcOAuth) << "signing keys rotated:" << active.size() << "new," << retired.size()
                    << "retired";
    return QJsonObject{{u"active"_s, active}, {u"retired"_s, retired}, {u"keys"_s, publicJwks()}};
}

QJsonArray KeyStore::publicJwks() const
{
    QJsonArray keys;
    for (const auto &key : m_keys)
        keys.append(key->publicJwk());
    return keys;
}

} // namespace tid::sandbox
