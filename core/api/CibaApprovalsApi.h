#pragma once

#include "core/api/Call.h"
#include "core/domain/CibaRequest.h"
#include "core/domain/Page.h"

namespace tid::core {

class ApiClient;

// The authentication-device side of CIBA (extension API `ciba-approvals`,
// docs/extension-api.yaml). Who calls matters: a user's own token lists the requests addressed
// to that user and may approve or deny them; an administrator's token lists every user's
// requests but gets 403 CIB-1004 when it tries to decide for a user. Callers check
// ServerMetadata::hasExtension(Extension) first.
class CibaApprovalsApi final
{
public:
    static inline const QString Extension = QStringLiteral("ciba-approvals");

    explicit CibaApprovalsApi(ApiClient *client);
    ApiClient *client() const { return m_client; }

    // Newest first. `status` Unknown: any.
    Call<Page<CibaRequest>> listRequests(CibaRequest::Status status = CibaRequest::Status::Pending,
                                         const PageRequest &page = PageRequest::window(100)) const;
    Call<CibaRequest> getRequest(const QString &id) const;
    // 403 CIB-1004: not the addressed user's token; 409 CIB-1005: no longer pending.
    // `scopes` empty: approve everything the server allows.
    Call<CibaRequest> approve(const QString &id, const QStringList &scopes = {}) const;
    Call<CibaRequest> deny(const QString &id) const;

    // The error code of "an administrator's token cannot decide for a user".
    static inline const QString NotTheRequestedUser = QStringLiteral("CIB-1004");

private:
    ApiClient *m_client;
};

} // namespace tid::core
