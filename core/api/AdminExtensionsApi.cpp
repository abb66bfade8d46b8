#include "core/api/AdminExtensionsApi.h"

#include "core/api/AdminApi.h"
#include "core/api/ApiClient.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

template<typename T> using FromJson = T (*)(const QJsonObject &, QString *);

template<typename T> T decodeObject(const ApiResponse &r, ApiError *e, FromJson<T> fromJson)
{
    if (!r.json.isObject()) {
        *e = ApiError::make(ApiError::Kind::Decode, u"expected a JSON object"_s, r.url);
        return T{};
    }
    QString problem;
    T value = fromJson(r.json.object(), &problem);
    if (!problem.isEmpty())
        *e = ApiError::make(ApiError::Kind::Decode, u"malformed "_s + problem, r.url);
    return value;
}

template<typename T> Call<T> objectCall(ApiJob *job, FromJson<T> fromJson)
{
    return {job, [fromJson](const ApiResponse &r, ApiError *e) {
                return decodeObject<T>(r, e, fromJson);
            }};
}

QString agentPath(const QString &agentId)
{
    return u"/agents/"_s + AdminApi::segment(agentId) + u"/credentials"_s;
}

} // namespace

AdminExtensionsApi::AdminExtensionsApi(ApiClient *client)
    : m_client(client)
{}

Call<Page<Consent>> AdminExtensionsApi::listConsents(const ConsentQuery &query,
                                                     const PageRequest &page) const
{
    QUrlQuery q;
    page.addTo(q);
    if (!query.userId.isEmpty())
        q.addQueryItem(u"userId"_s, query.userId);
    if (!query.clientId.isEmpty())
        q.addQueryItem(u"clientId"_s, query.clientId);
    if (!query.resourceServerId.isEmpty())
        q.addQueryItem(u"resourceServerId"_s, query.resourceServerId);
    if (query.status != Consent::Status::Unknown)
        q.addQueryItem(u"status"_s, Consent::statusName(query.status));
    return {m_client->get(u"/consents"_s, q), [](const ApiResponse &r, ApiError *e) {
                if (!r.json.isObject()) {
                    *e = ApiError::make(ApiError::Kind::Decode, u"expected a JSON list envelope"_s,
                                        r.url);
                    return Page<Consent>{};
                }
                QString problem;
                auto page = Page<Consent>::fromJson(
                    r.json.object(), "consents"_L1,
                    [](const QJsonValue &v, QString *err) {
                        return Consent::fromJson(v.toObject(), err);
                    },
                    &problem);
                if (!problem.isEmpty())
                    *e = ApiError::make(ApiError::Kind::Decode, u"malformed "_s + problem, r.url);
                return page;
            }};
}

Call<Consent> AdminExtensionsApi::getConsent(const QString &id) const
{
    return objectCall<Consent>(m_client->get(u"/consents/"_s + AdminApi::segment(id)),
                               &Consent::fromJson);
}

Call<Consent> AdminExtensionsApi::revokeConsent(const QString &id) const
{
    return objectCall<Consent>(
        m_client->post(u"/consents/"_s + AdminApi::segment(id) + u"/revoke"_s,
                       QJsonDocument(QJsonObject{})),
        &Consent::fromJson);
}

Call<CredentialList> AdminExtensionsApi::listCredentials(const QString &agentId) const
{
    return objectCall<CredentialList>(m_client->get(agentPath(agentId)), &CredentialList::fromJson);
}

Call<RotatedCredential> AdminExtensionsApi::rotateCredential(const QString &agentId,
                                                             int graceSeconds) const
{
    return objectCall<RotatedCredential>(
        m_client->post(agentPath(agentId) + u"/rotate"_s,
                       QJsonDocument(QJsonObject{{u"graceSeconds"_s, graceSeconds}})),
        &RotatedCredential::fromJson);
}

Call<RevokedCredentials> AdminExtensionsApi::revokeCredentials(const QString &agentId) const
{
    return objectCall<RevokedCredentials>(
        m_client->post(agentPath(agentId) + u"/revoke"_s, QJsonDocument(QJsonObject{})),
        &RevokedCredentials::fromJson);
}

} // namespace tid::core
