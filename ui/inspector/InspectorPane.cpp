#include "ui/inspector/InspectorPane.h"

#include "core/api/ApiClient.h"
#include "core/models/ActorChainModel.h"
#include "core/models/ClaimsModel.h"
#include "core/models/EntityNames.h"
#include "core/models/FindingsModel.h"
#include "core/token/JwksFetcher.h"
#include "core/token/RelativeTime.h"
#include "core/token/TokenDiff.h"
#include "ui/inspector/ActorIconProxy.h"
#include "ui/inspector/FindingsColorProxy.h"
#include "ui/inspector/JsonHtml.h"
#include "ui/inspector/WrappingDelegate.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/MessageWidget.h"
#include "ui/widgets/StatusColor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tid::ui {

using core::Finding;

namespace {

using Color = StatusColor::Name;

// Rich text in one of the named colours: a bold verdict, or a plain span.
QString coloured(Color color, const QPalette &palette, const QString &html, bool bold = true)
{
    return (bold ? u"<b style=\"color:%1\">%2</b>"_s : u"<span style=\"color:%1\">%2</span>"_s)
        .arg(StatusColor::css(color, palette), html);
}

QTreeView *makeTree(QWidget *parent, const QString &name)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(name);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->header()->setStretchLastSection(true);
    return view;
}

QString countdownText(qint64 secondsLeft)
{
    const qint64 s = std::llabs(secondsLeft);
    QString span;
    if (s < 3600)
        span = u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    else if (s < 86400)
        span = u"%1:%2:%3"_s.arg(s / 3600)
                   .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                   .arg(s % 60, 2, 10, QLatin1Char('0'));
    else
        span = core::RelativeTime::duration(s);
    return span;
}

} // namespace

InspectorPane::InspectorPane(QWidget *parent)
    : QWidget(parent)
    , m_claims(new core::ClaimsModel(this))
    , m_chain(new core::ActorChainModel(this))
    , m_findings(new core::FindingsModel(this))
    , m_diffFindings(new core::FindingsModel(this))
    , m_resolver(new core::ActorNameResolver(this))
    , m_fetcher(new core::JwksFetcher(this))
    , m_validator(std::make_unique<core::TokenValidator>())
{
    setObjectName(u"InspectorPane"_s);
    m_chain->setResolver(m_resolver);
    buildUi();
    retranslate();

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &InspectorPane::decode);
    m_compareDebounce = new QTimer(this);
    m_compareDebounce->setSingleShot(true);
    m_compareDebounce->setInterval(DebounceMs);
    connect(m_compareDebounce, &QTimer::timeout, this, &InspectorPane::updateDiff);
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &InspectorPane::updateCountdown);

    connect(m_tokenEdit, &QPlainTextEdit::textChanged, this, &InspectorPane::scheduleDecode);
    connect(m_compareEdit, &QPlainTextEdit::textChanged, m_compareDebounce,
            qOverload<>(&QTimer::start));
    for (QLineEdit *edit : {m_issuerEdit, m_audienceEdit})
        connect(edit, &QLineEdit::textEdited, this, &InspectorPane::scheduleDecode);
    connect(m_issuerEdit, &QLineEdit::textEdited, this, [this] { m_issuerFromServer = false; });
    connect(m_skewSpin, &QSpinBox::valueChanged, this, &InspectorPane::scheduleDecode);
    connect(m_accessTokenCheck, &QCheckBox::toggled, this, &InspectorPane::scheduleDecode);
    connect(m_pasteButton, &QPushButton::clicked, this, &InspectorPane::pasteFromClipboard);
    connect(m_openButton, &QPushButton::clicked, this, &InspectorPane::openTokenFile);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        m_tokenEdit->clear();
        m_compareEdit->clear(); // Clear empties every part (issue 14 item 5)
        decodeNow();
    });
    connect(m_jwksLoadButton, &QPushButton::clicked, this, &InspectorPane::loadJwksFromInput);
    connect(m_jwksEdit, &QLineEdit::returnPressed, this, &InspectorPane::loadJwksFromInput);
    connect(m_jwksFileButton, &QPushButton::clicked, this, &InspectorPane::openJwksFile);
    connect(m_policyButton, &QPushButton::clicked, this, &InspectorPane::openPolicyFile);
    connect(m_policyClearButton, &QPushButton::clicked, this, &InspectorPane::clearPolicy);
    connect(m_introspectButton, &QPushButton::clicked, this, &InspectorPane::introspect);
    connect(m_revokeButton, &QPushButton::clicked, this, &InspectorPane::revoke);
    connect(m_compareButton, &QPushButton::clicked, this, [this] {
        m_tabs->setCurrentWidget(m_compareTab);
        m_compareEdit->setFocus();
    });
    connect(m_fetcher, &core::JwksFetcher::finished, this,
            [this](const core::Jwks &jwks, const QUrl &uri, bool fromCache) {
                // Another server's discovery: its tokens are checked against its issuer.
                if (const QString issuer = m_fetcher->discoveredIssuer(); !issuer.isEmpty()) {
                    m_issuerEdit->setText(issuer);
                    m_issuerFromServer = false;
                }
                setJwks(jwks, fromCache ? tr("%1 (cached)").arg(uri.toDisplayString())
                                        : uri.toDisplayString());
            });
    connect(m_fetcher, &core::JwksFetcher::failed, this, [this](const QString &message) {
        m_jwksStatus->setText(tr("Key set not loaded"));
        showError(message);
    });
    connect(m_resolver, &core::ActorNameResolver::resolved, this, [this] {
        // A subject's kind feeds the human-initiated finding.
        if (m_jwt.isValid())
            m_debounce->start();
    });
    updateServerButtons();
    decode();
}

InspectorPane::~InspectorPane() = default;

void InspectorPane::buildUi()
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Created in reading order (the default tab order), laid out afterwards.
    createTokenWidgets(mono);
    createVerifyWidgets();
    createActionWidgets();
    buildTabs(mono);
    buildChainAndFindings();

    QLayout *tokenButtons = tokenButtonRow();
    QLayout *verify = verifyGrid();
    QLayout *actions = actionRow();
    QWidget *right = chainAndFindingsPanel();
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"inspectorSplitter"_s);
    split->addWidget(m_tabs);
    split->addWidget(right);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 6);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tokenEdit);
    layout->addLayout(tokenButtons);
    layout->addLayout(verify);
    layout->addLayout(actions);
    layout->addWidget(m_serverResult);
    layout->addWidget(split, 1);
}

// The token field, its buttons, the verdict and the countdown.
void InspectorPane::createTokenWidgets(const QFont &mono)
{
    m_message = new MessageWidget(this);
    m_message->setObjectName(u"inspectorMessage"_s);
    m_message->hide();

    m_tokenEdit = new QPlainTextEdit(this);
    m_tokenEdit->setObjectName(u"tokenEdit"_s);
    m_tokenEdit->setFont(mono);
    m_tokenEdit->setTabChangesFocus(true);
    m_tokenEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_tokenEdit->setWordWrapMode(QTextOption::WrapAnywhere);
    m_tokenEdit->setMaximumHeight(QFontMetrics(mono).lineSpacing() * 5 + 12);
    m_tokenEdit->viewport()->installEventFilter(this);
    m_tokenEdit->setAcceptDrops(true);
    setAcceptDrops(true);

    m_pasteButton = new QPushButton(this);
    m_pasteButton->setObjectName(u"pasteButton"_s);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(u"openButton"_s);
    m_clearButton = new QPushButton(this);
    m_clearButton->setObjectName(u"clearButton"_s);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(u"verdictLabel"_s);
    m_verdict->setTextFormat(Qt::RichText);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(u"countdownLabel"_s);
    QFont countdownFont = m_countdown->font();
    countdownFont.setBold(true);
    m_countdown->setFont(countdownFont);
}

// What the token is checked against: keys, issuer, audience, clock skew.
void InspectorPane::createVerifyWidgets()
{
    m_jwksEdit = new QLineEdit(this);
    m_jwksEdit->setObjectName(u"jwksEdit"_s);
    m_jwksEdit->setClearButtonEnabled(true);
    m_jwksLoadButton = new QPushButton(this);
    m_jwksLoadButton->setObjectName(u"jwksLoadButton"_s);
    m_jwksFileButton = new QPushButton(this);
    m_jwksFileButton->setObjectName(u"jwksFileButton"_s);
    m_jwksStatus = new QLabel(this);
    m_jwksStatus->setObjectName(u"jwksStatus"_s);
    m_jwksStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_jwksStatus->setWordWrap(true); // a long key URL wraps instead of widening the window
    m_issuerEdit = new QLineEdit(this);
    m_issuerEdit->setObjectName(u"issuerEdit"_s);
    m_audienceEdit = new QLineEdit(this);
    m_audienceEdit->setObjectName(u"audienceEdit"_s);
    m_skewSpin = new QSpinBox(this);
    m_skewSpin->setObjectName(u"skewSpin"_s);
    m_skewSpin->setRange(0, 3600);
    m_skewSpin->setValue(60);
    m_accessTokenCheck = new QCheckBox(this);
    m_accessTokenCheck->setObjectName(u"accessTokenCheck"_s);
    m_accessTokenCheck->setChecked(true);
}

// Asking the server: introspect, revoke; comparing with a second token.
void InspectorPane::createActionWidgets()
{
    m_introspectButton = new QPushButton(this);
    m_introspectButton->setObjectName(u"introspectButton"_s);
    m_revokeButton = new QPushButton(this);
    m_revokeButton->setObjectName(u"revokeButton"_s);
    m_compareButton = new QPushButton(this);
    m_compareButton->setObjectName(u"compareButton"_s);
    m_policyButton = new QPushButton(this);
    m_policyButton->setObjectName(u"policyButton"_s);
    m_policyStatus = new QLabel(this);
    m_policyStatus->setObjectName(u"policyStatus"_s);
    m_policyStatus->setWordWrap(true);
    m_policyClearButton = new QPushButton(this);
    m_policyClearButton->setObjectName(u"policyClearButton"_s);
    m_policyClearButton->hide();
    m_serverResult = new QTextBrowser(this);
    m_serverResult->setObjectName(u"serverResult"_s);
    m_serverResult->setMaximumHeight(120);
    m_serverResult->hide();
}

// Claims, raw JSON and the comparison with a second token.
void InspectorPane::buildTabs(const QFont &mono)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"inspectorTabs"_s);
    m_claimsView = makeTree(m_tabs, u"claimsView"_s);
    m_claimsView->setModel(m_claims);
    m_claimsView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rawView = new QTextBrowser(m_tabs);
    m_rawView->setObjectName(u"rawJsonView"_s);
    m_rawView->setFont(mono);
    m_rawView->setLineWrapMode(QTextEdit::NoWrap);
    m_compareTab = new QWidget(m_tabs);
    m_compareEdit = new QPlainTextEdit(m_compareTab);
    m_compareEdit->setObjectName(u"compareEdit"_s);
    m_compareEdit->setFont(mono);
    m_compareEdit->setMaximumHeight(QFontMetrics(mono).lineSpacing() * 4 + 12);
    m_compareEdit->setWordWrapMode(QTextOption::WrapAnywhere);
    m_diffSummary = new QLabel(m_compareTab);
    m_diffSummary->setObjectName(u"diffSummary"_s);
    m_diffSummary->setWordWrap(true);
    m_diffSummary->setTextFormat(Qt::RichText);
    m_diffView = makeTree(m_compareTab, u"diffView"_s);
    m_diffView->setRootIsDecorated(false);
    m_diffView->setItemDelegate(
        new WrappingDelegate(m_diffView, core::FindingsModel::MessageColumn));
    auto *diffColors = new FindingsColorProxy(this);
    diffColors->setSourceModel(m_diffFindings);
    m_diffView->setModel(diffColors);
    auto *compareLayout = new QVBoxLayout(m_compareTab);
    compareLayout->addWidget(m_compareEdit);
    compareLayout->addWidget(m_diffSummary);
    compareLayout->addWidget(m_diffView, 1);
    m_tabs->addTab(m_claimsView, QString());
    m_tabs->addTab(m_rawView, QString());
    m_tabs->addTab(m_compareTab, QString());
}

// The actor chain and the validator's findings.
void InspectorPane::buildChainAndFindings()
{
    m_chainTitle = new QLabel(this);
    m_chainView = makeTree(this, u"chainView"_s);
    auto *icons = new ActorIconProxy(this);
    icons->setSourceModel(m_chain);
    m_chainView->setModel(icons);
    m_chainView->setIconSize(QSize(20, 20));
    m_chainView->setAlternatingRowColors(false);
    m_findingsTitle = new QLabel(this);
    m_findingsView = makeTree(this, u"findingsView"_s);
    m_findingsView->setRootIsDecorated(false);
    m_findingsView->setItemDelegate(
        new WrappingDelegate(m_findingsView, core::FindingsModel::MessageColumn));
    auto *colors = new FindingsColorProxy(this);
    colors->setSourceModel(m_findings);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(colors);
    sorted->setSortRole(core::FindingsModel::SortRole);
    sorted->sort(0);
    m_findingsView->setModel(sorted);
    for (QTreeView *view : {m_findingsView, m_diffView}) {
        QHeaderView *h = view->header();
        h->setStretchLastSection(false);
        h->setSectionResizeMode(core::FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
        h->setSectionResizeMode(core::FindingsModel::MessageColumn, QHeaderView::Stretch);
        h->setSectionResizeMode(core::FindingsModel::CodeColumn, QHeaderView::ResizeToContents);
        h->setSectionResizeMode(core::FindingsModel::ReferenceColumn,
                                QHeaderView::ResizeToContents);
    }
    QFont titleFont = m_chainTitle->font();
    titleFont.setBold(true);
    m_chainTitle->setFont(titleFont);
    m_findingsTitle->setFont(titleFont);
}

// Paste, open, clear; the verdict; the countdown.
QLayout *InspectorPane::tokenButtonRow()
{
    auto *tokenButtons = new QHBoxLayout;
    tokenButtons->addWidget(m_pasteButton);
    tokenButtons->addWidget(m_openButton);
    tokenButtons->addWidget(m_clearButton);
    tokenButtons->addSpacing(12);
    tokenButtons->addWidget(m_verdict);
    tokenButtons->addStretch(1);
    tokenButtons->addWidget(m_countdown);
    return tokenButtons;
}

// Keys on the first row; issuer, audience and skew on the second.
QLayout *InspectorPane::verifyGrid()
{
    auto *verify = new QGridLayout;
    auto *jwksLabel = new QLabel(this);
    jwksLabel->setObjectName(u"jwksLabel"_s);
    jwksLabel->setBuddy(m_jwksEdit);
    auto *issuerLabel = new QLabel(this);
    issuerLabel->setObjectName(u"issuerLabel"_s);
    issuerLabel->setBuddy(m_issuerEdit);
    auto *audienceLabel = new QLabel(this);
    audienceLabel->setObjectName(u"audienceLabel"_s);
    audienceLabel->setBuddy(m_audienceEdit);
    auto *skewLabel = new QLabel(this);
    skewLabel->setObjectName(u"skewLabel"_s);
    skewLabel->setBuddy(m_skewSpin);
    verify->addWidget(jwksLabel, 0, 0);
    auto *jwksRow = new QHBoxLayout;
    jwksRow->addWidget(m_jwksEdit, 1);
    jwksRow->addWidget(m_jwksLoadButton);
    jwksRow->addWidget(m_jwksFileButton);
    jwksRow->addWidget(m_jwksStatus, 1);
    verify->addLayout(jwksRow, 0, 1, 1, 3);
    // Three rows, so that the pane fits a narrow window (issue 14: nothing cut off at the
    // window's minimum size, in German too): keys; issuer and audience; clock skew and type.
    verify->addWidget(issuerLabel, 1, 0);
    verify->addWidget(m_issuerEdit, 1, 1);
    verify->addWidget(audienceLabel, 1, 2);
    verify->addWidget(m_audienceEdit, 1, 3);
    verify->addWidget(skewLabel, 2, 0);
    auto *skewRow = new QHBoxLayout;
    skewRow->addWidget(m_skewSpin);
    skewRow->addWidget(m_accessTokenCheck);
    skewRow->addStretch(1);
    verify->addLayout(skewRow, 2, 1, 1, 3);
    verify->setColumnStretch(1, 1);
    verify->setColumnStretch(3, 1);
    return verify;
}

// Introspect, revoke, compare.
QLayout *InspectorPane::actionRow()
{
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_introspectButton);
    actions->addWidget(m_revokeButton);
    actions->addWidget(m_compareButton);
    actions->addSpacing(12);
    actions->addWidget(m_policyButton);
    actions->addWidget(m_policyStatus, 1);
    actions->addWidget(m_policyClearButton);
    actions->addStretch(1);
    return actions;
}

// The chain above the findings, split.
QWidget *InspectorPane::chainAndFindingsPanel()
{
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *rightSplit = new QSplitter(Qt::Vertical, right);
    auto *chainBox = new QWidget(rightSplit);
    auto *chainLayout = new QVBoxLayout(chainBox);
    chainLayout->setContentsMargins(0, 0, 0, 0);
    chainLayout->addWidget(m_chainTitle);
    chainLayout->addWidget(m_chainView);
    auto *findingsBox = new QWidget(rightSplit);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_findingsTitle);
    findingsLayout->addWidget(m_findingsView);
    rightSplit->addWidget(chainBox);
    rightSplit->addWidget(findingsBox);
    rightSplit->setStretchFactor(0, 2);
    rightSplit->setStretchFactor(1, 3);
    rightLayout->addWidget(rightSplit);
    return right;
}

void InspectorPane::retranslate()
{
    // Screen readers name each view (tst_accessibility walks the pane).
    m_tokenEdit->setAccessibleName(tr("Token"));
    m_tabs->setAccessibleName(tr("Token details"));
    m_claimsView->setAccessibleName(tr("Claims"));
    m_chainView->setAccessibleName(tr("Actor chain"));
    m_findingsView->setAccessibleName(tr("Findings"));
    m_tokenEdit->setPlaceholderText(
        tr("Paste a JWT (eyJ…), a \"Bearer …\" header value, or drop a file here"));
    m_pasteButton->setText(tr("Paste from clipboard"));
    m_openButton->setText(tr("Open file…"));
    m_clearButton->setText(tr("Clear"));
    m_jwksEdit->setPlaceholderText(
        tr("JWKS URL, discovery URL (…/.well-known/openid-configuration) or JWKS JSON"));
    m_jwksLoadButton->setText(tr("Load keys"));
    m_jwksFileButton->setText(tr("Key file…"));
    m_issuerEdit->setPlaceholderText(tr("exact iss, e.g. https://localhost:8090"));
    m_audienceEdit->setPlaceholderText(tr("accepted aud values, space-separated"));
    m_skewSpin->setSuffix(tr(" s"));
    m_accessTokenCheck->setText(tr("Access token (RFC 9068)"));
    m_accessTokenCheck->setToolTip(
        tr("Require typ at+jwt and the RFC 9068 claims. Untick for ID tokens and other JWTs."));
    if (auto *l = findChild<QLabel *>(u"jwksLabel"_s))
        l->setText(tr("&Keys:"));
    if (auto *l = findChild<QLabel *>(u"issuerLabel"_s))
        l->setText(tr("&Issuer:"));
    if (auto *l = findChild<QLabel *>(u"audienceLabel"_s))
        l->setText(tr("&Audience:"));
    if (auto *l = findChild<QLabel *>(u"skewLabel"_s))
        l->setText(tr("Clock &skew:"));
    m_introspectButton->setText(tr("Introspect"));
    m_revokeButton->setText(tr("Revoke…"));
    m_compareButton->setText(tr("Compare with…"));
    m_compareButton->setToolTip(
        tr("Paste a second token derived from this one (e.g. from token exchange) to see what "
           "changed: scopes, audience, actor chain."));
    m_policyButton->setText(tr("Chain policy…"));
    m_policyButton->setToolTip(
        tr("Check every token against a chain policy file: human-initiated, max-depth, "
           "allowed-actors, audience-is, scopes-within (docs/policies.md)."));
    m_policyClearButton->setText(tr("Remove policy"));
    updatePolicyStatus();
    m_compareEdit->setPlaceholderText(
        tr("Paste the child token here (the one obtained from this token)"));
    m_tabs->setTabText(0, tr("Claims"));
    m_tabs->setTabText(1, tr("Raw JSON"));
    m_tabs->setTabText(2, tr("Compare"));
    m_chainTitle->setText(tr("Actor chain (subject → current actor → prior actors)"));
    m_findingsTitle->setText(tr("Findings"));
    if (!m_hasJwks)
        m_jwksStatus->setText(tr("No keys: signatures cannot be verified"));
    updateServerButtons();
}

void InspectorPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool InspectorPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tokenEdit->viewport()) {
        if (event->type() == QEvent::DragEnter) {
            auto *e = static_cast<QDragEnterEvent *>(event);
            if (e->mimeData()->hasUrls()) {
                e->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *e = static_cast<QDropEvent *>(event);
            if (e->mimeData()->hasUrls()) {
                const QList<QUrl> urls = e->mimeData()->urls();
                if (!urls.isEmpty() && urls.first().isLocalFile())
                    loadTokenFile(urls.first().toLocalFile());
                e->acceptProposedAction();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InspectorPane::setTokenText(const QString &text)
{
    m_tokenEdit->setPlainText(text);
}

QString InspectorPane::tokenText() const
{
    return m_tokenEdit->toPlainText();
}

void InspectorPane::scheduleDecode()
{
    m_debounce->start();
}

void InspectorPane::decodeNow()
{
    m_debounce->stop();
    decode();
}

qint64 InspectorPane::now() const
{
    return m_referenceTime > 0 ? m_referenceTime : QDateTime::currentSecsSinceEpoch();
}

void InspectorPane::setReferenceTime(qint64 secs)
{
    m_referenceTime = secs;
    m_claims->setReferenceTime(secs);
    decodeNow();
}

void InspectorPane::showNote(const QString &text)
{
    m_message->showMessage(text, MessageWidget::Type::Information);
}

void InspectorPane::decode()
{
    const QString text = m_tokenEdit->toPlainText().trimmed();
    // The server's answer (introspection, revocation) is about the token it was asked for:
    // another token, none, or a non-JWT drops it.
    if (m_serverResult->property("tidToken").toString() != text) {
        m_serverResult->clear();
        m_serverResult->hide();
    }
    if (text.isEmpty()) {
        m_jwt = core::Jwt();
        m_result = core::ValidationResult();
        m_policyResults.clear();
        m_claims->clear();
        m_chain->clear();
        m_findings->clear();
        m_message->hideMessage();
        m_tick->stop();
        updateRawView();
        updateVerdict();
        updateCountdown();
        updateDiff();
        Q_EMIT decoded(false, false);
        return;
    }
    m_jwt = core::Jwt::parseLenient(text.toUtf8());

    core::ValidationOptions options;
    options.issuer = m_issuerEdit->text().trimmed();
    options.audiences = m_audienceEdit->text().split(u' ', Qt::SkipEmptyParts);
    options.clockSkewSeconds = m_skewSpin->value();
    options.accessToken = m_accessTokenCheck->isChecked();
    if (m_referenceTime > 0)
        options.now = m_referenceTime;
    QPointer<core::ActorNameResolver> resolver = m_resolver;
    options.principalKind = [resolver](const QString &sub, const QString &iss) {
        return resolver ? resolver->kind(sub, iss) : core::PrincipalKind::Unknown;
    };
    m_validator->setOptions(options);
    m_result = m_validator->validate(m_jwt);

    if (m_jwt.isValid()) {
        m_message->hideMessage();
        m_claims->setToken(m_jwt);
        m_chain->setChain(m_result.chain, m_jwt.payload());
        m_claimsView->expandToDepth(0);
        m_chainView->expandAll();
        for (int c = 0; c < core::ActorChainModel::ColumnCount; ++c)
            m_chainView->resizeColumnToContents(c);
        // Long names must not push the role and issuer out of sight.
        const int maxName = qMax(120, m_chainView->viewport()->width() * 55 / 100);
        if (m_chainView->columnWidth(0) > maxName)
            m_chainView->setColumnWidth(0, maxName);
        m_tick->start();
    } else {
        m_claims->clear();
        m_chain->clear();
        m_tick->stop();
        showError(tr("This is not a JWT: %1").arg(m_jwt.errorString()));
    }
    // The policy's verdicts join the findings: an error naming each rule that fails.
    core::Findings shown = m_result.findings;
    m_policyResults.clear();
    if (m_policy.isValid() && m_jwt.isValid()) {
        const core::PolicyEvidence evidence{
            m_result.signatureVerified,
            core::PolicyEvidence::fromResolver(m_resolver, tr("the connected server"))};
        m_policyResults = m_policy.evaluate(m_jwt, evidence);
        const QString file = QFileInfo(m_policy.path()).fileName();
        for (const core::PolicyResult &r : std::as_const(m_policyResults)) {
            Finding f;
            f.severity = r.passed ? Finding::Severity::Info : Finding::Severity::Error;
            f.code = u"policy."_s + r.rule;
            f.message = r.passed ? tr("Policy rule “%1” holds: %2").arg(r.rule, r.reason)
                                 : tr("Policy rule “%1” fails: %2").arg(r.rule, r.reason);
            f.reference = tr("%1, line %2").arg(file).arg(r.line);
            shown << f;
        }
    }
    m_findings->setFindings(shown);
    updateRawView();
    updateVerdict();
    updateCountdown();
    updateServerButtons();
    updateDiff();
    Q_EMIT decoded(m_jwt.isValid(), m_result.isValid());
}

void InspectorPane::updateVerdict()
{
    if (!m_jwt.isValid()) {
        m_verdict->setText(
            m_tokenEdit->toPlainText().trimmed().isEmpty()
                ? QString()
                : coloured(Color::Failure, palette(), tr("✖ Not a JWT").toHtmlEscaped()));
        return;
    }
    int errors = 0;
    int warnings = 0;
    for (const Finding &f : m_result.findings) {
        errors += f.severity == Finding::Severity::Error ? 1 : 0;
        warnings += f.severity == Finding::Severity::Warning ? 1 : 0;
    }
    QString text;
    if (m_result.isValid()) {
        text = coloured(Color::Success, palette(), tr("✔ Valid").toHtmlEscaped());
    } else if (m_result.hasCode(u"sig.unverified"_s) && errors == 1) {
        text = coloured(Color::Caution, palette(),
                        tr("Signature not verified: load the issuer's keys").toHtmlEscaped());
    } else {
        text = coloured(
            Color::Failure, palette(),
            (errors == 1 ? tr("✖ Invalid: 1 error") : tr("✖ Invalid: %1 errors").arg(errors))
                .toHtmlEscaped());
    }
    if (warnings > 0)
        text += u" &nbsp;"_s +
                (warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings)).toHtmlEscaped();
    if (!m_policyResults.isEmpty()) {
        const QStringList failed = core::ChainPolicy::failedRules(m_policyResults);
        text +=
            u" &nbsp;"_s +
            (failed.isEmpty()
                 ? coloured(Color::Success, palette(), tr("✔ Policy holds").toHtmlEscaped())
                 : coloured(Color::Failure, palette(),
                            tr("✖ Policy fails: %1").arg(failed.join(u", "_s)).toHtmlEscaped()));
    }
    m_verdict->setText(text);
}

void InspectorPane::updateCountdown()
{
    const QJsonValue exp = m_jwt.isValid() ? m_jwt.payload().value(u"exp"_s) : QJsonValue();
    if (!exp.isDouble()) {
        m_countdown->setText(m_jwt.isValid() ? tr("No expiry") : QString());
        m_countdown->setStyleSheet(QString());
        return;
    }
    const qint64 e = qint64(std::floor(exp.toDouble()));
    const qint64 left = e - now();
    if (left > 0) {
        m_countdown->setText(tr("Expires in %1").arg(countdownText(left)));
        m_countdown->setStyleSheet(left < 60 ? StatusColor::textStyle(Color::Caution, palette())
                                             : QString());
    } else {
        m_countdown->setText(tr("Expired %1 ago").arg(countdownText(-left)));
        m_countdown->setStyleSheet(StatusColor::textStyle(Color::Failure, palette()));
    }
    m_countdown->setToolTip(core::RelativeTime::utc(e));
    m_claims->refreshTimes();
    // Crossing exp + skew changes the findings: validate again.
    const bool expiredNow = now() >= e + m_skewSpin->value();
    if (expiredNow != m_result.hasCode(u"exp.expired"_s) && m_tick->isActive())
        m_debounce->start();
}

void InspectorPane::updateRawView()
{
    if (!m_jwt.isValid()) {
        m_rawView->setPlainText(m_jwt.errorString());
        return;
    }
    const QPalette pal = palette();
    QString html = u"<p><b>%1</b></p>"_s.arg(tr("Header").toHtmlEscaped());
    html += JsonHtml::toHtml(m_jwt.headerJson(), pal);
    html += u"<p><b>%1</b></p>"_s.arg(tr("Payload").toHtmlEscaped());
    html += JsonHtml::toHtml(m_jwt.payloadJson(), pal);
    html += u"<p><b>%1</b> (%2)</p><pre style=\"margin:0\">%3</pre>"_s.arg(
        tr("Signature").toHtmlEscaped(),
        tr("%n byte(s)", nullptr, int(m_jwt.signature().size())).toHtmlEscaped(),
        QString::fromLatin1(m_jwt.signature().toHex(' ')).toHtmlEscaped());
    m_rawView->setHtml(html);
}

void InspectorPane::showError(const QString &message)
{
    m_message->showMessage(message, MessageWidget::Type::Error);
}

void InspectorPane::setJwks(const core::Jwks &jwks, const QString &source)
{
    m_jwks = jwks;
    m_hasJwks = true;
    m_jwksSource = source;
    m_validator->setJwks(jwks);
    QString status = jwks.keys().size() == 1
                         ? tr("1 key from %1").arg(source)
                         : tr("%1 keys from %2").arg(jwks.keys().size()).arg(source);
    if (!jwks.skipped().isEmpty())
        status += tr(" (%1 skipped)").arg(jwks.skipped().size());
    m_jwksStatus->setText(status);
    m_jwksStatus->setToolTip(jwks.skipped().join(u'\n'));
    Q_EMIT jwksChanged();
    decodeNow();
}

void InspectorPane::clearJwks()
{
    m_jwks = core::Jwks();
    m_hasJwks = false;
    m_validator->clearJwks();
    m_jwksStatus->setText(tr("No keys: signatures cannot be verified"));
    Q_EMIT jwksChanged();
    decodeNow();
}

void InspectorPane::fetchJwks(const QUrl &url)
{
    m_jwksStatus->setText(tr("Fetching %1…").arg(url.toDisplayString()));
    // A URL on the connected server is fetched with that connection's pinned certificate (a
    // self-signed ThunderID serves its JWKS over the same TLS); any other URL is not.
    QString pin;
    if (m_api && m_api->client()) {
        const QUrl server = m_api->client()->baseUrl();
        if (url.scheme() == server.scheme() && url.host() == server.host() &&
            url.port(443) == server.port(443))
            pin = QString::fromLatin1(m_api->client()->pinnedCertificateSha256());
    }
    m_fetcher->setTlsPin(pin);
    m_fetcher->fetch(url);
}

bool InspectorPane::loadJwksFile(const QString &path)
{
    QString error;
    const core::Jwks jwks = core::Jwks::fromFile(path, &error);
    if (jwks.isEmpty()) {
        showError(tr("Cannot use %1 as a key set: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    setJwks(jwks, QFileInfo(path).fileName());
    return true;
}

void InspectorPane::loadJwksFromInput()
{
    const QString text = m_jwksEdit->text().trimmed();
    if (text.isEmpty()) {
        loadServerKeys(); // back to the connected server's keys (nothing when not connected)
        return;
    }
    if (text.startsWith(u'{')) {
        QString error;
        const core::Jwks jwks = core::Jwks::fromJson(text.toUtf8(), &error);
        if (jwks.isEmpty()) {
            showError(tr("The pasted key set is unusable: %1").arg(error));
            return;
        }
        setJwks(jwks, tr("pasted JSON"));
        return;
    }
    const QUrl url = QUrl::fromUserInput(text);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        showError(tr("Enter an http(s) URL or a JWKS JSON object."));
        return;
    }
    fetchJwks(url);
}

void InspectorPane::openJwksFile()
{
    auto *dialog = new QFileDialog(this, tr("Open a JWK Set"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameFilters({tr("JSON files (*.json *.jwks)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { loadJwksFile(path); });
    dialog->open();
}

void InspectorPane::openPolicyFile()
{
    auto *dialog = new QFileDialog(this, tr("Open a chain policy"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameFilters({tr("JSON files (*.json)"), tr("All files (*)")});
    if (!m_policy.path().isEmpty())
        dialog->setDirectory(QFileInfo(m_policy.path()).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { loadPolicyFile(path); });
    dialog->open();
}

bool InspectorPane::loadPolicyFile(const QString &path)
{
    QString error;
    core::ChainPolicy policy = core::ChainPolicy::fromFile(path, &error);
    if (!policy.isValid()) {
        showError(tr("Cannot use %1 as a chain policy: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    m_policy = std::move(policy);
    m_message->hideMessage();
    updatePolicyStatus();
    decodeNow();
    Q_EMIT policyChanged(m_policy);
    return true;
}

void InspectorPane::clearPolicy()
{
    m_policy = core::ChainPolicy();
    updatePolicyStatus();
    decodeNow();
    Q_EMIT policyChanged(m_policy);
}

void InspectorPane::updatePolicyStatus()
{
    const bool have = m_policy.isValid();
    m_policyClearButton->setVisible(have);
    if (!have) {
        m_policyStatus->setText(tr("No policy"));
        m_policyStatus->setToolTip(QString());
        return;
    }
    m_policyStatus->setText(tr("%1 (%n rule(s))", nullptr, int(m_policy.rules().size()))
                                .arg(QFileInfo(m_policy.path()).fileName()));
    QStringList rules;
    for (const core::ChainPolicy::Rule &r : m_policy.rules())
        rules << core::ChainPolicy::ruleName(r.type);
    m_policyStatus->setToolTip(m_policy.path() + u"\n"_s + rules.join(u", "_s));
}

void InspectorPane::openTokenFile()
{
    auto *dialog = new QFileDialog(this, tr("Open a token"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { loadTokenFile(path); });
    dialog->open();
}

bool InspectorPane::loadTokenFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), f.errorString()));
        return false;
    }
    if (f.size() > core::Jwt::MaxSize + 1024) {
        showError(tr("%1 is larger than 1 MiB: not a token.").arg(QFileInfo(path).fileName()));
        return false;
    }
    const QByteArray data = f.readAll();
    setTokenText(QString::fromUtf8(data).trimmed());
    decodeNow();
    return true;
}

void InspectorPane::pasteFromClipboard()
{
    const QString text = QGuiApplication::clipboard()->text().trimmed();
    if (text.isEmpty()) {
        showError(tr("The clipboard holds no text."));
        return;
    }
    setTokenText(text);
    decodeNow();
}

void InspectorPane::setExpectedIssuer(const QString &issuer)
{
    m_issuerEdit->setText(issuer);
    m_issuerFromServer = false;
    decodeNow();
}

void InspectorPane::setExpectedAudience(const QString &audience)
{
    m_audienceEdit->setText(audience);
    decodeNow();
}

void InspectorPane::setClockSkew(int seconds)
{
    m_skewSpin->setValue(seconds);
    decodeNow();
}

void InspectorPane::setNameLookup(core::ActorNameResolver::Lookup lookup)
{
    m_resolver->setLookup(std::move(lookup));
    decodeNow();
}

void InspectorPane::setAdminApi(const core::AdminApi *api, const QString &issuer)
{
    delete m_names; // answers for the earlier server are dropped with it
    m_names = api ? new core::EntityNames(api, this) : nullptr;
    setNameLookup(m_names ? m_names->principalLookup(issuer) : core::ActorNameResolver::Lookup());
}

void InspectorPane::setOAuthApi(const core::OAuthApi *api, const core::ClientAuth &auth)
{
    m_api = api;
    m_auth = auth;
    m_serverResult->hide();
    updateServerButtons();
    if (!api)
        return;
    // The connected server's issuer and keys are the natural defaults.
    if (api->hasMetadata() && (m_issuerEdit->text().isEmpty() || m_issuerFromServer)) {
        m_issuerEdit->setText(api->metadata().issuer);
        m_issuerFromServer = true;
    }
    loadServerKeys();
    decodeNow();
}

void InspectorPane::loadServerKeys()
{
    const core::OAuthApi *api = m_api;
    if (!api)
        return;
    m_jwksStatus->setText(tr("Fetching the server's keys…"));
    api->jwks().then(this, [this, api](const core::Result<QJsonObject> &r) {
        if (api != m_api)
            return;
        if (!r.ok()) {
            m_jwksStatus->setText(tr("Key set not loaded"));
            showError(tr("Could not read the server's keys: %1").arg(r.error.toString()));
            return;
        }
        QString error;
        const core::Jwks jwks = core::Jwks::fromJsonObject(r.value, &error);
        if (jwks.isEmpty()) {
            showError(tr("The server's key set is unusable: %1").arg(error));
            return;
        }
        // Named by where the keys came from: the discovery's jwks_uri, else the issuer.
        const QUrl uri = api->metadata().jwksUri;
        setJwks(jwks, !uri.isEmpty()       ? uri.toDisplayString()
                      : api->hasMetadata() ? api->metadata().issuer
                                           : tr("the server"));
    });
}

void InspectorPane::updateServerButtons()
{
    const bool haveToken = m_jwt.isValid();
    const bool connected = m_api != nullptr;
    for (QPushButton *b : {m_introspectButton, m_revokeButton}) {
        b->setEnabled(connected && haveToken);
        if (!connected)
            b->setToolTip(tr("Connect to a server to use this."));
        else if (!haveToken)
            b->setToolTip(tr("Paste a token first."));
    }
    if (connected && haveToken) {
        m_introspectButton->setToolTip(
            tr("Ask the server whether the token is active (RFC 7662). ThunderID's answer omits "
               "act and grant_type."));
        m_revokeButton->setToolTip(
            tr("Revoke the token at the server (RFC 7009). Only tokens issued to the signed-in "
               "client can be revoked."));
    }
}

void InspectorPane::introspect()
{
    if (!m_api || !m_jwt.isValid())
        return;
    const QString token = QString::fromLatin1(m_jwt.compact());
    m_introspectButton->setEnabled(false);
    const core::OAuthApi *api = m_api;
    const QString asked = m_tokenEdit->toPlainText().trimmed();
    m_api->introspect(m_auth, token)
        .then(this, [this, api, asked](const core::Result<core::Introspection> &r) {
            updateServerButtons();
            if (api != m_api)
                return;
            if (!r.ok()) {
                showError(tr("Introspection failed: %1").arg(r.error.toString()));
                return;
            }
            const core::Introspection &i = r.value;
            QString html;
            if (!i.active) {
                html = u"%1 %2"_s.arg(
                    coloured(Color::Failure, palette(), tr("Inactive.").toHtmlEscaped()),
                    tr("The server does not accept this token (expired, revoked, forged or not "
                       "issued by it; introspection never says which).")
                        .toHtmlEscaped());
            } else {
                html =
                    coloured(Color::Success, palette(), tr("Active.").toHtmlEscaped()) + u"<br/>"_s;
                auto row = [&html](const QString &k, const QString &v) {
                    if (!v.isEmpty())
                        html += u"<b>%1</b>: %2<br/>"_s.arg(k.toHtmlEscaped(), v.toHtmlEscaped());
                };
                row(tr("client_id"), i.clientId);
                row(tr("sub"), i.sub);
                row(tr("scope"), i.scope);
                row(tr("aud"), i.aud.join(u", "_s));
                row(tr("token_type"), i.tokenType);
                if (i.exp.isValid())
                    row(tr("exp"), QLocale().toString(i.exp.toLocalTime(), QLocale::ShortFormat));
            }
            if (asked != m_tokenEdit->toPlainText().trimmed())
                return; // the token changed while the server answered
            m_serverResult->setProperty("tidToken", asked);
            m_serverResult->setHtml(html);
            m_serverResult->show();
        });
}

void InspectorPane::revoke()
{
    if (!m_api || !m_jwt.isValid())
        return;
    const QString token = QString::fromLatin1(m_jwt.compact());
    MessageBox::confirm(
        this, tr("Revoke token"),
        tr("Revoke this token at the server? Resource servers that validate tokens locally will "
           "keep accepting it until it expires."),
        tr("Revoke"), this, [this, token](bool confirmed) {
            if (!confirmed || !m_api)
                return;
            const core::OAuthApi *api = m_api;
            m_revokeButton->setEnabled(false);
            m_api->revoke(m_auth, token)
                .then(this, [this, api](const core::Result<core::NoContent> &r) {
                    updateServerButtons();
                    if (api != m_api)
                        return;
                    if (!r.ok()) {
                        showError(tr("Revocation failed: %1").arg(r.error.toString()));
                        return;
                    }
                    m_serverResult->setProperty("tidToken", m_tokenEdit->toPlainText().trimmed());
                    m_serverResult->setHtml(u"<b>%1</b> %2"_s.arg(
                        tr("Revocation accepted.").toHtmlEscaped(),
                        tr("RFC 7009 servers answer 200 for unknown tokens too; "
                           "introspect to confirm it is inactive.")
                            .toHtmlEscaped()));
                    m_serverResult->show();
                });
        });
}

void InspectorPane::compareWith(const QString &childToken)
{
    m_compareEdit->setPlainText(childToken);
    m_tabs->setCurrentWidget(m_compareTab);
    m_compareDebounce->stop();
    updateDiff();
}

void InspectorPane::updateDiff()
{
    const QString text = m_compareEdit->toPlainText().trimmed();
    if (text.isEmpty() || !m_jwt.isValid()) {
        m_diffFindings->clear();
        m_diffSummary->setText(
            text.isEmpty() ? tr("Paste a second token above to compare it with the inspected one.")
                           : tr("Paste a valid token in the box at the top first."));
        return;
    }
    const core::Jwt child = core::Jwt::parseLenient(text.toUtf8());
    if (!child.isValid()) {
        m_diffFindings->clear();
        m_diffSummary->setText(coloured(
            Color::Failure, palette(),
            tr("The second token is not a JWT: %1").arg(child.errorString()).toHtmlEscaped(),
            false));
        return;
    }
    const core::TokenDiff diff = core::TokenDiff::compare(m_jwt.payload(), child.payload());
    // The child's own validity, with the same settings.
    const core::ValidationResult childResult = m_validator->validate(child);
    QStringList parts;
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QStringList scopes;
    for (const QString &s : diff.scopesRemoved)
        scopes << coloured(Color::Removed, palette(), u"−"_s + esc(s), false);
    for (const QString &s : diff.scopesAdded)
        scopes << coloured(Color::Failure, palette(), u"+"_s + esc(s));
    for (const QString &s : diff.scopesKept)
        scopes << esc(s);
    parts << u"<b>%1</b> %2"_s.arg(esc(tr("Scopes:")),
                                   scopes.isEmpty() ? esc(tr("none")) : scopes.join(u" "_s));
    parts << u"<b>%1</b> %2"_s.arg(
        esc(tr("Audience:")),
        diff.audienceChanged() ? esc(tr("%1 → %2").arg(diff.audienceBefore.join(u", "_s),
                                                       diff.audienceAfter.join(u", "_s)))
                               : esc(tr("unchanged (%1)").arg(diff.audienceAfter.join(u", "_s))));
    parts << u"<b>%1</b> %2"_s.arg(
        esc(tr("Actor chain:")),
        esc(tr("%1 → %2 actor(s)").arg(diff.chainDepthBefore).arg(diff.chainDepthAfter)) +
            (diff.actorsAdded.isEmpty()
                 ? QString()
                 : esc(tr(", new: %1").arg(diff.actorsAdded.join(u", "_s)))));
    parts << u"<b>%1</b> %2"_s.arg(
        esc(tr("Child token:")), childResult.isValid() ? esc(tr("valid"))
                                                       : esc(tr("not valid (%n error(s))", nullptr,
                                                                childResult.errorCount())));
    if (diff.widened())
        parts.prepend(coloured(Color::Failure, palette(),
                               esc(tr("Widened: the child holds scopes its parent did not."))));
    m_diffSummary->setText(parts.join(u"<br/>"_s));
    m_diffFindings->setFindings(diff.findings);
}

} // namespace tid::ui
