#pragma once

#include "core/api/AdminExtensionsApi.h"
#include "core/domain/Credential.h"
#include "core/models/ApiReady.h"
#include "core/models/PagedRowsModel.h"

#include <QSortFilterProxyModel>

namespace tid::core {

// The client secrets of one agent — metadata only (extension API `credentials`). The server
// returns the whole list in one answer; it comes through the same paging path as the others.
class CredentialsModel final : public PagedRowsModel<Credential>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsModel)

public:
    enum Column
    {
        StatusColumn,
        CreatedColumn,
        LastUsedColumn,
        ExpiresColumn,
        IdColumn,
        ColumnCount
    };

    explicit CredentialsModel(const AdminExtensionsApi *api = nullptr, QObject *parent = nullptr);

    // Off: the server lacks the extension; the model loads nothing (reload() clears it).
    void setAvailable(bool available) { m_available = available; }
    bool isAvailable() const { return m_available; }
    void setAgentId(const QString &agentId);
    QString agentId() const { return m_agentId; }
    QString clientId() const { return m_clientId; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Credential credentialAt(int row) const;
    static QString statusLabel(Credential::Status status);

protected:
    bool canRequest() const override
    {
        return m_available && apiReady(m_api) && !m_agentId.isEmpty();
    }
    void requestPage(const PageRequest &request, int generation) override;
    QString idOf(const Credential &c) const override { return c.id; }

private:
    const AdminExtensionsApi *const m_api;
    bool m_available = true;
    QString m_agentId;
    QString m_clientId;
};

class CredentialFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialFilterProxy)

public:
    explicit CredentialFilterProxy(QObject *parent = nullptr);

    // Unknown: every status.
    void setStatus(Credential::Status status);
    // Hide expired and revoked secrets.
    void setUsableOnly(bool usableOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Credential::Status m_status = Credential::Status::Unknown;
    bool m_usableOnly = false;
};

} // namespace tid::core
