#pragma once

#include "core/api/Call.h"
#include "core/domain/Consent.h"
#include "core/domain/Credential.h"
#include "core/domain/Page.h"

namespace tid::core {

class ApiClient;

// The administrator's side of the console's extension API (docs/extension-api.yaml): consents
// and the client-secret lifecycle of agents. A plain ThunderID has neither; callers check the
// discovery document (ServerMetadata::hasExtension("consents" / "credentials")) first.
class AdminExtensionsApi final
{
public:
    static inline const QString ConsentsExtension = QStringLiteral("consents");
    static inline const QString CredentialsExtension = QStringLiteral("credentials");

    explicit AdminExtensionsApi(ApiClient *client);
    ApiClient *client() const { return m_client; }

    Call<Page<Consent>> listConsents(const ConsentQuery &query, const PageRequest &page = {}) const;
    Call<Consent> getConsent(const QString &id) const;
    // 409 CNS-1005 when already revoked or expired.
    Call<Consent> revokeConsent(const QString &id) const;

    Call<CredentialList> listCredentials(const QString &agentId) const;
    // The response carries the new secret once. graceSeconds 0: older secrets stop at once.
    Call<RotatedCredential> rotateCredential(const QString &agentId, int graceSeconds) const;
    Call<RevokedCredentials> revokeCredentials(const QString &agentId) const;

private:
    ApiClient *m_client;
};

} // namespace tid::core
