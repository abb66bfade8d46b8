#include "sandbox/oauth/KeyCipher.h"

#include "sandbox/store/Ids.h"

#include <openssl/evp.h>

#include <memory>

namespace tid::sandbox {

static constexpr int KeyBytes = 32;
static constexpr int NonceBytes = 12;
static constexpr int TagBytes = 16;
static constexpr QByteArrayView Prefix = "aesgcm1:";

namespace {
struct CtxFree
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using Ctx = std::unique_ptr<EVP_CIPHER_CTX, CtxFree>;

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}
} // namespace

KeyCipher KeyCipher::derive(const QByteArray &secret, const QByteArray &salt)
{
    KeyCipher cipher;
    QByteArray key(KeyBytes, '\0');
    if (PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()), bytes(salt), int(salt.size()),
                          Iterations, EVP_sha256(), KeyBytes,
                          reinterpret_cast<unsigned char *>(key.data())) == 1)
        cipher.m_key = key;
    return cipher;
}

QByteArray KeyCipher::seal(const QByteArray &plain, const QByteArray &associated) const
{
    if (isNull())
        return {};
    const QByteArray nonce = Ids::randomBytes(NonceBytes);
    QByteArray out(plain.size() + 16, '\0');
    QByteArray tag(TagBytes, '\0');
    Ctx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    int total = 0;
    if (!ctx ||
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce)) !=
            1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(associated), int(associated.size())) !=
            1 ||
        EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                          bytes(plain), int(plain.size())) != 1)
        return {};
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + total,
                            &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagBytes, tag.data()) != 1)
        return {};
    total += len;
    out.truncate(total);
    const QByteArray sealed = nonce + out + tag;
    return Prefix.toByteArray() + sealed.toBase64();
}

std::optional<QByteArray> KeyCipher::open(const QByteArray &sealed,
                                          const QByteArray &associated) const
{
    if (isNull() || !isSealed(sealed))
        return std::nullopt;
    const QByteArray raw = QByteArray::fromBase64(sealed.mid(Prefix.size()));
    if (raw.size() < NonceBytes + TagBytes)
        return std::nullopt;
    const QByteArray nonce = raw.left(NonceBytes);
    const QByteArray cipherText = raw.mid(NonceBytes, raw.size() - NonceBytes - TagBytes);
    QByteArray tag = raw.right(TagBytes);
    QByteArray out(cipherText.size() + 16, '\0');
    Ctx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx ||
        EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce)) !=
            1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(associated), int(associated.size())) !=
            1 ||
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                          bytes(cipherText), int(cipherText.size())) != 1)
        return std::nullopt;
    int total = len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagBytes, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + total,
                            &len) != 1)
        return std::nullopt;
    total += len;
    out.truncate(total);
    return out;
}

} // namespace tid::sandbox
