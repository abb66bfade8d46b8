#pragma once

#include "core/api/ApiError.h"
#include "core/models/DetailQueue.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace tid::core {

// What the admin list models share, whether their pages are appended in order
// (PagedTableModel) or kept sparse (SparseTableModel): the busy state and its signal, the load
// error, the signals a pane watches, the id → row index, the roles, and the row details (GET by
// id) loaded on demand, when a view first asks for a column that needs them, a few at a time.
class ListModelBase : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListModelBase)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    explicit ListModelBase(QObject *parent = nullptr);
    ~ListModelBase() override;

    bool isBusy() const { return isLoading() || m_details->isBusy() || m_extraBusy > 0; }
    ApiError lastError() const { return m_lastError; }
    QHash<int, QByteArray> roleNames() const override;

    // Row of an id, -1 if not loaded.
    int rowOf(const QString &id) const { return m_rowOfId.value(id, -1); }
    // Id of a row, empty if not loaded.
    virtual QString idAt(int row) const = 0;

    // Detail loading on demand (subclasses that have details).
    void setDetailConcurrency(int n) { m_details->setConcurrency(n); }
    // How long the wanted rows must stay put before their details are asked for (ms).
    void setDetailDelay(int ms) { m_details->setDelay(ms); }

Q_SIGNALS:
    void busyChanged(bool busy);
    void errorOccurred(const tid::core::ApiError &error);
    void pageLoaded(int offset, int count);
    void reloaded(); // after reload(), when the first page arrived
    // A row was created or deleted here (after a write on the server): totals elsewhere (the
    // window's counts) are stale.
    void rowsChangedByWrite();
    void detailLoaded(int row);

protected:
    // Page requests in flight (or about to be sent).
    virtual bool isLoading() const = 0;

    // Details: override both to load details; requestDetail() answers with detailDone().
    virtual bool needsDetail(int row) const;
    virtual void requestDetail(const QString &id, int generation);
    // Marks the detail of a row wanted (from const data()); requests are batched.
    void wantDetail(int row) const;
    void detailDone(int generation, const QString &id, const ApiError &error = {});
    DetailQueue &details() const { return *m_details; }

    int generation() const { return m_generation; }
    // Writes or side loads the subclass wants counted as busy.
    void beginBusy();
    void endBusy();
    void emitBusyIfChanged();

    int m_generation = 0; // answers of an earlier generation are ignored
    ApiError m_lastError;
    QHash<QString, int> m_rowOfId;

private:
    std::unique_ptr<DetailQueue> m_details;
    bool m_lastBusy = false;
    int m_extraBusy = 0;
};

} // namespace tid::core
