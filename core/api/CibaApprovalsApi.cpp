#include "core/api/CibaApprovalsApi.h"

#include "core/api/AdminApi.h"
#include "core/api/ApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

Call<CibaRequest> requestCall(ApiJob *job)
{
    return {job, [](const ApiResponse &r, ApiError *e) {
                if (!r.json.isObject()) {
                    *e = ApiError::make(ApiError::Kind::Decode, u"expected a JSON object"_s, r.url);
                    return CibaRequest{};
                }
                QString problem;
                CibaRequest value = CibaRequest::fromJson(r.json.object(), &problem);
                if (!problem.isEmpty())
                    *e = ApiError::make(ApiError::Kind::Decode, u"malformed "_s + problem, r.url);
                return value;
            }};
}

QString requestPath(const QString &id)
{
    return u"/ciba/requests/"_s + AdminApi::segment(id);
}

} // namespace

CibaApprovalsApi::CibaApprovalsApi(ApiClient *client)
    : m_client(client)
{}

Call<Page<CibaRequest>> CibaApprovalsApi::listRequests(CibaRequest::Status status,
                                                       const PageRequest &page) const
{
    QUrlQuery q;
    page.addTo(q);
    if (status != CibaRequest::Status::Unknown)
        q.addQueryItem(u"status"_s, CibaRequest::statusName(status).toLower());
    return {m_client->get(u"/ciba/requests"_s, q), [](const ApiResponse &r, ApiError *e) {
                if (!r.json.isObject()) {
                    *e = ApiError::make(ApiError::Kind::Decode, u"expected a JSON list envelope"_s,
                                        r.url);
                    return Page<CibaRequest>{};
                }
                QString problem;
                auto page = Page<CibaRequest>::fromJson(
                    r.json.object(), "requests"_L1,
                    [](const QJsonValue &v, QString *err) {
                        return CibaRequest::fromJson(v.toObject(), err);
                    },
                    &problem);
                if (!problem.isEmpty())
                    *e = ApiError::make(ApiError::Kind::Decode, u"malformed "_s + problem, r.url);
                return page;
            }};
}

Call<CibaRequest> CibaApprovalsApi::getRequest(const QString &id) const
{
    return requestCall(m_client->get(requestPath(id)));
}

Call<CibaRequest> CibaApprovalsApi::approve(const QString &id, const QStringList &scopes) const
{
    QJsonObject body;
    if (!scopes.isEmpty())
        body.insert(u"scopes"_s, QJsonArray::fromStringList(scopes));
    return requestCall(m_client->post(requestPath(id) + u"/approve"_s, QJsonDocument(body)));
}

Call<CibaRequest> CibaApprovalsApi::deny(const QString &id) const
{
    return requestCall(m_client->post(requestPath(id) + u"/deny"_s, QJsonDocument(QJsonObject{})));
}

} // namespace tid::core
