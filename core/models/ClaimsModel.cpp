#include "core/models/ClaimsModel.h"

#include "core/token/Jwt.h"
#include "core/token/RelativeTime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tid::core {

namespace {

struct Registered
{
    const char *name;
    const char *label;
    const char *description;
};

// IANA "JSON Web Token Claims" registry (selection relevant to access tokens and ID tokens),
// plus ThunderID's own claims, marked as such.
constexpr Registered kClaims[] = {
    {"iss", "Issuer", "Who issued the token (RFC 7519 §4.1.1)."},
    {"sub", "Subject", "The principal the token is about (RFC 7519 §4.1.2)."},
    {"aud", "Audience", "Recipients the token is intended for (RFC 7519 §4.1.3)."},
    {"exp", "Expiration Time",
     "The token must not be accepted on or after this time (RFC 7519 §4.1.4)."},
    {"nbf", "Not Before", "The token must not be accepted before this time (RFC 7519 §4.1.5)."},
    {"iat", "Issued At", "When the token was issued (RFC 7519 §4.1.6)."},
    {"jti", "JWT ID", "Unique identifier of the token (RFC 7519 §4.1.7)."},
    {"client_id", "Client Identifier", "The OAuth client the token was issued to (RFC 8693 §4.3)."},
    {"scope", "Scope Values", "Space-separated scopes granted (RFC 8693 §4.2)."},
    {"act", "Actor",
     "The party acting on behalf of the subject; nested act = prior actors (RFC 8693 §4.1)."},
    {"may_act", "Authorized Actor",
     "The party that may act on behalf of the subject (RFC 8693 §4.4)."},
    {"cnf", "Confirmation", "Proof-of-possession key binding, e.g. DPoP jkt (RFC 7800 §3.1)."},
    {"azp", "Authorized party",
     "The party to which the ID token was issued (OpenID Connect Core)."},
    {"nonce", "Nonce", "Value binding the ID token to a client session (OpenID Connect Core)."},
    {"auth_time", "Authentication Time", "When the end user authenticated (OpenID Connect Core)."},
    {"acr", "Authentication Context Class Reference", "OpenID Connect Core."},
    {"amr", "Authentication Methods References", "RFC 8176."},
    {"sid", "Session ID", "OpenID Connect Front-Channel Logout."},
    {"at_hash", "Access Token hash value", "OpenID Connect Core."},
    {"c_hash", "Code hash value", "OpenID Connect Core."},
    {"name", "Full name", "OpenID Connect Core §5.1."},
    {"given_name", "Given name(s) or first name(s)", "OpenID Connect Core §5.1."},
    {"family_name", "Surname(s) or last name(s)", "OpenID Connect Core §5.1."},
    {"preferred_username", "Shorthand name", "OpenID Connect Core §5.1."},
    {"email", "Preferred e-mail address", "OpenID Connect Core §5.1."},
    {"email_verified", "E-mail verified", "OpenID Connect Core §5.1."},
    {"phone_number", "Preferred telephone number", "OpenID Connect Core §5.1."},
    {"locale", "Locale", "OpenID Connect Core §5.1."},
    {"updated_at", "Time the information was last updated", "OpenID Connect Core §5.1."},
    {"roles", "Roles", "RFC 7643 §4.1.2 (SCIM), registered for JWT by RFC 9068 §7.2.1."},
    {"groups", "Groups", "RFC 7643 §4.1.2 (SCIM), registered for JWT by RFC 9068 §7.2.1."},
    {"entitlements", "Entitlements",
     "RFC 7643 §4.1.2 (SCIM), registered for JWT by RFC 9068 §7.2.1."},
    {"authorization_details", "Authorization details", "RFC 9396."},
    {"htm", "HTTP method", "DPoP proof (RFC 9449)."},
    {"htu", "HTTP URI", "DPoP proof (RFC 9449)."},
    {"ath", "Access token hash", "DPoP proof (RFC 9449)."},
    {"grant_type", "Grant type (ThunderID)",
     "The grant that originally produced the token; refreshed tokens keep it."},
    {"tfid", "Token family (ThunderID)", "Revoking one token of the family revokes all of it."},
    {"aci", "Attribute cache ID (ThunderID)", "Reference to cached user attributes."},
    {"ouId", "Organization unit ID (ThunderID)", ""},
    {"ouName", "Organization unit name (ThunderID)", ""},
    {"ouHandle", "Organization unit handle (ThunderID)", ""},
    {"owner", "Owner (ThunderID)", "The owner of the agent."},
};

// IANA "JSON Web Signature and Encryption Header Parameters".
constexpr Registered kHeaders[] = {
    {"alg", "Algorithm", "Signature algorithm (RFC 7515 §4.1.1)."},
    {"kid", "Key ID", "Which key signed the token (RFC 7515 §4.1.4)."},
    {"typ", "Type",
     "Media type of the token; at+jwt for access tokens (RFC 7515 §4.1.9, RFC 9068 §2.1)."},
    {"cty", "Content Type", "RFC 7515 §4.1.10."},
    {"jku", "JWK Set URL",
     "Never fetched: a token must not pick its own key (RFC 7515 §4.1.2, RFC 8725 §3.10)."},
    {"jwk", "JSON Web Key", "Embedded key; never trusted (RFC 7515 §4.1.3)."},
    {"x5u", "X.509 URL", "Never fetched (RFC 7515 §4.1.5)."},
    {"x5c", "X.509 Certificate Chain", "RFC 7515 §4.1.6."},
    {"x5t", "X.509 Certificate SHA-1 Thumbprint", "RFC 7515 §4.1.7."},
    {"x5t#S256", "X.509 Certificate SHA-256 Thumbprint", "RFC 7515 §4.1.8."},
    {"crit", "Critical", "Extensions the recipient must understand (RFC 7515 §4.1.11)."},
    {"b64", "Base64url-Encode Payload", "RFC 7797."},
};

const Registered *findRegistered(const QString &name, bool header)
{
    if (header) {
        for (const Registered &r : kHeaders) {
            if (name == QLatin1StringView(r.name))
                return &r;
        }
        return nullptr;
    }
    for (const Registered &r : kClaims) {
        if (name == QLatin1StringView(r.name))
            return &r;
    }
    return nullptr;
}

// Display order: registered members in registry order, then the rest alphabetically
// (QJsonObject has already lost the document order).
int orderOf(const QString &name, bool header)
{
    if (header) {
        for (size_t i = 0; i < std::size(kHeaders); ++i) {
            if (name == QLatin1StringView(kHeaders[i].name))
                return int(i);
        }
        return 1000;
    }
    for (size_t i = 0; i < std::size(kClaims); ++i) {
        if (name == QLatin1StringView(kClaims[i].name))
            return int(i);
    }
    return 1000;
}

QString compactJson(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isString()) {
        // Quote and escape through a one-element array.
        const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(a.mid(1, a.size() - 2));
    }
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isNull())
        return u"null"_s;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return {};
}

} // namespace

ClaimsModel::ClaimsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

ClaimsModel::~ClaimsModel() = default;

QString ClaimsModel::claimLabel(const QString &name, bool header)
{
    const Registered *r = findRegistered(name, header);
    return r ? QString::fromUtf8(r->label) : QString();
}

QString ClaimsModel::claimDescription(const QString &name, bool header)
{
    const Registered *r = findRegistered(name, header);
    return r ? QString::fromUtf8(r->description) : QString();
}

bool ClaimsModel::isNumericDateClaim(const QString &name)
{
    return name == u"exp"_s || name == u"nbf"_s || name == u"iat"_s || name == u"auth_time"_s ||
           name == u"updated_at"_s;
}

void ClaimsModel::setToken(const Jwt &jwt)
{
    setClaims(jwt.header(), jwt.payload());
}

void ClaimsModel::setClaims(const QJsonObject &header, const QJsonObject &payload)
{
    beginResetModel();
    m_sections.clear();
    const std::pair<const QJsonObject *, bool> sections[] = {{&header, true}, {&payload, false}};
    for (const auto &[object, isHeader] : sections) {
        auto node = std::make_unique<Node>();
        node->key = isHeader ? u"header"_s : u"payload"_s;
        node->value = *object;
        node->isSection = true;
        node->inHeader = isHeader;
        node->row = int(m_sections.size());
        build(node.get(), *object, isHeader);
        for (auto &child : node->children)
            child->topLevelClaim = true;
        m_sections.push_back(std::move(node));
    }
    endResetModel();
}

void ClaimsModel::clear()
{
    beginResetModel();
    m_sections.clear();
    endResetModel();
}

void ClaimsModel::build(Node *node, const QJsonValue &value, bool inHeader)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        QStringList keys = o.keys();
        const bool top = node->isSection;
        std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
            if (!top)
                return false;
            return orderOf(a, inHeader) < orderOf(b, inHeader);
        });
        for (const QString &k : std::as_const(keys)) {
            auto child = std::make_unique<Node>();
            child->key = k;
            child->value = o.value(k);
            child->parent = node;
            child->inHeader = inHeader;
            child->row = int(node->children.size());
            build(child.get(), child->value, inHeader);
            node->children.push_back(std::move(child));
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            auto child = std::make_unique<Node>();
            child->key = u"[%1]"_s.arg(i);
            child->value = a.at(i);
            child->parent = node;
            child->inHeader = inHeader;
            child->row = int(node->children.size());
            build(child.get(), child->value, inHeader);
            node->children.push_back(std::move(child));
        }
    }
}

void ClaimsModel::setReferenceTime(qint64 secs)
{
    m_referenceTime = secs;
    refreshTimes();
}

qint64 ClaimsModel::now() const
{
    return m_referenceTime > 0 ? m_referenceTime : QDateTime::currentSecsSinceEpoch();
}

void ClaimsModel::collectDates(Node *node, QModelIndexList &out) const
{
    for (const auto &child : node->children) {
        if (child->topLevelClaim && !child->inHeader && isNumericDateClaim(child->key) &&
            child->value.isDouble())
            out.append(createIndex(child->row, ValueColumn, child.get()));
    }
}

void ClaimsModel::refreshTimes()
{
    QModelIndexList dates;
    for (const auto &section : m_sections)
        collectDates(section.get(), dates);
    for (const QModelIndex &i : std::as_const(dates))
        Q_EMIT dataChanged(i, i, {Qt::DisplayRole, Qt::ToolTipRole});
}

ClaimsModel::Node *ClaimsModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex ClaimsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (size_t(row) >= m_sections.size())
            return {};
        return createIndex(row, column, m_sections[size_t(row)].get());
    }
    if (parent.column() != 0)
        return {};
    Node *p = nodeFor(parent);
    if (!p || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ClaimsModel::parent(const QModelIndex &child) const
{
    Node *n = nodeFor(child);
    if (!n || !n->parent)
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int ClaimsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.column() != 0)
        return 0;
    Node *n = nodeFor(parent);
    return n ? int(n->children.size()) : 0;
}

int ClaimsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ClaimsModel::displayValue(const Node *node) const
{
    if (node->isSection)
        return {};
    const QJsonValue &v = node->value;
    if (node->topLevelClaim && !node->inHeader && isNumericDateClaim(node->key) && v.isDouble()) {
        const qint64 secs = qint64(std::floor(v.toDouble()));
        const QString local =
            QDateTime::fromSecsSinceEpoch(secs).toString(u"yyyy-MM-dd HH:mm:ss t"_s);
        const qint64 n = now();
        QString rel;
        if (node->key == u"exp"_s) {
            rel = secs > n ? tr("in %1").arg(RelativeTime::duration(secs - n))
                           : tr("expired %1 ago").arg(RelativeTime::duration(n - secs));
        } else {
            rel = secs > n ? tr("in %1").arg(RelativeTime::duration(secs - n))
                           : tr("%1 ago").arg(RelativeTime::duration(n - secs));
        }
        return u"%1 (%2)"_s.arg(local, rel);
    }
    if (v.isString())
        return v.toString();
    if (v.isObject()) {
        const int n = int(v.toObject().size());
        return n == 1 ? tr("{1 member}") : tr("{%1 members}").arg(n);
    }
    if (v.isArray()) {
        // Short arrays of scalars read best inline.
        const QJsonArray a = v.toArray();
        bool scalars = a.size() <= 8;
        for (const QJsonValue &e : a)
            scalars = scalars && !e.isObject() && !e.isArray();
        if (scalars)
            return compactJson(v);
        return a.size() == 1 ? tr("[1 item]") : tr("[%1 items]").arg(a.size());
    }
    return compactJson(v);
}

QString ClaimsModel::path(const Node *node) const
{
    QStringList parts;
    for (const Node *n = node; n; n = n->parent)
        parts.prepend(n->key);
    return parts.join(u'.');
}

QVariant ClaimsModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeFor(index);
    if (!n || index.model() != this)
        return {};
    const bool date =
        n->topLevelClaim && !n->inHeader && isNumericDateClaim(n->key) && n->value.isDouble();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn) {
            if (n->isSection)
                return n->inHeader ? tr("Header") : tr("Payload");
            const QString label = n->topLevelClaim ? claimLabel(n->key, n->inHeader) : QString();
            return label.isEmpty() ? n->key : u"%1 (%2)"_s.arg(label, n->key);
        }
        return displayValue(n);
    case Qt::ToolTipRole: {
        if (n->isSection)
            return n->inHeader ? tr("JOSE header: how the token is signed")
                               : tr("Claims: what the token says");
        const QString desc = n->topLevelClaim ? claimDescription(n->key, n->inHeader) : QString();
        QString raw = compactJson(n->value);
        if (raw.size() > 400)
            raw = raw.left(400) + u"…"_s;
        if (date)
            raw += u"\n"_s + RelativeTime::utc(qint64(std::floor(n->value.toDouble())));
        return desc.isEmpty() ? raw : desc + u"\n"_s + raw;
    }
    case RawRole:
        return n->value.toVariant();
    case KeyRole:
        return n->key;
    case RawJsonRole:
        return compactJson(n->value);
    case IsNumericDateRole:
        return date;
    case SectionRole:
        return n->inHeader ? u"header"_s : u"payload"_s;
    case PathRole:
        return path(n);
    default:
        return {};
    }
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Claim");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

QHash<int, QByteArray> ClaimsModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(RawRole, "raw");
    names.insert(KeyRole, "key");
    names.insert(RawJsonRole, "rawJson");
    names.insert(IsNumericDateRole, "isNumericDate");
    names.insert(SectionRole, "section");
    names.insert(PathRole, "path");
    return names;
}

QModelIndex ClaimsModel::indexForPath(const QString &p) const
{
    const QStringList parts = p.split(u'.');
    QModelIndex current;
    for (const QString &part : parts) {
        const int rows = rowCount(current);
        QModelIndex found;
        for (int r = 0; r < rows; ++r) {
            const QModelIndex i = index(r, 0, current);
            if (nodeFor(i)->key == part) {
                found = i;
                break;
            }
        }
        if (!found.isValid())
            return {};
        current = found;
    }
    return current;
}

} // namespace tid::core
