#include "sandbox/seed/DemoSeed.h"

#include "sandbox/Bootstrap.h"
#include "sandbox/security/SecretHasher.h"
#include "sandbox/store/Database.h"
#include "sandbox/store/Ids.h"
#include "sandbox/store/Sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <iterator>
#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace tid::sandbox {

namespace {

// Deterministic ids for demo rows, so docs and tests can name them: version 7, variant 8.
QString seedId(int kind, int n)
{
    return u"01966000-0000-7000-8000-%1"_s.arg(qulonglong(kind) * 0x100000 + qulonglong(n), 12, 16,
                                               QLatin1Char('0'));
}
enum Kind
{
    KServer = 1,
    KResource,
    KAction,
    KRole,
    KUser,
    KGroup,
    KAgent,
    KSecret
};

class Writer
{
public:
    explicit Writer(Database &db)
        : m_db(db)
        , m_base(QDateTime::currentDateTimeUtc().addDays(-30))
    {}

    // Creation times spread over the last month, in insertion order, so lists read naturally.
    QString stamp()
    {
        return m_base.addSecs(qint64(m_sequence++) * 600).toString(Qt::ISODateWithMs);
    }

    void run(const QString &sql, const QVariantList &binds) { Sql::exec(m_db.db(), sql, binds); }

    struct Node
    {
        QString id;
        QString permission;
    };
    struct Server
    {
        QString id;
        QString delimiter;
    };

    Server server(const QString &name, const QString &description, const QString &identifier,
                  const QString &type, const QString &delimiter)
    {
        const QString id = seedId(KServer, ++m_servers);
        run(u"INSERT INTO resource_servers(id, ou_id, name, description, identifier, type, "
            "delimiter, is_read_only, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, 0, ?)"_s,
            {id, bootstrap::DefaultOuId, name, description, identifier, type, delimiter, stamp()});
        return {id, delimiter};
    }

    Node resource(const Server &s, const Node *parent, const QString &handle, const QString &name,
                  const QString &description)
    {
        const QString id = seedId(KResource, ++m_resources);
        const QString permission =
            parent ? QString(parent->permission + s.delimiter + handle) : handle;
        run(u"INSERT INTO resources(id, resource_server_id, parent_id, name, handle, description, "
            "permission, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {id, s.id, parent ? QVariant(parent->id) : QVariant(), name, handle, description,
             permission, stamp()});
        return {id, permission};
    }

    QString action(const Server &s, const Node *resource, const QString &handle,
                   const QString &name, const QString &description, const QString &kind = {})
    {
        const QString id = seedId(KAction, ++m_actions);
        const QString permission =
            resource ? QString(resource->permission + s.delimiter + handle) : handle;
        QJsonObject extra;
        if (!kind.isEmpty())
            extra.insert(u"kind"_s, kind);
        run(u"INSERT INTO actions(id, resource_server_id, resource_id, name, handle, description, "
            "permission, extra, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {id, s.id, resource ? QVariant(resource->id) : QVariant(), name, handle, description,
             permission, Sql::jsonText(extra), stamp()});
        return permission;
    }

    QString role(const QString &name, const QString &description, const Server &s,
                 const QStringList &permissions)
    {
        const QString id = seedId(KRole, ++m_roles);
        run(u"INSERT INTO roles(id, ou_id, name, description, is_read_only, created_at) "
            "VALUES(?, ?, ?, ?, 0, ?)"_s,
            {id, bootstrap::DefaultOuId, name, description, stamp()});
        for (const QString &p : permissions) {
            run(u"INSERT INTO role_permissions(role_id, resource_server_id, permission) "
                "VALUES(?, ?, ?)"_s,
                {id, s.id, p});
        }
        return id;
    }

    void assign(const QString &roleId, const QString &assigneeId, const QString &type)
    {
        run(u"INSERT OR IGNORE INTO role_assignments(role_id, assignee_id, assignee_type) "
            "VALUES(?, ?, ?)"_s,
            {roleId, assigneeId, type});
    }

    void member(const QString &groupId, const QString &memberId, const QString &type)
    {
        run(u"INSERT OR IGNORE INTO group_members(group_id, member_id, member_type) "
            "VALUES(?, ?, ?)"_s,
            {groupId, memberId, type});
    }

private:
    Database &m_db;
    QDateTime m_base;
    int m_sequence = 0;
    int m_servers = 0, m_resources = 0, m_actions = 0, m_roles = 0;
};

enum Category
{
    Autonomous,
    Interactive,
    Hybrid
};
enum Domain
{
    Analytics,
    Billing,
    Crm,
    Support
};

struct AgentSpec
{
    const char16_t *name;
    const char16_t *clientId;
    Domain domain;
    Category category;
    const char16_t *provider; // agent type schema enum: openai, anthropic, gemini, mistral, custom
    const char16_t *model;
    const char16_t *function; // task-automation, rag-retrieval, code-gen, data-analysis, ...
    const char16_t *description;
};

// 40 agents: 17 autonomous, 13 interactive, 10 hybrid, ten per business domain.
const AgentSpec AgentSpecs[] = {
    {u"Nightly KPI Builder", u"nightly-kpi-builder", Analytics, Autonomous, u"openai", u"gpt-4o",
     u"task-automation", u"Rebuilds the KPI dashboards from the warehouse every night"},
    {u"Dataset Quality Sentinel", u"dataset-quality-sentinel", Analytics, Autonomous, u"anthropic",
     u"claude-3-5-sonnet", u"data-analysis",
     u"Checks freshness and null rates of the shared datasets"},
    {u"Report Scheduler", u"report-scheduler", Analytics, Autonomous, u"mistral", u"mistral-large",
     u"task-automation", u"Runs and delivers scheduled reports"},
    {u"Churn Forecaster", u"churn-forecaster", Analytics, Autonomous, u"gemini", u"gemini-1.5-pro",
     u"data-analysis", u"Forecasts churn from usage datasets"},
    {u"Ad-hoc Query Assistant", u"adhoc-query-assistant", Analytics, Interactive, u"openai",
     u"gpt-4o", u"assistant", u"Answers analysts' questions on behalf of the signed-in user"},
    {u"Dashboard Copilot", u"dashboard-copilot", Analytics, Interactive, u"anthropic",
     u"claude-3-5-sonnet", u"assistant", u"Builds and shares dashboards for its user"},
    {u"Insight Explainer", u"insight-explainer", Analytics, Interactive, u"gemini",
     u"gemini-1.5-flash", u"rag-retrieval", u"Explains report movements from the metric catalogue"},
    {u"Analytics Orchestrator", u"analytics-orchestrator", Analytics, Hybrid, u"anthropic",
     u"claude-3-opus", u"orchestrator", u"Plans analysis jobs and delegates to worker agents"},
    {u"Metric Definition Agent", u"metric-definition-agent", Analytics, Hybrid, u"openai",
     u"gpt-4o-mini", u"code-gen", u"Drafts metric definitions for review"},
    {u"Warehouse SQL Generator", u"warehouse-sql-generator", Analytics, Autonomous, u"custom",
     u"sqlcoder-15b", u"code-gen", u"Generates warehouse SQL for scheduled extracts"},

    {u"Invoice Generator", u"invoice-generator", Billing, Autonomous, u"openai", u"gpt-4o",
     u"task-automation", u"Issues invoices at the end of each billing cycle"},
    {u"Dunning Agent", u"dunning-agent", Billing, Autonomous, u"anthropic", u"claude-3-haiku",
     u"task-automation", u"Follows up on overdue invoices"},
    {u"Payment Reconciler", u"payment-reconciler", Billing, Autonomous, u"mistral",
     u"mistral-large", u"data-analysis", u"Matches bank payments to invoices"},
    {u"Refund Reviewer", u"refund-reviewer", Billing, Interactive, u"anthropic",
     u"claude-3-5-sonnet", u"assistant", u"Prepares refund decisions for a finance approver"},
    {u"Subscription Advisor", u"subscription-advisor", Billing, Interactive, u"openai", u"gpt-4o",
     u"assistant", u"Suggests plan changes to account owners"},
    {u"Billing Support Copilot", u"billing-support-copilot", Billing, Interactive, u"gemini",
     u"gemini-1.5-pro", u"rag-retrieval", u"Answers billing questions for support staff"},
    {u"Revenue Close Orchestrator", u"revenue-close-orchestrator", Billing, Hybrid, u"anthropic",
     u"claude-3-opus", u"orchestrator", u"Coordinates the month-end revenue close"},
    {u"Tax Line Calculator", u"tax-line-calculator", Billing, Autonomous, u"custom",
     u"tax-engine-2", u"sub-agent", u"Computes tax lines for invoice drafts"},
    {u"Approval Concierge", u"approval-concierge", Billing, Hybrid, u"openai", u"gpt-4o",
     u"assistant", u"Collects CIBA approvals for large invoices"},
    {u"Usage Metering Agent", u"usage-metering-agent", Billing, Autonomous, u"gemini",
     u"gemini-1.5-flash", u"task-automation", u"Aggregates metered usage into invoice lines"},

    {u"Lead Enricher", u"lead-enricher", Crm, Autonomous, u"openai", u"gpt-4o-mini",
     u"data-analysis", u"Enriches new leads with firmographic data"},
    {u"Contact Deduplicator", u"contact-deduplicator", Crm, Autonomous, u"anthropic",
     u"claude-3-haiku", u"task-automation", u"Merges duplicate contacts"},
    {u"Opportunity Scorer", u"opportunity-scorer", Crm, Autonomous, u"mistral", u"mistral-medium",
     u"data-analysis", u"Scores open opportunities daily"},
    {u"Sales Email Drafter", u"sales-email-drafter", Crm, Interactive, u"openai", u"gpt-4o",
     u"assistant", u"Drafts follow-up emails for the signed-in seller"},
    {u"Account Briefing Agent", u"account-briefing-agent", Crm, Interactive, u"anthropic",
     u"claude-3-5-sonnet", u"rag-retrieval", u"Prepares account briefings before meetings"},
    {u"Meeting Notes Taker", u"meeting-notes-taker", Crm, Interactive, u"gemini", u"gemini-1.5-pro",
     u"assistant", u"Writes meeting notes to the account"},
    {u"Pipeline Orchestrator", u"pipeline-orchestrator", Crm, Hybrid, u"anthropic",
     u"claude-3-opus", u"orchestrator", u"Runs pipeline reviews with worker agents"},
    {u"Renewal Negotiator", u"renewal-negotiator", Crm, Hybrid, u"openai", u"gpt-4o", u"assistant",
     u"Proposes renewal terms, asking the account owner to approve"},
    {u"CRM Hygiene Bot", u"crm-hygiene-bot", Crm, Autonomous, u"custom", u"llama-3-70b",
     u"task-automation", u"Fixes stale fields and orphaned notes"},
    {u"Territory Planner", u"territory-planner", Crm, Interactive, u"mistral", u"mistral-large",
     u"data-analysis", u"Plans territories with sales managers"},

    {u"Ticket Triage Agent", u"ticket-triage-agent", Support, Autonomous, u"openai", u"gpt-4o-mini",
     u"task-automation", u"Labels and routes incoming tickets"},
    {u"Knowledge Base Curator", u"knowledge-base-curator", Support, Autonomous, u"anthropic",
     u"claude-3-5-sonnet", u"rag-retrieval", u"Keeps knowledge articles current"},
    {u"SLA Watchdog", u"sla-watchdog", Support, Autonomous, u"gemini", u"gemini-1.5-flash",
     u"task-automation", u"Escalates tickets close to their SLA"},
    {u"Support Chat Assistant", u"support-chat-assistant", Support, Interactive, u"openai",
     u"gpt-4o", u"assistant", u"Helps agents answer customers in chat"},
    {u"Escalation Copilot", u"escalation-copilot", Support, Interactive, u"anthropic",
     u"claude-3-5-sonnet", u"assistant", u"Summarises escalations for team leads"},
    {u"Order Lookup Agent", u"order-lookup-agent", Support, Interactive, u"mistral",
     u"mistral-small", u"sub-agent", u"Looks up orders for the support assistant"},
    {u"Support Orchestrator", u"support-orchestrator", Support, Hybrid, u"anthropic",
     u"claude-3-opus", u"orchestrator", u"Delegates ticket work to specialised agents"},
    {u"Refund Desk Agent", u"refund-desk-agent", Support, Hybrid, u"openai", u"gpt-4o",
     u"assistant", u"Handles refund requests with customer approval"},
    {u"Sentiment Analyst", u"sentiment-analyst", Support, Hybrid, u"gemini", u"gemini-1.5-pro",
     u"data-analysis", u"Tracks customer sentiment across tickets"},
    {u"Translation Sub-agent", u"translation-sub-agent", Support, Hybrid, u"custom", u"nllb-200",
     u"sub-agent", u"Translates tickets for other agents (token exchange)"},
};
static_assert(std::size(AgentSpecs) == DemoSeed::Agents);

struct UserSpec
{
    const char16_t *given;
    const char16_t *family;
    const char16_t *username;
};
// Users 0-5 data, 6-11 finance, 12-18 sales, 19-24 support.
const UserSpec UserSpecs[] = {
    {u"Amara", u"Okafor", u"amara.okafor"},       {u"Lukas", u"Becker", u"lukas.becker"},
    {u"Priya", u"Raman", u"priya.raman"},         {u"Tomás", u"Silva", u"tomas.silva"},
    {u"Hannah", u"Kim", u"hannah.kim"},           {u"Mateo", u"Rossi", u"mateo.rossi"},
    {u"Sofia", u"Lindqvist", u"sofia.lindqvist"}, {u"Daniel", u"Mensah", u"daniel.mensah"},
    {u"Yuki", u"Tanaka", u"yuki.tanaka"},         {u"Olivia", u"Brooks", u"olivia.brooks"},
    {u"Rahul", u"Mehta", u"rahul.mehta"},         {u"Chloé", u"Martin", u"chloe.martin"},
    {u"Ethan", u"Walker", u"ethan.walker"},       {u"Isabela", u"Costa", u"isabela.costa"},
    {u"Noah", u"Fischer", u"noah.fischer"},       {u"Aisha", u"Bello", u"aisha.bello"},
    {u"Liam", u"O'Connor", u"liam.oconnor"},      {u"Mei", u"Chen", u"mei.chen"},
    {u"Jonas", u"Berg", u"jonas.berg"},           {u"Fatima", u"Zahra", u"fatima.zahra"},
    {u"Oscar", u"Nilsson", u"oscar.nilsson"},     {u"Grace", u"Adeyemi", u"grace.adeyemi"},
    {u"Léo", u"Dubois", u"leo.dubois"},           {u"Nina", u"Petrova", u"nina.petrova"},
    {u"Samuel", u"Osei", u"samuel.osei"},
};
static_assert(std::size(UserSpecs) == DemoSeed::Users);

// First user of each domain's team; agents are owned by the team, round robin.
constexpr int TeamStart[] = {0, 6, 12, 19};
constexpr int TeamSize[] = {6, 6, 7, 6};

const QStringList Grants[] = {
    {u"client_credentials"_s},
    {u"authorization_code"_s, u"refresh_token"_s},
    {u"authorization_code"_s, u"refresh_token"_s, u"client_credentials"_s,
     u"urn:openid:params:grant-type:ciba"_s, u"urn:ietf:params:oauth:grant-type:token-exchange"_s},
};

// inboundAuthConfig as the agents module stores it (its normalised OAuth profile, no secret).
QJsonArray oauthProfile(const QString &clientId, Category category, const QString &audience)
{
    QJsonObject config{
        {u"clientId"_s, clientId},
        {u"grantTypes"_s, QJsonArray::fromStringList(Grants[category])},
        {u"responseTypes"_s, QJsonArray{u"code"_s}},
        {u"tokenEndpointAuthMethod"_s, u"client_secret_basic"_s},
        {u"publicClient"_s, false},
        {u"pkceRequired"_s, category != Autonomous},
        {u"redirectUris"_s,
         category == Autonomous
             ? QJsonArray{}
             : QJsonArray{QString(u"https://agents.example.com/"_s + clientId + u"/callback"_s)}}};
    QJsonObject accessToken{{u"validityPeriod"_s, 3600}};
    if (!audience.isEmpty())
        accessToken.insert(u"defaultAudience"_s, audience);
    config.insert(u"token"_s, QJsonObject{{u"accessToken"_s, accessToken}});
    return QJsonArray{QJsonObject{{u"type"_s, u"oauth2"_s}, {u"config"_s, config}}};
}

// -1 when the statement fails (the caller says what it could not do).
int scalar(Database &db, const QString &sql)
{
    try {
        return Sql::scalar(db.db(), sql).toInt();
    } catch (const SqlError &) {
        return -1;
    }
}

} // namespace

bool DemoSeed::isEmptyStore(Database &db)
{
    using namespace bootstrap;
    const QString sql =
        u"SELECT (SELECT COUNT(*) FROM agents) + "
        "(SELECT COUNT(*) FROM users WHERE id <> '%1') + "
        "(SELECT COUNT(*) FROM groups WHERE id <> '%2') + "
        "(SELECT COUNT(*) FROM roles WHERE id <> '%3') + "
        "(SELECT COUNT(*) FROM resource_servers WHERE id <> '%4')"_s.arg(
            AdminUserId, AdministratorsGroupId, AdministratorRoleId, SystemResourceServerId);
    return scalar(db, sql) == 0;
}

bool DemoSeed::seedDemo(Database &db, bool *seeded, QString *error)
{
    *seeded = false;
    if (!isEmptyStore(db))
        return true;
    // One hash per shared secret: PBKDF2 is deliberately slow, and the value is the same.
    const QString agentSecretHash = SecretHasher::hash(DemoAgentSecret);
    const QString passwordHash =
        SecretHasher::hash(DemoUserPassword, SecretHasher::PasswordIterations);
    try {
        const bool ok = db.transaction([&] {
            Writer w(db);

            // ---- resource servers, resources, actions
            const auto analytics =
                w.server(u"Analytics API"_s, u"Dashboards, reports and datasets"_s,
                         u"https://api.analytics.example.com"_s, u"API"_s, u":"_s);
            w.action(analytics, nullptr, u"admin"_s, u"Administer"_s,
                     u"Manage analytics settings"_s);
            const auto dashboards = w.resource(analytics, nullptr, u"dashboards"_s, u"Dashboards"_s,
                                               u"Interactive dashboards"_s);
            for (const auto &[h, n] :
                 {std::pair{u"read"_s, u"Read"_s}, std::pair{u"create"_s, u"Create"_s},
                  std::pair{u"share"_s, u"Share"_s}})
                w.action(analytics, &dashboards, h, n, n + u" dashboards"_s);
            const auto reports =
                w.resource(analytics, nullptr, u"reports"_s, u"Reports"_s, u"Published reports"_s);
            w.action(analytics, &reports, u"read"_s, u"Read"_s, u"Read reports"_s);
            w.action(analytics, &reports, u"export"_s, u"Export"_s, u"Export reports"_s);
            const auto scheduled = w.resource(analytics, &reports, u"scheduled"_s,
                                              u"Scheduled reports"_s, u"Recurring deliveries"_s);
            w.action(analytics, &scheduled, u"read"_s, u"Read"_s, u"Read schedules"_s);
            w.action(analytics, &scheduled, u"manage"_s, u"Manage"_s, u"Manage schedules"_s);
            const auto datasets = w.resource(analytics, nullptr, u"datasets"_s, u"Datasets"_s,
                                             u"Warehouse datasets"_s);
            for (const auto &[h, n] :
                 {std::pair{u"read"_s, u"Read"_s}, std::pair{u"write"_s, u"Write"_s},
                  std::pair{u"query"_s, u"Query"_s}})
                w.action(analytics, &datasets, h, n, n + u" datasets"_s);

            // Billing uses '.' as its delimiter: invoices.line-items.read.
            const auto billing = w.server(u"Billing API"_s, u"Invoices, payments, subscriptions"_s,
                                          u"https://api.billing.example.com"_s, u"API"_s, u"."_s);
            const auto invoices =
                w.resource(billing, nullptr, u"invoices"_s, u"Invoices"_s, u"Customer invoices"_s);
            for (const auto &[h, n] :
                 {std::pair{u"read"_s, u"Read"_s}, std::pair{u"create"_s, u"Create"_s},
                  std::pair{u"approve"_s, u"Approve"_s}, std::pair{u"void"_s, u"Void"_s}})
                w.action(billing, &invoices, h, n, n + u" invoices"_s);
            const auto lines = w.resource(billing, &invoices, u"line-items"_s, u"Line items"_s,
                                          u"Invoice line items"_s);
            w.action(billing, &lines, u"read"_s, u"Read"_s, u"Read line items"_s);
            w.action(billing, &lines, u"write"_s, u"Write"_s, u"Write line items"_s);
            const auto payments =
                w.resource(billing, nullptr, u"payments"_s, u"Payments"_s, u"Incoming payments"_s);
            w.action(billing, &payments, u"read"_s, u"Read"_s, u"Read payments"_s);
            w.action(billing, &payments, u"refund"_s, u"Refund"_s, u"Refund payments"_s);
            const auto subscriptions = w.resource(billing, nullptr, u"subscriptions"_s,
                                                  u"Subscriptions"_s, u"Customer plans"_s);
            w.action(billing, &subscriptions, u"read"_s, u"Read"_s, u"Read subscriptions"_s);
            w.action(billing, &subscriptions, u"manage"_s, u"Manage"_s, u"Change subscriptions"_s);

            const auto crm = w.server(u"CRM API"_s, u"Contacts, accounts and opportunities"_s,
                                      u"https://api.crm.example.com"_s, u"API"_s, u":"_s);
            const auto contacts =
                w.resource(crm, nullptr, u"contacts"_s, u"Contacts"_s, u"People"_s);
            for (const auto &[h, n] :
                 {std::pair{u"read"_s, u"Read"_s}, std::pair{u"write"_s, u"Write"_s},
                  std::pair{u"delete"_s, u"Delete"_s}})
                w.action(crm, &contacts, h, n, n + u" contacts"_s);
            const auto accounts =
                w.resource(crm, nullptr, u"accounts"_s, u"Accounts"_s, u"Companies"_s);
            w.action(crm, &accounts, u"read"_s, u"Read"_s, u"Read accounts"_s);
            w.action(crm, &accounts, u"write"_s, u"Write"_s, u"Write accounts"_s);
            const auto opportunities = w.resource(crm, &accounts, u"opportunities"_s,
                                                  u"Opportunities"_s, u"Deals of an account"_s);
            for (const auto &[h, n] :
                 {std::pair{u"read"_s, u"Read"_s}, std::pair{u"write"_s, u"Write"_s},
                  std::pair{u"close"_s, u"Close"_s}})
                w.action(crm, &opportunities, h, n, n + u" opportunities"_s);
            const auto notes = w.resource(crm, nullptr, u"notes"_s, u"Notes"_s, u"Account notes"_s);
            w.action(crm, &notes, u"read"_s, u"Read"_s, u"Read notes"_s);
            w.action(crm, &notes, u"write"_s, u"Write"_s, u"Write notes"_s);

            // An MCP tool server: actions are tools (kind tool) and one MCP resource.
            const auto mcp = w.server(u"Support Tools MCP"_s, u"MCP server of the support desk"_s,
                                      u"https://mcp.support.example.com/mcp"_s, u"MCP"_s, u":"_s);
            w.action(mcp, nullptr, u"search_knowledge_base"_s, u"Search knowledge base"_s,
                     u"Full-text search over support articles"_s, u"tool"_s);
            w.action(mcp, nullptr, u"create_ticket"_s, u"Create ticket"_s,
                     u"Open a ticket for a customer"_s, u"tool"_s);
            w.action(mcp, nullptr, u"summarize_thread"_s, u"Summarize thread"_s,
                     u"Summarise a ticket conversation"_s, u"tool"_s);
            w.action(mcp, nullptr, u"lookup_order"_s, u"Look up order"_s,
                     u"Fetch an order by number"_s, u"tool"_s);
            const auto tickets =
                w.resource(mcp, nullptr, u"tickets"_s, u"Tickets"_s, u"Support tickets"_s);
            w.action(mcp, &tickets, u"read"_s, u"Read ticket"_s, u"Read a ticket"_s, u"tool"_s);
            w.action(mcp, &tickets, u"update"_s, u"Update ticket"_s, u"Update a ticket"_s,
                     u"tool"_s);
            w.action(mcp, &tickets, u"escalate"_s, u"Escalate ticket"_s,
                     u"Escalate to a team lead"_s, u"tool"_s);
            const auto knowledge =
                w.resource(mcp, nullptr, u"knowledge"_s, u"Knowledge"_s, u"Knowledge base"_s);
            w.action(mcp, &knowledge, u"articles"_s, u"Articles"_s,
                     u"Read-only list of published articles"_s, u"resource"_s);

            // ---- roles
            const QString analyticsViewer = w.role(
                u"analytics-viewer"_s, u"Reads dashboards, reports and datasets"_s, analytics,
                {u"dashboards:read"_s, u"reports:read"_s, u"reports:scheduled:read"_s,
                 u"datasets:read"_s});
            const QString analyticsEngineer = w.role(
                u"analytics-engineer"_s, u"Builds datasets, dashboards and schedules"_s, analytics,
                {u"datasets:read"_s, u"datasets:write"_s, u"datasets:query"_s,
                 u"dashboards:create"_s, u"dashboards:share"_s, u"reports:export"_s,
                 u"reports:scheduled:manage"_s, u"admin"_s});
            const QString billingOperator = w.role(
                u"billing-operator"_s, u"Prepares invoices and reads payments"_s, billing,
                {u"invoices.read"_s, u"invoices.create"_s, u"invoices.line-items.read"_s,
                 u"invoices.line-items.write"_s, u"payments.read"_s, u"subscriptions.read"_s});
            const QString billingApprover =
                w.role(u"billing-approver"_s, u"Approves, voids and refunds"_s, billing,
                       {u"invoices.approve"_s, u"invoices.void"_s, u"payments.refund"_s,
                        u"subscriptions.manage"_s});
            const QString crmAgent =
                w.role(u"crm-agent"_s, u"Works contacts, accounts and opportunities"_s, crm,
                       {u"contacts:read"_s, u"contacts:write"_s, u"accounts:read"_s,
                        u"accounts:opportunities:read"_s, u"accounts:opportunities:write"_s,
                        u"notes:read"_s, u"notes:write"_s});
            const QString supportTools =
                w.role(u"support-tools"_s, u"Uses the support desk's MCP tools"_s, mcp,
                       {u"search_knowledge_base"_s, u"create_ticket"_s, u"summarize_thread"_s,
                        u"lookup_order"_s, u"tickets:read"_s, u"tickets:update"_s,
                        u"tickets:escalate"_s, u"knowledge:articles"_s});
            const QString domainRole[] = {analyticsEngineer, billingOperator, crmAgent,
                                          supportTools};

            // ---- users
            QStringList users;
            for (int i = 0; i < Users; ++i) {
                const UserSpec &u = UserSpecs[i];
                const QString id = seedId(KUser, i + 1);
                const QString username = QString::fromUtf16(u.username);
                const QString given = QString::fromUtf16(u.given);
                const QString family = QString::fromUtf16(u.family);
                const QJsonObject attributes{{u"username"_s, username},
                                             {u"email"_s, QString(username + u"@example.com"_s)},
                                             {u"given_name"_s, given},
                                             {u"family_name"_s, family},
                                             {u"name"_s, QString(given + u' ' + family)}};
                w.run(u"INSERT INTO users(id, ou_id, type, username, attributes, password_hash, "
                      "is_read_only, created_at) VALUES(?, ?, 'Person', ?, ?, ?, 0, ?)"_s,
                      {id, bootstrap::DefaultOuId, username, Sql::jsonText(attributes),
                       passwordHash, w.stamp()});
                users.append(id);
            }

            // ---- groups (Sales is nested in Support: sellers inherit the support tools)
            const QStringList groupNames = {u"Data Team"_s, u"Finance"_s, u"Sales"_s, u"Support"_s};
            const QStringList groupDescriptions = {
                u"Analysts and data engineers"_s, u"Billing and revenue"_s,
                u"Account executives and managers"_s, u"Customer support desk"_s};
            QStringList groups;
            for (int g = 0; g < Groups; ++g) {
                const QString id = seedId(KGroup, g + 1);
                w.run(u"INSERT INTO groups(id, ou_id, name, description, is_read_only, "
                      "created_at) VALUES(?, ?, ?, ?, 0, ?)"_s,
                      {id, bootstrap::DefaultOuId, groupNames.at(g), groupDescriptions.at(g),
                       w.stamp()});
                groups.append(id);
                for (int u = TeamStart[g]; u < TeamStart[g] + TeamSize[g]; ++u)
                    w.member(id, users.at(u), u"user"_s);
            }
            w.member(groups.at(Support), groups.at(Crm), u"group"_s);

            // ---- agents with their OAuth profiles and (hashed) secrets
            const QString audiences[] = {
                u"https://api.analytics.example.com"_s, u"https://api.billing.example.com"_s,
                u"https://api.crm.example.com"_s, u"https://mcp.support.example.com/mcp"_s};
            int perDomain[4] = {0, 0, 0, 0};
            for (int i = 0; i < Agents; ++i) {
                const AgentSpec &a = AgentSpecs[i];
                const QString id = seedId(KAgent, i + 1);
                const QString clientId = QString::fromUtf16(a.clientId);
                const int team = a.domain;
                const QString owner =
                    users.at(TeamStart[team] + perDomain[team]++ % TeamSize[team]);
                const QJsonObject extra{
                    {u"description"_s, QString::fromUtf16(a.description)},
                    {u"attributes"_s,
                     QJsonObject{{u"modelProvider"_s, QString::fromUtf16(a.provider)},
                                 {u"model"_s, QString::fromUtf16(a.model)},
                                 {u"function"_s, QString::fromUtf16(a.function)}}},
                    {u"inboundAuthConfig"_s,
                     oauthProfile(clientId, a.category, audiences[a.domain])}};
                const QString created = w.stamp();
                w.run(u"INSERT INTO agents(id, ou_id, name, type, owner, client_id, extra, "
                      "is_read_only, created_at, updated_at) VALUES(?, ?, ?, 'default', ?, ?, ?, "
                      "0, ?, ?)"_s,
                      {id, bootstrap::DefaultOuId, QString::fromUtf16(a.name), owner, clientId,
                       Sql::jsonText(extra), created, created});
                w.run(u"INSERT INTO client_secrets(id, entity_id, entity_type, secret_hash, "
                      "created_at) VALUES(?, ?, 'agent', ?, ?)"_s,
                      {seedId(KSecret, i + 1), id, agentSecretHash, created});

                // Every agent holds its domain's working role; interactive agents act for
                // users, so they also join their team's group.
                w.assign(domainRole[a.domain], id, u"agent"_s);
                if (a.category == Interactive)
                    w.member(groups.at(a.domain), id, u"agent"_s);
                if (a.category == Hybrid && a.domain == Billing)
                    w.assign(billingApprover, id, u"agent"_s);
            }

            // ---- assignments to people and groups
            w.assign(analyticsViewer, groups.at(Analytics), u"group"_s);
            w.assign(analyticsViewer, groups.at(Billing), u"group"_s);
            w.assign(analyticsEngineer, users.at(0), u"user"_s);
            w.assign(analyticsEngineer, users.at(1), u"user"_s);
            w.assign(billingOperator, groups.at(Billing), u"group"_s);
            w.assign(billingApprover, users.at(6), u"user"_s);
            w.assign(billingApprover, users.at(7), u"user"_s);
            w.assign(crmAgent, groups.at(Crm), u"group"_s);
            w.assign(supportTools, groups.at(Support), u"group"_s);
            return true;
        });
        if (!ok) {
            *error = u"demo seed: the transaction did not commit"_s;
            return false;
        }
    } catch (const std::exception &e) {
        *error = u"demo seed: "_s + QString::fromUtf8(e.what());
        return false;
    }
    *seeded = true;
    return true;
}

bool DemoSeed::seedAgents(Database &db, int count, int *added, QString *error)
{
    *added = 0;
    const int existing =
        scalar(db, u"SELECT COUNT(*) FROM agents WHERE name LIKE 'bench-agent-%'"_s);
    const int highest = scalar(
        db, u"SELECT IFNULL(MAX(CAST(substr(name, 13) AS INTEGER)), 0) FROM agents WHERE name "
            "LIKE 'bench-agent-%'"_s);
    if (existing < 0 || highest < 0) {
        *error = u"seed agents: cannot count existing agents"_s;
        return false;
    }
    const int missing = count - existing;
    if (missing <= 0)
        return true;

    // The extra JSON differs per agent only in client id, provider and function: three
    // templates (autonomous, interactive, hybrid) with placeholders SQLite fills in.
    QString templates[3];
    for (int c = 0; c < 3; ++c) {
        templates[c] = Sql::jsonText(QJsonObject{
            {u"description"_s, u"Generated benchmark agent"_s},
            {u"attributes"_s, QJsonObject{{u"modelProvider"_s, u"@PROVIDER@"_s},
                                          {u"model"_s, u"bench-model"_s},
                                          {u"function"_s, u"@FUNCTION@"_s}}},
            {u"inboundAuthConfig"_s, oauthProfile(u"@CLIENT@"_s, Category(c), QString())}});
    }
    const QString secretHash = SecretHasher::hash(BenchAgentSecret);
    const QString now = Ids::now();
    const qint64 baseMs = QDateTime::currentMSecsSinceEpoch();

    // The rows are generated inside SQLite by one INSERT ... SELECT over a numbered series per
    // batch: no per-row round trip through the Qt SQL layer. Ids are
    // UUIDv7-shaped: 48-bit milliseconds (one per row, so they sort by creation), version 7,
    // variant 10, random bits. :base is the base time in milliseconds.
    auto uuidExpr = [](const QString &n) {
        return QString(u"printf('%08x-%04x-7%03x-%04x-%012x', (:base + "_s + n +
                       u") >> 16, (:base + "_s + n +
                       u") & 65535, abs(random()) % 4096, 32768 + abs(random()) % 16384, "
                       "abs(random()) % 281474976710656)"_s);
    };
    const QString insertAgents =
        u"WITH RECURSIVE n(i) AS (SELECT :first UNION ALL SELECT i + 1 FROM n WHERE i < :last), "
        "r AS (SELECT i, printf('bench-agent-%06d', i) AS name FROM n) "
        "INSERT INTO agents(id, ou_id, name, type, owner, client_id, extra, is_read_only, "
        "created_at, updated_at) SELECT "_s +
        uuidExpr(u"i"_s) +
        u", :ou, name, 'default', :owner, name, replace(replace(replace("
        "CASE i % 3 WHEN 0 THEN :t0 WHEN 1 THEN :t1 ELSE :t2 END, '@CLIENT@', name), "
        "'@PROVIDER@', CASE i % 5 WHEN 0 THEN 'openai' WHEN 1 THEN 'anthropic' WHEN 2 THEN "
        "'gemini' WHEN 3 THEN 'mistral' ELSE 'custom' END), "
        "'@FUNCTION@', CASE i % 6 WHEN 0 THEN 'task-automation' WHEN 1 THEN 'rag-retrieval' "
        "WHEN 2 THEN 'code-gen' WHEN 3 THEN 'data-analysis' WHEN 4 THEN 'orchestrator' ELSE "
        "'sub-agent' END), 0, :now, :now FROM r"_s;
    // The batch's agents are the rows above the highest rowid before it.
    const QString insertSecrets =
        u"INSERT INTO client_secrets(id, entity_id, entity_type, secret_hash, created_at) "
        "SELECT "_s +
        uuidExpr(u"rowid"_s) + u", id, 'agent', :hash, :now FROM agents WHERE rowid > :before"_s;

    constexpr int Batch = 10000;
    try {
        const bool ok = db.transaction([&] {
            for (int first = highest + 1, left = missing; left > 0;) {
                const int rows = qMin(Batch, left);
                const qint64 before =
                    Sql::scalar(db.db(), u"SELECT IFNULL(MAX(rowid), 0) FROM agents"_s)
                        .toLongLong();
                Sql::execNamed(db.db(), insertAgents,
                               {{u":first"_s, first},
                                {u":last"_s, first + rows - 1},
                                {u":base"_s, baseMs},
                                {u":ou"_s, bootstrap::DefaultOuId},
                                {u":owner"_s, bootstrap::AdminUserId},
                                {u":t0"_s, templates[0]},
                                {u":t1"_s, templates[1]},
                                {u":t2"_s, templates[2]},
                                {u":now"_s, now}});
                Sql::execNamed(db.db(), insertSecrets,
                               {{u":hash"_s, secretHash},
                                {u":now"_s, now},
                                {u":base"_s, baseMs},
                                {u":before"_s, before}});
                first += rows;
                left -= rows;
            }
            return true;
        });
        if (!ok) {
            *error = u"seed agents: the transaction did not commit"_s;
            return false;
        }
    } catch (const SqlError &e) {
        *error = u"seed agents: "_s + QString::fromUtf8(e.what());
        return false;
    }
    *added = missing;
    return true;
}

QJsonArray DemoSeed::demoUsers()
{
    QJsonArray users;
    for (const UserSpec &u : UserSpecs) {
        users.append(QJsonObject{{u"username"_s, QString::fromUtf16(u.username)},
                                 {u"name"_s, QString(QString::fromUtf16(u.given) + u' ' +
                                                     QString::fromUtf16(u.family))}});
    }
    return users;
}

} // namespace tid::sandbox
