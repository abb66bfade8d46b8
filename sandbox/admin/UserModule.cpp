#include "sandbox/admin/UserModule.h"

#include "sandbox/Bootstrap.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/admin/Entities.h"
#include "sandbox/http/JsonFields.h"
#include "sandbox/http/ServiceError.h"
#include "sandbox/http/WriteTransaction.h"
#include "sandbox/security/SecretHasher.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

namespace {

const ServiceErrors userError(u"userservice"_s);

const ServiceError InvalidRequest = userError.invalidRequest(u"USR-1001"_s);
const ServiceError NotFound =
    userError(404, u"USR-1003"_s, u"user_not_found"_s, u"User not found"_s,
              u"The user with the specified id does not exist"_s);
const ServiceError OuNotFound = userError.ouNotFound(u"USR-1005"_s);
const ServiceError LimitError =
    userError(400, u"USR-1011"_s, u"invalid_limit_parameter"_s, u"Invalid pagination parameter"_s,
              u"The limit parameter must be between 1 and 100"_s);
const ServiceError OffsetError =
    userError(400, u"USR-1012"_s, u"invalid_offset_parameter"_s, u"Invalid pagination parameter"_s,
              u"The offset parameter must be a non-negative integer"_s);
const ServiceError AttributeConflict =
    userError(409, u"USR-1014"_s, u"attribute_conflict"_s, u"Attribute conflict"_s,
              u"A user with the same unique attribute value already exists"_s);
const ServiceError InvalidFilter =
    userError(400, u"USR-1020"_s, u"invalid_filter_parameter"_s, u"Invalid filter parameter"_s,
              u"The filter format is invalid"_s);
const ServiceError InvalidOu =
    userError(400, u"USR-1022"_s, u"invalid_organization_unit"_s, u"Invalid organization unit"_s,
              u"Organization unit id must be specified as a valid UUID"_s);
const ServiceError Declarative =
    userError(400, u"USR-1025"_s, u"cannot_modify_declarative_resource"_s,
              u"Cannot modify declarative resource"_s,
              u"The user is declarative and cannot be modified or deleted"_s);

// Attributes the user type marks as credentials: hashed, never returned.
const QStringList CredentialAttributes = {u"password"_s};

QJsonObject userJson(const QSqlQuery &q, const QSqlDatabase &db, bool display)
{
    const QString id = q.value(0).toString();
    const QJsonObject attributes = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    QJsonObject u{{u"id"_s, id},
                  {u"ouId"_s, q.value(1).toString()},
                  {u"type"_s, q.value(2).toString()},
                  {u"attributes"_s, attributes},
                  {u"isReadOnly"_s, q.value(4).toInt() != 0}};
    if (display) {
        QString name = attributes.value(u"username"_s).toString();
        if (name.isEmpty())
            name = attributes.value(u"email"_s).toString();
        u.insert(u"display"_s, name.isEmpty() ? id : name);
        u.insert(u"ouHandle"_s, Entities::ouHandlePath(db, q.value(1).toString()));
    }
    return u;
}

const QString Select = u"SELECT id, ou_id, type, attributes, is_read_only FROM users"_s;

// The collection as EntityCrud serves it.
const EntityCrud::Spec Crud{u"users"_s,     u"users"_s, u"user"_s,   NotFound,     Declarative,
                            InvalidRequest, LimitError, OffsetError, InvalidFilter};

} // namespace

UserModule::UserModule(SandboxContext &context)
    : m_context(context)
    , m_crud(*context.db, Crud,
             [this](const QString &id, bool display) { return load(id, display); })
{}

void UserModule::registerRoutes(Router &router)
{
    m_crud.registerRoutes(
        router, [this](Request &r) { return list(r); }, [this](Request &r) { return create(r); },
        [this](Request &r) { return update(r); });
    m_crud.registerSubList(router, u"groups"_s, [this](const QString &id, bool) {
        return Entities::directGroups(m_context.db->db(), id, u"user"_s);
    });
}

bool UserModule::bootstrap(QString *error)
{
    Q_UNUSED(error);
    const QSqlDatabase db = m_context.db->db();
    if (Entities::exists(db, u"user"_s, bootstrap::AdminUserId))
        return true;
    // ThunderID's setup generates a 12-character password and prints it once.
    const QString password = Ids::password(12);
    const QJsonObject attributes{{u"username"_s, u"admin"_s},
                                 {u"email"_s, u"admin@thunderid.local"_s},
                                 {u"given_name"_s, u"Administrator"_s}};
    Sql::exec(db,
              u"INSERT INTO users(id, ou_id, type, username, attributes, password_hash, "
              "is_read_only, created_at) VALUES(?, ?, 'Person', 'admin', ?, ?, 0, ?)"_s,
              {bootstrap::AdminUserId, bootstrap::DefaultOuId, Sql::jsonText(attributes),
               SecretHasher::hash(password, SecretHasher::PasswordIterations), Ids::now()});
    m_context.generatedAdminPassword = password;
    return true;
}

std::optional<QJsonObject> UserModule::load(const QString &id, bool display) const
{
    const QSqlDatabase db = m_context.db->db();
    QSqlQuery q = Sql::exec(db, QString(Select + u" WHERE id = ?"_s), {id});
    if (!q.next())
        return std::nullopt;
    return userJson(q, db, display);
}

Response UserModule::list(Request &request)
{
    EntityCrud::ListQuery query;
    if (auto error = m_crud.parseList(request, &query))
        return *error;
    const QSqlDatabase db = m_context.db->db();
    QSqlQuery q = Sql::exec(db, QString(Select + u" ORDER BY created_at, id"_s));
    QJsonArray all;
    while (q.next()) {
        const QJsonObject user = userJson(q, db, query.display);
        if (query.accepts(user.value(u"attributes"_s).toObject()))
            all.append(user);
    }
    return m_crud.listPage(all, query);
}

namespace {

struct UserInput
{
    QString ouId;
    QString type;
    bool hasAttributes = false;
    QJsonObject attributes; // without credentials
    std::optional<QString> password;
};

std::optional<Response> parseUser(const QByteArray &body, bool create, UserInput *in)
{
    QString parseError;
    const auto object = JsonFields::parseObject(body, &parseError);
    if (!object)
        return InvalidRequest.response(parseError);
    JsonFields f(*object);
    in->ouId = f.string(u"ouId"_s, create).trimmed();
    in->type = f.string(u"type"_s, create).trimmed();
    in->hasAttributes = f.has(u"attributes"_s) && !f.isNull(u"attributes"_s);
    in->attributes = f.object(u"attributes"_s);
    if (!f.ok())
        return InvalidRequest.response(f.error());
    for (const QString &credential : CredentialAttributes) {
        const QJsonValue v = in->attributes.take(credential);
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isString() || v.toString().isEmpty())
            return InvalidRequest.response(
                u"attributes.%1: must be a non-empty string"_s.arg(credential));
        in->password = v.toString();
    }
    const QJsonValue username = in->attributes.value(u"username"_s);
    if (!username.isUndefined() &&
        (!username.isString() || username.toString().trimmed().isEmpty()))
        return InvalidRequest.response(u"attributes.username: must be a non-empty string"_s);
    if (username.isString()) {
        if (const QString problem = JsonFields::nameProblem(username.toString());
            !problem.isEmpty())
            return InvalidRequest.response(u"attributes.username: "_s + problem);
    }
    if (!in->ouId.isEmpty() && !Ids::isUuid(in->ouId))
        return InvalidOu.response();
    return std::nullopt;
}

} // namespace

Response UserModule::create(Request &request)
{
    UserInput in;
    if (auto error = parseUser(request.body, true, &in))
        return *error;
    const QSqlDatabase db = m_context.db->db();
    return WriteTransaction::run(*m_context.db, [&]() -> Response {
        if (!Entities::ouExists(db, in.ouId))
            return OuNotFound.response();
        const QString id = Ids::uuid7();
        QString username = in.attributes.value(u"username"_s).toString();
        if (username.isEmpty())
            username = id; // the column is unique; a user type without username keys by id
        if (Sql::exists(db, u"SELECT 1 FROM users WHERE username = ?"_s, {username}))
            return AttributeConflict.response(u"username \"%1\" is already in use"_s.arg(username));
        Sql::exec(db,
                  u"INSERT INTO users(id, ou_id, type, username, attributes, password_hash, "
                  "is_read_only, created_at) VALUES(?, ?, ?, ?, ?, ?, 0, ?)"_s,
                  {id, in.ouId, in.type, username, Sql::jsonText(in.attributes),
                   in.password ? QVariant(SecretHasher::hash(*in.password,
                                                             SecretHasher::PasswordIterations))
                               : QVariant(QMetaType::fromType<QString>()),
                   Ids::now()});
        return m_crud.saved(*load(id), id, true);
    });
}

Response UserModule::update(Request &request)
{
    const QString id = request.param(u"id"_s);
    const auto existing = load(id);
    UserInput in;
    if (auto error = parseUser(request.body, false, &in))
        return *error;
    const QSqlDatabase db = m_context.db->db();
    return WriteTransaction::run(*m_context.db, [&]() -> Response {
        const QString ouId = in.ouId.isEmpty() ? existing->value(u"ouId"_s).toString() : in.ouId;
        if (!Entities::ouExists(db, ouId))
            return OuNotFound.response();
        const QString type = in.type.isEmpty() ? existing->value(u"type"_s).toString() : in.type;
        const QJsonObject attributes =
            in.hasAttributes ? in.attributes : existing->value(u"attributes"_s).toObject();
        QString username = attributes.value(u"username"_s).toString();
        if (username.isEmpty())
            username = id;
        if (Sql::exists(db, u"SELECT 1 FROM users WHERE username = ? AND id <> ?"_s,
                        {username, id})) {
            return AttributeConflict.response(u"username \"%1\" is already in use"_s.arg(username));
        }
        Sql::exec(db,
                  u"UPDATE users SET ou_id = ?, type = ?, username = ?, attributes = ? "
                  "WHERE id = ?"_s,
                  {ouId, type, username, Sql::jsonText(attributes), id});
        if (in.password) {
            Sql::exec(db, u"UPDATE users SET password_hash = ? WHERE id = ?"_s,
                      {SecretHasher::hash(*in.password, SecretHasher::PasswordIterations), id});
        }
        return Response::json(*load(id));
    });
}

} // namespace tid::sandbox
