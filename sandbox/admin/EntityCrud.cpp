#include "sandbox/admin/EntityCrud.h"

#include "sandbox/admin/Entities.h"
#include "sandbox/http/JsonFields.h"
#include "sandbox/http/WriteTransaction.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

QString EntityCrud::ListQuery::extraQuery() const
{
    QStringList extra;
    if (filter)
        extra.append(
            QString(u"filter="_s + QString::fromLatin1(QUrl::toPercentEncoding(filterText))));
    if (display)
        extra.append(u"include=display"_s);
    return extra.join(u'&');
}

EntityCrud::EntityCrud(Database &db, Spec spec, Loader load)
    : m_db(db)
    , m_spec(std::move(spec))
    , m_load(std::move(load))
{
    if (m_spec.itemsKey.isEmpty())
        m_spec.itemsKey = m_spec.collection;
}

void EntityCrud::registerRoutes(Router &router, Handler list, Handler create, Handler update,
                                Cleanup cleanup) const
{
    const QString all = u'/' + m_spec.collection;
    const QString one = QString(all + u"/{id}"_s);
    router.add(u"GET"_s, all, std::move(list));
    router.add(u"POST"_s, all, std::move(create));
    router.add(u"GET"_s, one, [this](Request &r) { return get(r); });
    router.add(u"PUT"_s, one, [this, update = std::move(update)](Request &r) {
        if (auto refused = checkWritable(r.param(u"id"_s)))
            return *refused;
        return update(r);
    });
    router.add(u"DELETE"_s, one,
               [this, cleanup = std::move(cleanup)](Request &r) { return remove(r, cleanup); });
}

void EntityCrud::registerRoutes(Router &router, Handler list, Save save, Cleanup cleanup) const
{
    registerRoutes(
        router, std::move(list), [save](Request &r) { return save(r, std::nullopt); },
        [this, save](Request &r) { return save(r, m_load(r.param(u"id"_s), false)); },
        std::move(cleanup));
}

std::optional<Response> EntityCrud::parseList(const Request &request, ListQuery *query,
                                              const FilterRule &rule,
                                              const QStringList &operators) const
{
    if (auto error = parsePage(request, m_spec.limitError, m_spec.offsetError, &query->page))
        return error;
    query->display = request.queryValue(u"include"_s) == u"display"_s;
    if (request.hasQuery(u"filter"_s)) {
        query->filterText = request.queryValue(u"filter"_s);
        query->filter = ListFilter::parse(query->filterText, operators);
        if (!query->filter || (rule && !rule(*query->filter)))
            return m_spec.invalidFilter.response();
    }
    return std::nullopt;
}

Response EntityCrud::listPage(const QJsonArray &all, const ListQuery &query,
                              const QString &basePath) const
{
    return Response::json(sandbox::listPage(all, query.page, m_spec.itemsKey,
                                            basePath.isEmpty() ? m_spec.collection : basePath,
                                            query.extraQuery()));
}

Response EntityCrud::get(const Request &request) const
{
    const auto entity =
        m_load(request.param(u"id"_s), request.queryValue(u"include"_s) == u"display"_s);
    if (!entity)
        return m_spec.notFound.response();
    return Response::json(*entity);
}

std::optional<Response> EntityCrud::checkWritable(const QString &id) const
{
    const QVariant readOnly = Sql::scalar(
        m_db.db(), u"SELECT is_read_only FROM %1 WHERE id = ?"_s.arg(m_spec.table), {id});
    if (!readOnly.isValid())
        return m_spec.notFound.response();
    if (readOnly.toInt() != 0)
        return m_spec.declarative.response();
    return std::nullopt;
}

Response EntityCrud::remove(const Request &request, const Cleanup &cleanup) const
{
    const QString id = request.param(u"id"_s);
    return WriteTransaction::run(m_db, [&]() -> Response {
        if (auto refused = checkWritable(id))
            return *refused;
        const QSqlDatabase db = m_db.db();
        if (!m_spec.type.isEmpty())
            Entities::removeReferences(db, id, m_spec.type);
        if (cleanup) {
            if (auto refused = cleanup(id))
                return *refused;
        }
        Sql::exec(db, u"DELETE FROM %1 WHERE id = ?"_s.arg(m_spec.table), {id});
        return Response::noContent();
    });
}

bool EntityCrud::nameTaken(const QString &name, const QString &exceptId) const
{
    return Sql::exists(m_db.db(),
                       u"SELECT 1 FROM %1 WHERE name = ? AND id <> ?"_s.arg(m_spec.table),
                       {name, exceptId});
}

void EntityCrud::writeRow(const QString &id, bool create,
                          const QList<QPair<QString, QVariant>> &columns) const
{
    const QString now = Ids::now();
    QStringList names;
    QVariantList values;
    for (const auto &[name, value] : columns) {
        names.append(name);
        values.append(value);
    }
    if (create) {
        Sql::exec(m_db.db(),
                  u"INSERT INTO %1(id, %2, is_read_only, created_at, updated_at) "
                  "VALUES(?, %3, 0, ?, ?)"_s.arg(m_spec.table, names.join(u", "_s),
                                                 QStringList(names.size(), u"?"_s).join(u", "_s)),
                  QVariantList{id} + values + QVariantList{now, now});
    } else {
        Sql::exec(m_db.db(),
                  u"UPDATE %1 SET %2 = ?, updated_at = ? WHERE id = ?"_s.arg(
                      m_spec.table, names.join(u" = ?, "_s)),
                  values + QVariantList{now, id});
    }
}

Response EntityCrud::saved(const QJsonObject &body, const QString &id, bool created) const
{
    Response r = Response::json(body, created ? 201 : 200);
    if (created)
        r.withHeader("Location", QString(u'/' + m_spec.collection + u'/' + id).toUtf8());
    return r;
}

void EntityCrud::registerSubList(Router &router, const QString &sub, SubItems items,
                                 bool withDisplay) const
{
    router.add(u"GET"_s, u"/%1/{id}/%2"_s.arg(m_spec.collection, sub),
               [this, sub, items = std::move(items), withDisplay](Request &r) {
                   return subList(r, sub, items, withDisplay);
               });
}

Response EntityCrud::subList(const Request &request, const QString &sub, const SubItems &items,
                             bool withDisplay) const
{
    const QString id = request.param(u"id"_s);
    Page page;
    if (auto error = parsePage(request, m_spec.limitError, m_spec.offsetError, &page))
        return *error;
    if (!exists(id))
        return m_spec.notFound.response();
    const bool display = withDisplay && request.queryValue(u"include"_s) == u"display"_s;
    return Response::json(sandbox::listPage(items(id, display), page, sub,
                                            u"%1/%2/%3"_s.arg(m_spec.collection, id, sub),
                                            display ? u"include=display"_s : QString()));
}

std::optional<Response> EntityCrud::parseBody(const Request &request, QJsonObject *out) const
{
    QString parseError;
    const auto object = JsonFields::parseObject(request.body, &parseError);
    if (!object)
        return m_spec.invalidRequest.response(parseError);
    *out = *object;
    return std::nullopt;
}

bool EntityCrud::exists(const QString &id) const
{
    return Sql::exists(m_db.db(), u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(m_spec.table), {id});
}

} // namespace tid::sandbox
