#pragma once

#include "sandbox/http/ListFilter.h"
#include "sandbox/http/Paging.h"
#include "sandbox/http/Router.h"
#include "sandbox/http/ServiceError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace tid::sandbox {

class Database;

// The one way the admin modules handle a collection of entities (/users, /groups, /applications,
// /agents, /organization-units): ThunderID's list query (limit/offset, an optional filter,
// include=display) and its envelope, get, the guard before a write (404, then the read-only
// error), delete with its cascade, 201 with Location, and the sub-lists of one entity. A module
// keeps what is its own (the row's JSON, the body's rules, the SQL of a write) and gives this its
// table, its errors and its loader.
class EntityCrud final
{
public:
    struct Spec
    {
        QString collection; // the path segment and the list's items key, e.g. "agents"
        QString table;      // e.g. "agents"; has the columns id and is_read_only
        QString type;       // the member/assignee type (Entities), empty for none: "agent"
        ServiceError notFound;
        ServiceError declarative;
        ServiceError invalidRequest;
        ServiceError limitError;
        ServiceError offsetError;
        ServiceError invalidFilter;
        QString itemsKey = {}; // the list's items key when it is not the collection's name
    };
    // (id, display) -> the entity's JSON, nullopt when there is no such entity.
    using Loader = std::function<std::optional<QJsonObject>(const QString &id, bool display)>;
    // (id, display) -> every item of a sub-list of the entity.
    using SubItems = std::function<QJsonArray(const QString &id, bool display)>;

    struct ListQuery
    {
        Page page;
        std::optional<ListFilter> filter;
        QString filterText; // as given, for the links
        bool display = false;

        // The rest of the links' query: filter=… and include=display, as given.
        QString extraQuery() const;
        bool accepts(const QJsonObject &object) const
        {
            return !filter || filter->matchesObject(object);
        }
    };
    // Which filters a list reads, given the parsed one; empty: any.
    using FilterRule = std::function<bool(const ListFilter &filter)>;

    // The delete's own part, run after the guard and the cascade, before the row goes; it may
    // refuse (e.g. an organization unit that still holds something).
    using Cleanup = std::function<std::optional<Response>(const QString &id)>;

    EntityCrud(Database &db, Spec spec, Loader load);

    // The five routes of the collection: GET and POST /<collection>, GET, PUT and DELETE
    // /<collection>/{id}. Get and delete are served here; list, create and update are the
    // module's, and update runs only after the write guard (checkWritable) let it.
    void registerRoutes(Router &router, Handler list, Handler create, Handler update,
                        Cleanup cleanup = {}) const;
    // The same for a module whose create and update are one save: `save` gets the stored
    // entity on an update, nullopt on a create.
    using Save = std::function<Response(Request &, const std::optional<QJsonObject> &existing)>;
    void registerRoutes(Router &router, Handler list, Save save, Cleanup cleanup = {}) const;
    // GET /<collection>/{id}/<sub>, the items under key <sub> (see subList).
    void registerSubList(Router &router, const QString &sub, SubItems items,
                         bool withDisplay = false) const;

    const Spec &spec() const { return m_spec; }

    // limit/offset, include=display and, when given, `filter` (with `operators`); a filter that
    // does not parse or that `rule` refuses is spec.invalidFilter.
    std::optional<Response> parseList(const Request &request, ListQuery *query,
                                      const FilterRule &rule = {},
                                      const QStringList &operators = {QStringLiteral("eq")}) const;
    // Slices `all` by the page into the list envelope of `basePath` (default: the collection).
    Response listPage(const QJsonArray &all, const ListQuery &query,
                      const QString &basePath = {}) const;

    // GET /<collection>/{id} (include=display is passed to the loader).
    Response get(const Request &request) const;
    // Before an update or delete: spec.notFound for no such row, spec.declarative for a
    // read-only one, else nullopt.
    std::optional<Response> checkWritable(const QString &id) const;
    // DELETE /<collection>/{id} in one transaction: the write guard, the entity's group
    // memberships and role assignments (when it has a type), `cleanup` (which may refuse), then
    // the row.
    Response
    remove(const Request &request,
           const std::function<std::optional<Response>(const QString &id)> &cleanup = {}) const;
    // True when another row of the table (not `exceptId`) has the name.
    bool nameTaken(const QString &name, const QString &exceptId) const;
    // Writes the row of a create (INSERT with is_read_only 0, created_at and updated_at now) or
    // of an update (UPDATE of the columns and updated_at), for tables with both timestamps.
    void writeRow(const QString &id, bool create,
                  const QList<QPair<QString, QVariant>> &columns) const;
    // The answer of a create (201 with Location /<collection>/<id>) or of an update (200).
    Response saved(const QJsonObject &body, const QString &id, bool created) const;
    // GET /<collection>/{id}/<sub>: the page is read, the entity must exist, `items` gives every
    // item (for display when asked); the links carry include=display when `withDisplay`.
    Response subList(const Request &request, const QString &sub, const SubItems &items,
                     bool withDisplay = false) const;
    // The request body as a JSON object; else spec.invalidRequest with the parser's words.
    std::optional<Response> parseBody(const Request &request, QJsonObject *out) const;

private:
    bool exists(const QString &id) const;

    Database &m_db;
    Spec m_spec;
    Loader m_load;
};

} // namespace tid::sandbox
