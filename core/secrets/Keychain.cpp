#include "core/secrets/Keychain.h"

#include "core/Logging.h"

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

const char *opName(Keychain::Operation op)
{
    switch (op) {
    case Keychain::Operation::Read:
        return "read";
    case Keychain::Operation::Write:
        return "write";
    case Keychain::Operation::Remove:
        return "remove";
    }
    return "?";
}

} // namespace

Keychain::Keychain(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

QString Keychain::keyFor(const QString &profile, const QString &purpose)
{
    return profile + u'/' + purpose;
}

void Keychain::read(const QString &profile, const QString &purpose, const QObject *context,
                    Callback done)
{
    start(Operation::Read, profile, purpose, {}, context, std::move(done));
}

void Keychain::write(const QString &profile, const QString &purpose, const QString &secret,
                     const QObject *context, Callback done)
{
    start(Operation::Write, profile, purpose, secret, context, std::move(done));
}

void Keychain::remove(const QString &profile, const QString &purpose, const QObject *context,
                      Callback done)
{
    start(Operation::Remove, profile, purpose, {}, context, std::move(done));
}

void Keychain::start(Operation op, const QString &profile, const QString &purpose,
                     const QString &secret, const QObject *context, Callback done)
{
    const QString key = keyFor(profile, purpose);
    QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;

    auto report = [this, op, profile, purpose, key, guard, hasContext,
                   done = std::move(done)](const KeychainResult &result) {
        --m_pending;
        if (result.ok)
            qCDebug(lcKeychain) << opName(op) << key << "ok";
        else
            qCInfo(lcKeychain).noquote()
                << opName(op) << key << (result.notFound ? u"not found"_s : result.error);
        Q_EMIT finished(op, profile, purpose, result);
        if (done && (!hasContext || guard))
            done(result);
    };

    ++m_pending;
    if (profile.isEmpty() || purpose.isEmpty()) {
        KeychainResult r;
        r.error = u"keychain key needs a profile and a purpose"_s;
        QMetaObject::invokeMethod(
            this, [report, r] { report(r); }, Qt::QueuedConnection);
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (op) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service, this);
        w->setTextData(secret);
        job = w;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, op, report](QKeychain::Job *j) {
        KeychainResult r;
        r.ok = j->error() == QKeychain::NoError;
        r.notFound = j->error() == QKeychain::EntryNotFound;
        if (!r.ok)
            r.error = j->errorString().isEmpty() ? u"keychain error %1"_s.arg(int(j->error()))
                                                 : j->errorString();
        if (r.ok && op == Operation::Read)
            r.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        // Backends may answer inside start(); always report from the event loop.
        QMetaObject::invokeMethod(
            this, [report, r] { report(r); }, Qt::QueuedConnection);
    });
    qCDebug(lcKeychain) << opName(op) << key << "started";
    job->start();
}

} // namespace tid::core
