#include "sandbox/admin/ApplicationModule.h"

#include "sandbox/Bootstrap.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/admin/Entities.h"
#include "sandbox/admin/OAuthProfile.h"
#include "sandbox/http/JsonFields.h"
#include "sandbox/http/Paging.h"
#include "sandbox/http/ServiceError.h"
#include "sandbox/http/WriteTransaction.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

namespace {

const ServiceErrors appError(u"applicationservice"_s);

const ServiceError NotFound =
    appError(404, u"APP-1001"_s, u"application_not_found"_s, u"Application not found"_s,
             u"The requested application could not be found"_s);
const ServiceError InvalidName =
    appError(400, u"APP-1004"_s, u"invalid_application_name"_s, u"Invalid application name"_s,
             u"The provided application name is invalid or empty"_s);
const ServiceError InvalidUrl =
    appError(400, u"APP-1005"_s, u"invalid_application_url"_s, u"Invalid application URL"_s,
             u"The provided application URL is not a valid URI"_s);
const ServiceError InvalidLogoUrl =
    appError(400, u"APP-1006"_s, u"invalid_logo_url"_s, u"Invalid logo URL"_s,
             u"The provided logo URL is not a valid URI"_s);
const ServiceError InvalidRequest = appError.invalidRequest(u"APP-1018"_s);
const ServiceError NameConflict =
    appError(409, u"APP-1020"_s, u"application_already_exists"_s, u"Application already exists"_s,
             u"An application with the same name already exists"_s);
const ServiceError ClientIdConflict =
    appError(409, u"APP-1021"_s, u"application_with_client_id_already_exists"_s,
             u"Application with client ID already exists"_s,
             u"An application with the same client ID already exists"_s);
const ServiceError Declarative =
    appError(400, u"APP-1030"_s, u"cannot_modify_declarative_resource"_s,
             u"Cannot modify declarative resource"_s,
             u"The application is declarative and cannot be modified or deleted"_s);
const ServiceError InvalidType =
    appError(400, u"APP-1040"_s, u"invalid_application_type"_s, u"Invalid application type"_s,
             u"The provided application type is not supported. It must be one of: browser, "
             "fullstack, mobile, m2m, mcp, custom."_s);
const ServiceError TypeImmutable = appError(
    400, u"APP-1041"_s, u"application_type_immutable"_s, u"Application type cannot be changed"_s,
    u"The application type is set at creation and cannot be modified."_s);
const ServiceError TypeRequired =
    appError(400, u"APP-1042"_s, u"application_type_required"_s, u"Application type is required"_s,
             u"An application type must be provided. It must be one of: browser, fullstack, "
             "mobile, m2m, mcp, custom."_s);
const ServiceError LimitError =
    appError(400, u"APP-1057"_s, u"invalid_limit_parameter"_s, u"Invalid limit parameter"_s,
             u"The limit parameter must be a positive integer within the maximum page size"_s);
const ServiceError OffsetError =
    appError(400, u"APP-1058"_s, u"invalid_offset_parameter"_s, u"Invalid offset parameter"_s,
             u"The offset parameter must not be negative"_s);

const OAuthProfile::Errors ProfileErrors = OAuthProfile::errors(
    appError, InvalidRequest,
    {u"APP-1010"_s, u"APP-1011"_s, u"APP-1012"_s, u"APP-1013"_s, u"APP-1023"_s, u"APP-1024"_s,
     u"APP-1034"_s},
    {u"One or more provided grant types are invalid"_s,
     u"One or more provided response types are invalid"_s,
     u"One or more provided redirect URIs are not valid URIs"_s,
     u"The provided token endpoint authentication method is invalid"_s,
     u"The public client configuration is invalid"_s, u"The OAuth configuration is invalid"_s,
     u"An application may have at most one inbound auth config per protocol"_s});

const QStringList Types = {u"browser"_s, u"fullstack"_s, u"mobile"_s,
                           u"m2m"_s,     u"mcp"_s,       u"custom"_s};

const QList<QPair<QString, JsonFields::Kind>> ExtraFields = {
    {u"description"_s, JsonFields::Kind::String},
    {u"authFlowId"_s, JsonFields::Kind::String},
    {u"registrationFlowId"_s, JsonFields::Kind::String},
    {u"isRegistrationFlowEnabled"_s, JsonFields::Kind::Bool},
    {u"recoveryFlowId"_s, JsonFields::Kind::String},
    {u"isRecoveryFlowEnabled"_s, JsonFields::Kind::Bool},
    {u"themeId"_s, JsonFields::Kind::String},
    {u"layoutId"_s, JsonFields::Kind::String},
    {u"template"_s, JsonFields::Kind::String},
    {u"url"_s, JsonFields::Kind::String},
    {u"logoUrl"_s, JsonFields::Kind::String},
    {u"assertion"_s, JsonFields::Kind::Object},
    {u"attestation"_s, JsonFields::Kind::Object},
    {u"tosUri"_s, JsonFields::Kind::String},
    {u"policyUri"_s, JsonFields::Kind::String},
    {u"contacts"_s, JsonFields::Kind::StringArray},
    {u"allowedUserTypes"_s, JsonFields::Kind::StringArray},
    {u"passkeyAllowedOrigins"_s, JsonFields::Kind::StringArray},
    {u"loginConsent"_s, JsonFields::Kind::Object},
    {u"metadata"_s, JsonFields::Kind::Object},
};

// The members of BasicApplicationResponse (list items).
const QStringList BasicFields = {u"description"_s,
                                 u"logoUrl"_s,
                                 u"authFlowId"_s,
                                 u"registrationFlowId"_s,
                                 u"isRegistrationFlowEnabled"_s,
                                 u"recoveryFlowId"_s,
                                 u"isRecoveryFlowEnabled"_s,
                                 u"themeId"_s,
                                 u"layoutId"_s,
                                 u"type"_s,
                                 u"template"_s};

QJsonObject appJson(const QSqlQuery &q)
{
    // Columns: id, ou_id, name, client_id, extra, is_read_only
    QJsonObject o = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
    o.insert(u"id"_s, q.value(0).toString());
    o.insert(u"ouId"_s, q.value(1).toString());
    o.insert(u"name"_s, q.value(2).toString());
    if (!q.value(3).isNull())
        o.insert(u"clientId"_s, q.value(3).toString());
    o.insert(u"isReadOnly"_s, q.value(5).toInt() != 0);
    return o;
}

const QString Select =
    u"SELECT id, ou_id, name, client_id, extra, is_read_only FROM applications"_s;

// The collection as EntityCrud serves it.
const EntityCrud::Spec Crud{u"applications"_s, u"applications"_s, u"app"_s,
                            NotFound,          Declarative,       InvalidRequest,
                            LimitError,        OffsetError,       ServiceError()};

} // namespace

ApplicationModule::ApplicationModule(SandboxContext &context)
    : m_context(context)
    , m_clients(*context.db)
    , m_crud(*context.db, Crud, [this](const QString &id, bool) { return load(id); })
{}

void ApplicationModule::registerRoutes(Router &router)
{
    m_crud.registerRoutes(
        router, [this](Request &r) { return list(r); },
        EntityCrud::Save([this](Request &r, const auto &existing) { return save(r, existing); }),
        OAuthProfile::secretsCleanup(m_clients));
}

std::optional<QJsonObject> ApplicationModule::load(const QString &id) const
{
    QSqlQuery q = Sql::exec(m_context.db->db(), QString(Select + u" WHERE id = ?"_s), {id});
    if (!q.next())
        return std::nullopt;
    return appJson(q);
}

Response ApplicationModule::list(Request &request)
{
    // ThunderID's application list reads no filter: only the page.
    Page page;
    if (auto error = parsePage(request, LimitError, OffsetError, &page))
        return *error;
    QSqlQuery q = Sql::exec(m_context.db->db(), QString(Select + u" ORDER BY created_at, id"_s));
    QJsonArray all;
    while (q.next()) {
        const QJsonObject full = appJson(q);
        QJsonObject basic{{u"id"_s, full.value(u"id"_s)},
                          {u"name"_s, full.value(u"name"_s)},
                          {u"isReadOnly"_s, full.value(u"isReadOnly"_s)}};
        if (full.contains(u"clientId"_s))
            basic.insert(u"clientId"_s, full.value(u"clientId"_s));
        for (const QString &field : BasicFields) {
            if (full.contains(field))
                basic.insert(field, full.value(field));
        }
        all.append(basic);
    }
    return Response::json(listPage(all, page, u"applications"_s, u"applications"_s));
}

Response ApplicationModule::save(Request &request, const std::optional<QJsonObject> &existing)
{
    QJsonObject object;
    if (auto error = m_crud.parseBody(request, &object))
        return *error;
    JsonFields f(object);
    const QString name = f.name(u"name"_s, false).trimmed();
    const QString ouId = f.string(u"ouId"_s).trimmed();
    const QString type = f.string(u"type"_s).trimmed();
    QJsonObject extra;
    for (const auto &[key, kind] : ExtraFields)
        f.copy(key, kind, &extra);
    if (!f.ok())
        return InvalidRequest.response(f.error());
    if (name.isEmpty())
        return InvalidName.response();
    if (ouId.isEmpty())
        return InvalidRequest.response(u"ouId: is required"_s);
    if (type.isEmpty())
        return TypeRequired.response();
    if (!Types.contains(type))
        return InvalidType.response();
    if (existing && existing->value(u"type"_s).toString() != type)
        return TypeImmutable.response();
    if (extra.contains(u"url"_s) && !OAuthProfile::isUri(extra.value(u"url"_s).toString()))
        return InvalidUrl.response();
    if (extra.contains(u"logoUrl"_s) && !OAuthProfile::isUri(extra.value(u"logoUrl"_s).toString()))
        return InvalidLogoUrl.response();
    OAuthProfile profile;
    if (auto error = OAuthProfile::parse(object, ProfileErrors, &profile))
        return *error;
    extra.insert(u"type"_s, type);

    const QSqlDatabase db = m_context.db->db();
    return WriteTransaction::run(*m_context.db, [&]() -> Response {
        const QString id = existing ? existing->value(u"id"_s).toString() : Ids::uuid7();
        if (!Ids::isUuid(ouId) || !Entities::ouExists(db, ouId))
            return InvalidRequest.response(u"ouId: organization unit not found"_s);
        if (m_crud.nameTaken(name, id))
            return NameConflict.response();
        QString secret;
        if (auto error = profile.storeFor(m_clients, db, id, u"app"_s, existing, ClientIdConflict,
                                          &extra, &secret)) {
            return *error;
        }
        m_crud.writeRow(id, !existing,
                        {{u"ou_id"_s, ouId},
                         {u"name"_s, name},
                         {u"client_id"_s, profile.clientIdColumn()},
                         {u"extra"_s, Sql::jsonText(extra)}});
        QJsonObject body = *load(id);
        profile.reveal(&body, secret);
        return m_crud.saved(body, id, !existing);
    });
}

bool ApplicationModule::bootstrap(QString *error)
{
    Q_UNUSED(error);
    return bootstrapConsole() && bootstrapAdminApp();
}

bool ApplicationModule::bootstrapConsole()
{
    const QSqlDatabase db = m_context.db->db();
    // {PUBLIC_URL}/console for the web console, and a loopback URI for the desktop console:
    // RFC 8252 §7.3 matching accepts it on any port (AuthorizationCodeFlow::redirectUriMatches).
    const QStringList redirects{QString(m_context.issuer + u"/console"_s),
                                bootstrap::ConsoleLoopbackRedirectUri};
    const auto existing = load(bootstrap::ConsoleAppId);
    if (existing) {
        // The sandbox may listen on another port than last time: keep {PUBLIC_URL}/console
        // registered (ThunderID derives it from the public URL); data directories created before
        // the desktop sign-in existed get the loopback URI too.
        OAuthProfile profile =
            OAuthProfile::fromStored(existing->value(u"inboundAuthConfig"_s).toArray());
        if (!profile.present)
            return true;
        QJsonArray uris = profile.config.value(u"redirectUris"_s).toArray();
        bool changed = false;
        for (const QString &redirect : redirects) {
            if (!uris.contains(redirect)) {
                uris.append(redirect);
                changed = true;
            }
        }
        if (!changed)
            return true;
        profile.config.insert(u"redirectUris"_s, uris);
        QJsonObject extra = *existing;
        for (const QString &k : {u"id"_s, u"ouId"_s, u"name"_s, u"clientId"_s, u"isReadOnly"_s})
            extra.remove(k);
        extra.insert(u"inboundAuthConfig"_s, profile.toJson());
        Sql::exec(db, u"UPDATE applications SET extra = ?, updated_at = ? WHERE id = ?"_s,
                  {Sql::jsonText(extra), Ids::now(), bootstrap::ConsoleAppId});
        return true;
    }
    OAuthProfile profile;
    profile.present = true;
    profile.clientId = bootstrap::ConsoleClientId;
    profile.config = QJsonObject{
        {u"redirectUris"_s, QJsonArray::fromStringList(redirects)},
        {u"grantTypes"_s, QJsonArray{u"authorization_code"_s, u"refresh_token"_s}},
        {u"responseTypes"_s, QJsonArray{u"code"_s}},
        {u"tokenEndpointAuthMethod"_s, u"none"_s},
        {u"publicClient"_s, true},
        {u"pkceRequired"_s, true},
        {u"token"_s,
         QJsonObject{{u"accessToken"_s,
                      QJsonObject{{u"userConfig"_s, QJsonObject{{u"validityPeriod"_s, 3600}}}}},
                     {u"idToken"_s, QJsonObject{{u"validityPeriod"_s, 3600}}}}},
    };
    const QJsonObject extra{{u"description"_s, u"ThunderID administration console"_s},
                            {u"type"_s, u"browser"_s},
                            {u"authFlowId"_s, u"01900000-0000-7000-8000-000000000068"_s},
                            {u"inboundAuthConfig"_s, profile.toJson()}};
    const QString now = Ids::now();
    Sql::exec(db,
              u"INSERT INTO applications(id, ou_id, name, client_id, extra, is_read_only, "
              "created_at, updated_at) VALUES(?, ?, 'Console', ?, ?, 0, ?, ?)"_s,
              {bootstrap::ConsoleAppId, bootstrap::DefaultOuId, bootstrap::ConsoleClientId,
               Sql::jsonText(extra), now, now});
    return true;
}

bool ApplicationModule::bootstrapAdminApp()
{
    const QSqlDatabase db = m_context.db->db();
    const QString clientId = m_context.config.adminClientId.isEmpty()
                                 ? bootstrap::DefaultAdminClientId
                                 : m_context.config.adminClientId;
    m_context.adminClientId = clientId;
    OAuthProfile profile;
    profile.present = true;
    profile.clientId = clientId;
    profile.config = QJsonObject{
        {u"redirectUris"_s, QJsonArray{}},
        {u"grantTypes"_s, QJsonArray{u"client_credentials"_s}},
        {u"responseTypes"_s, QJsonArray{}},
        {u"tokenEndpointAuthMethod"_s, u"client_secret_basic"_s},
        {u"publicClient"_s, false},
        {u"pkceRequired"_s, false},
    };
    const QJsonObject extra{
        {u"description"_s, u"Machine-to-machine administration client of the sandbox"_s},
        {u"type"_s, u"m2m"_s},
        {u"inboundAuthConfig"_s, profile.toJson()}};
    const QString now = Ids::now();
    if (!Entities::exists(db, u"app"_s, bootstrap::AdminAppId)) {
        Sql::exec(db,
                  u"INSERT INTO applications(id, ou_id, name, client_id, extra, is_read_only, "
                  "created_at, updated_at) VALUES(?, ?, 'Sandbox Admin', ?, ?, 0, ?, ?)"_s,
                  {bootstrap::AdminAppId, bootstrap::DefaultOuId, clientId, Sql::jsonText(extra),
                   now, now});
    } else if (!m_context.config.adminClientId.isEmpty() &&
               Sql::scalar(db, u"SELECT client_id FROM applications WHERE id = ?"_s,
                           {bootstrap::AdminAppId})
                       .toString() != clientId) {
        // --admin-client-id names the admin application's client id on every start.
        QJsonObject stored = *load(bootstrap::AdminAppId);
        OAuthProfile current =
            OAuthProfile::fromStored(stored.value(u"inboundAuthConfig"_s).toArray());
        current.present = true;
        current.clientId = clientId;
        for (const QString &k : {u"id"_s, u"ouId"_s, u"name"_s, u"clientId"_s, u"isReadOnly"_s})
            stored.remove(k);
        stored.insert(u"inboundAuthConfig"_s, current.toJson());
        Sql::exec(
            db, u"UPDATE applications SET client_id = ?, extra = ?, updated_at = ? WHERE id = ?"_s,
            {clientId, Sql::jsonText(stored), now, bootstrap::AdminAppId});
    }
    if (!m_context.config.adminClientSecret.isEmpty()) {
        // --admin-client-secret: the given secret is the admin secret from now on.
        if (!m_clients.verifySecret(bootstrap::AdminAppId, m_context.config.adminClientSecret))
            m_clients.replaceSecret(bootstrap::AdminAppId, u"app"_s,
                                    m_context.config.adminClientSecret);
    } else if (!m_clients.hasActiveSecret(bootstrap::AdminAppId)) {
        // First start without a given secret: generate one, print it once, keep only its hash.
        const QString secret = Ids::clientSecret();
        m_clients.replaceSecret(bootstrap::AdminAppId, u"app"_s, secret);
        m_context.generatedAdminClientSecret = secret;
    }
    return true;
}

} // namespace tid::sandbox
