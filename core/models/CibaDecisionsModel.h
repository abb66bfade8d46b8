#pragma once

#include "core/api/CibaApprovalsApi.h"
#include "core/domain/CibaRequest.h"
#include "core/models/ApiReady.h"
#include "core/models/PagedRowsModel.h"

namespace tid::core {

// The signed-in user's CIBA requests of every status (extension API `ciba-approvals`), newest
// first, a page at a time: what they approved (with the scopes they granted), denied, or let
// expire — "My decisions". Pending requests are rows too (Outcome "waiting"); the inbox shows
// them in its own list, where they are decided, and filters them out of this one.
class CibaDecisionsModel final : public PagedRowsModel<CibaRequest>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CibaDecisionsModel)

public:
    enum Column
    {
        DecidedColumn,
        OutcomeColumn,
        AgentColumn,
        BindingMessageColumn,
        GrantedColumn,
        ColumnCount
    };
    enum Role
    {
        StatusRole = FirstCustomRole, // int: CibaRequest::Status
    };

    explicit CibaDecisionsModel(const CibaApprovalsApi *api = nullptr, QObject *parent = nullptr);

    // Off: the server lacks the extension; the model loads nothing (reload() clears it).
    void setAvailable(bool available) { m_available = available; }
    bool isAvailable() const { return m_available; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    CibaRequest requestAt(int row) const { return rowOr(row); }

    static QString outcomeLabel(CibaRequest::Status status);

protected:
    bool canRequest() const override { return m_available && apiReady(m_api); }
    void requestPage(const PageRequest &request, int generation) override;
    QString idOf(const CibaRequest &r) const override { return r.id; }

private:
    const CibaApprovalsApi *const m_api;
    bool m_available = true;
};

} // namespace tid::core
